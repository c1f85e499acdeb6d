import rule from '../../../../rules/azure/authorization/training-data-write-breadth.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const RA = 'Microsoft.Authorization/roleAssignments';
const OWNER = '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/b7e6dc6d-f1e8-4753-8033-0f276bb0955b';
const READER = '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1';
const ra = (roleDefinitionId: string, facts = {}) => azureAsset('role-assignment', RA, { facts, raw: { properties: { roleDefinitionId } } });

testRule(rule, {
  valid: [{ name: 'owner on one account', asset: ra(OWNER, { scopeLevel: 'resource', principalType: 'group' }) }],
  invalid: [
    { name: 'owner on the subscription', asset: ra(OWNER, { scopeLevel: 'subscription', principalType: 'user' }), expected: [{ status: 'fail', message: 'Storage Blob Data Owner is granted at subscription scope: write access to every blob below it.' }] },
    { name: 'guest', asset: ra(OWNER, { scopeLevel: 'resource', principalType: 'guest' }), expected: [{ status: 'fail', messageId: 'guest' }] },
    { name: 'scope not visible', asset: ra(OWNER), expected: [{ status: 'unknown', missingFacts: ['scopeLevel'] }] },
  ],
  notApplicable: [{ name: 'blob reader', asset: ra(READER, { scopeLevel: 'subscription' }) }],
});
