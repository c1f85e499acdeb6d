import rule from '../../../../rules/aws/kms/ml-key-policy-public.js';
import { testRule } from '../../../support/rule-tester.js';
import { KMS_KEY, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'own account only', asset: awsAsset('kms-key', KMS_KEY, { facts: { keyManager: 'customer', externalPrincipals: [] } }) }],
  invalid: [
    { name: 'Principal *', asset: awsAsset('kms-key', KMS_KEY, { facts: { keyManager: 'customer', externalPrincipals: ['*'] } }), expected: [{ status: 'fail', messageId: 'open' }] },
    { name: 'policy not read', asset: awsAsset('kms-key', KMS_KEY, { facts: { keyManager: 'customer' } }), expected: [{ status: 'unknown', missingFacts: ['externalPrincipals'] }] },
  ],
  notApplicable: [{ name: 'AWS-managed key', asset: awsAsset('kms-key', KMS_KEY, { facts: { keyManager: 'provider' } }) }],
});
