import rule from '../../../../rules/aws/ecr/repository-not-kms-encrypted.js';
import { testRule } from '../../../support/rule-tester.js';
import { REPOSITORY, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'customer key', asset: awsAsset('container-registry', REPOSITORY, { facts: { encryption: 'cmk' } }) }],
  invalid: [
    { name: 'AES256', asset: awsAsset('container-registry', REPOSITORY, { facts: { encryption: 'platform' } }), expected: [{ status: 'fail', messageId: 'platform' }] },
    { name: 'not read', asset: awsAsset('container-registry', REPOSITORY), expected: [{ status: 'unknown' }] },
  ],
});
