import rule from '../../../../rules/aws/ecr/repository-cross-account-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { REPOSITORY, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'no other account', asset: awsAsset('container-registry', REPOSITORY, { facts: { externalPrincipals: [] } }) }],
  invalid: [
    { name: 'shared with another account', asset: awsAsset('container-registry', REPOSITORY, { facts: { externalPrincipals: ['999988887777'] } }), expected: [{ status: 'fail', messageId: 'shared' }] },
    { name: 'policy not read', asset: awsAsset('container-registry', REPOSITORY), expected: [{ status: 'unknown' }] },
  ],
});
