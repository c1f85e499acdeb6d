import rule from '../../../../rules/azure/authorization/ml-identity-privilege.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, COMPUTE, WS } from '../_support.js';

const RA = 'Microsoft.Authorization/roleAssignments';
const ws = azureAsset('workspace', WS, { name: 'ws-prod', raw: { identity: { type: 'SystemAssigned', principalId: 'p-ws' } } });
const ci = azureAsset('compute', COMPUTE, { name: 'ci', raw: { identity: { type: 'SystemAssigned', principalId: 'p-ci' } } });
const ra = (principalId: string, facts = {}) => azureAsset('role-assignment', RA, { facts, raw: { properties: { principalId } } });
const broad = ra('p-ci', { privilege: 'broad', scopeLevel: 'subscription', roleName: 'Contributor' });

const uai = azureAsset('identity', 'Microsoft.ManagedIdentity/userAssignedIdentities', { name: 'id-ws', raw: { properties: { principalId: 'p-uai' } } });
const wsUai = azureAsset('workspace', WS, { name: 'ws-uai', raw: { identity: { type: 'UserAssigned' } } });
const viaUai = ra('p-uai', { privilege: 'admin', scopeLevel: 'resource-group', roleName: 'Owner' });

testRule(rule, {
  valid: [{ name: 'blob reader on an account', asset: ra('p-ws', { privilege: 'scoped', scopeLevel: 'resource', roleName: 'Storage Blob Data Reader' }), related: [ws] }],
  invalid: [
    { name: 'compute identity is subscription contributor', asset: broad, related: [ws, ci], expected: [{ status: 'fail', message: 'The identity of ci holds Contributor (broad) at subscription scope.', path: [broad.id, ci.id] }] },
    {
      name: 'user-assigned identity of a workspace is resource-group owner',
      asset: viaUai,
      related: [uai, wsUai],
      edges: [{ from: viaUai.id, to: uai.id, kind: 'granted-to' }, { from: wsUai.id, to: uai.id, kind: 'assumes' }],
      expected: [{ status: 'fail', message: 'The identity of ws-uai holds Owner (admin) at resource-group scope.' }],
    },
    { name: 'role not resolved', asset: ra('p-ws', { scopeLevel: 'subscription' }), related: [ws], expected: [{ status: 'unknown', missingFacts: ['privilege'] }] },
  ],
  notApplicable: [{ name: 'a person', asset: ra('p-alice', { privilege: 'admin', scopeLevel: 'subscription' }), related: [ws] }],
});
