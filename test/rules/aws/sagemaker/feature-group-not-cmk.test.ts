import rule from '../../../../rules/aws/sagemaker/feature-group-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { FEATURE_GROUP, awsAsset, kmsKey } from '../_support.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/dddddddd-0000-0000-0000-000000000001';
const good = awsAsset('feature-store', FEATURE_GROUP, {
  describe: { OnlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: KEY } }, OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://fs/', KmsKeyId: KEY } } },
});

testRule(rule, {
  valid: [{ name: 'both stores with a customer key', asset: good, related: [kmsKey(KEY, 'customer')], edges: [{ from: good.id, to: KEY, kind: 'encrypted-by' }] }],
  invalid: [
    {
      name: 'offline store without key',
      asset: awsAsset('feature-store', FEATURE_GROUP, { describe: { OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://fs/' } } } }),
      expected: [{ status: 'fail', messageId: 'missing' }],
    },
    { name: 'not described', asset: awsAsset('feature-store', FEATURE_GROUP), expected: [{ status: 'unknown' }] },
  ],
});
