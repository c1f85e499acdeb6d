import rule from '../../../../rules/azure/key-vault/rbac-authorization.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, VAULT } from '../_support.js';

// The recorded vault kv-fraud-ml-prod uses Azure RBAC.
const kv = (enableRbacAuthorization: boolean | undefined) =>
  armWireAsset('key-vault/vaults', 'key-vault/vault.json', { properties: { enableRbacAuthorization } }, { linked: { mlRelated: true } });
testRule(rule, {
  valid: [{ name: 'rbac', asset: kv(true) }],
  invalid: [
    { name: 'access policies', asset: kv(false), expected: [{ status: 'fail', messageId: 'policies' }] },
    { name: 'absent means access policies', asset: kv(undefined), expected: [{ status: 'fail', messageId: 'policies' }] },
    // No ARM record at all (a snapshot without raw): a read vault always carries `properties`.
    { name: 'record not visible', asset: azureAsset('key-vault', VAULT, { facts: { mlRelated: true } }), expected: [{ status: 'unknown' }] },
  ],
});
