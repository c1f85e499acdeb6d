// The AWS provider: SageMaker estates and the buckets, networks, keys, roles, trails and
// registries around them, across accounts and regions.
export { createAwsSource, type AwsSourceDeps } from './source.js';
export { AwsScanOptionsSchema, type AwsScanOptions, type ResolvedAwsScanOptions } from './options.js';
export { awsPermissionsPolicy, awsReadActions, type PolicyDocument } from './permissions.js';
export { awsCollectors } from './collectors/index.js';
