import rule from '../../../../rules/aws/sagemaker/endpoint-config-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { ENDPOINT_CONFIG, awsAsset, kmsKey } from '../_support.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/cccccccc-0000-0000-0000-000000000001';
const withKey = awsAsset('deployment', ENDPOINT_CONFIG, { describe: { KmsKeyId: KEY, ProductionVariants: [{ InstanceType: 'ml.m5.large', InitialInstanceCount: 2 }] } });

testRule(rule, {
  valid: [
    { name: 'customer key', asset: withKey, related: [kmsKey(KEY, 'customer')], edges: [{ from: withKey.id, to: KEY, kind: 'encrypted-by' }] },
    { name: 'NVMe instance storage, no key allowed', asset: awsAsset('deployment', ENDPOINT_CONFIG, { describe: { ProductionVariants: [{ InstanceType: 'ml.g4dn.xlarge' }] } }) },
  ],
  invalid: [
    { name: 'no key on EBS-backed instance', asset: awsAsset('deployment', ENDPOINT_CONFIG, { describe: { ProductionVariants: [{ InstanceType: 'ml.m5.large' }] } }), expected: [{ status: 'fail', messageId: 'noKey' }] },
    { name: 'not described', asset: awsAsset('deployment', ENDPOINT_CONFIG), expected: [{ status: 'unknown' }] },
  ],
});
