import rule from '../../../../rules/aws/cloudtrail/trail-not-kms-encrypted.js';
import { testRule } from '../../../support/rule-tester.js';
import { TRAIL, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'KMS key set', asset: awsAsset('audit-trail', TRAIL, { raw: { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' } }) }],
  invalid: [{ name: 'no key', asset: awsAsset('audit-trail', TRAIL, { raw: { Name: 't' } }), expected: [{ status: 'fail', messageId: 'plain' }] }],
});
