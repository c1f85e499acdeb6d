import rule from '../../../../rules/aws/kms/ml-key-pending-deletion.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, patched, wire } from '../../../support/wire-assets.js';
import { KMS_KEY, awsAsset } from '../_support.js';

// The recorded DescribeKey answer: an enabled customer-managed key.
const ARN = 'arn:aws:kms:eu-west-1:111122223333:key/2f1e0d9c-8b7a-4c5d-9e8f-7a6b5c4d3e2f';
const key = (metadata: Record<string, unknown> = {}) => awsWireAsset('kms/keys', patched(wire('aws/kms/DescribeKey.json'), { KeyMetadata: metadata }), {}, { refs: [ARN] });

testRule(rule, {
  valid: [{ name: 'enabled', asset: key() }],
  invalid: [
    { name: 'pending deletion', asset: key({ Enabled: false, KeyState: 'PendingDeletion', DeletionDate: 1735689600, PendingDeletionWindowInDays: 30 }), expected: [{ status: 'fail', messageId: 'unusable' }] },
    // DescribeKey always returns KeyState: a key without it is a hand-made (snapshot) input.
    { name: 'state not read', asset: awsAsset('kms-key', KMS_KEY), expected: [{ status: 'unknown' }] },
  ],
});
