import rule from '../../../../rules/azure/key-vault/rbac-authorization.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, VAULT } from '../_support.js';

const kv = (properties?: Record<string, unknown>) => azureAsset('key-vault', VAULT, { facts: { mlRelated: true }, raw: properties ? { properties } : {} });
testRule(rule, {
  valid: [{ name: 'rbac', asset: kv({ enableRbacAuthorization: true }) }],
  invalid: [
    { name: 'access policies', asset: kv({ enableRbacAuthorization: false }), expected: [{ status: 'fail', messageId: 'policies' }] },
    { name: 'absent means access policies', asset: kv({}), expected: [{ status: 'fail', messageId: 'policies' }] },
    { name: 'record not visible', asset: kv(), expected: [{ status: 'unknown' }] },
  ],
});
