import rule from '../../../../rules/aws/sagemaker/endpoint-config-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';
import { kmsKey } from '../_support.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/cccccccc-0000-0000-0000-000000000001';
// The recorded DescribeEndpointConfig answer: two ml.m5.large instances (EBS-backed).
const config = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/endpoint-configs', describe);
const withKey = config({ KmsKeyId: KEY });
const variant = { VariantName: 'primary', ModelName: 'fraud-xgb', InitialInstanceCount: 1, InitialVariantWeight: 1.0 };

testRule(rule, {
  valid: [
    { name: 'customer key', asset: withKey, related: [kmsKey(KEY, 'customer')], edges: [{ from: withKey.id, to: KEY, kind: 'encrypted-by' }] },
    { name: 'NVMe instance storage, no key allowed', asset: config({ KmsKeyId: undefined, ProductionVariants: [{ ...variant, InstanceType: 'ml.g4dn.xlarge' }] }) },
  ],
  invalid: [
    { name: 'no key on EBS-backed instance', asset: config({ KmsKeyId: undefined, ProductionVariants: [{ ...variant, InstanceType: 'ml.m5.large' }] }), expected: [{ status: 'fail', messageId: 'noKey' }] },
    { name: 'not described', asset: config(false), expected: [{ status: 'unknown' }] },
  ],
});
