import rule from '../../../../rules/aws/sagemaker/domain-storage-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { DOMAIN, awsAsset, kmsKey } from '../_support.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/bbbbbbbb-0000-0000-0000-000000000001';
const domain = awsAsset('workspace', DOMAIN, { describe: { KmsKeyId: KEY } });

testRule(rule, {
  valid: [{ name: 'customer key', asset: domain, related: [kmsKey(KEY, 'customer')], edges: [{ from: domain.id, to: KEY, kind: 'encrypted-by' }] }],
  invalid: [
    { name: 'no key', asset: awsAsset('workspace', DOMAIN, { describe: {} }), expected: [{ status: 'fail', messageId: 'noKey' }] },
    { name: 'not described', asset: awsAsset('workspace', DOMAIN), expected: [{ status: 'unknown' }] },
  ],
});
