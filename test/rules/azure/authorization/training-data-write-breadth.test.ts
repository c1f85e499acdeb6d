import rule from '../../../../rules/azure/authorization/training-data-write-breadth.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset } from '../_support.js';

const RA = 'Microsoft.Authorization/roleAssignments';
const SUBSCRIPTION = '/subscriptions/00000000-0000-0000-0000-000000000001';
const OWNER = `${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/b7e6dc6d-f1e8-4753-8033-0f276bb0955b`;
const READER = `${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1`;
// The recorded assignment grants a group Storage Blob Data Owner on one storage account.
const ra = (properties: Record<string, unknown> = {}) => armWireAsset('authorization/role-assignments', 'authorization/role-assignment.json', { properties });

testRule(rule, {
  valid: [{ name: 'owner on one account', asset: ra() }],
  invalid: [
    { name: 'owner on the subscription', asset: ra({ scope: SUBSCRIPTION, principalType: 'User' }), expected: [{ status: 'fail', message: 'Storage Blob Data Owner is granted at subscription scope: write access to every blob below it.' }] },
    { name: 'guest', asset: ra({ principalType: 'ForeignGroup' }), expected: [{ status: 'fail', messageId: 'guest' }] },
    // ARM always returns the scope of an assignment: a missing scope level is a hand-made (snapshot) input.
    { name: 'scope not visible', asset: azureAsset('role-assignment', RA, { raw: { properties: { roleDefinitionId: OWNER } } }), expected: [{ status: 'unknown', missingFacts: ['scopeLevel'] }] },
  ],
  notApplicable: [{ name: 'blob reader', asset: ra({ roleDefinitionId: READER, scope: SUBSCRIPTION }) }],
});
