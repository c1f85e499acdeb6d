import rule from '../../../../rules/aws/kms/ml-key-pending-deletion.js';
import { testRule } from '../../../support/rule-tester.js';
import { KMS_KEY, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'enabled', asset: awsAsset('kms-key', KMS_KEY, { raw: { KeyState: 'Enabled' } }) }],
  invalid: [
    { name: 'pending deletion', asset: awsAsset('kms-key', KMS_KEY, { raw: { KeyState: 'PendingDeletion' } }), expected: [{ status: 'fail', messageId: 'unusable' }] },
    { name: 'state not read', asset: awsAsset('kms-key', KMS_KEY), expected: [{ status: 'unknown' }] },
  ],
});
