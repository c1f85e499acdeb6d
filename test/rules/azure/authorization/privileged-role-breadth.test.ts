import rule from '../../../../rules/azure/authorization/privileged-role-breadth.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const RA = 'Microsoft.Authorization/roleAssignments';
const ra = (facts = {}) => azureAsset('role-assignment', RA, { facts });
testRule(rule, {
  valid: [
    { name: 'data scientist on one workspace', asset: ra({ privilege: 'broad', scopeLevel: 'resource', roleName: 'AzureML Data Scientist' }) },
    { name: 'reader on the subscription', asset: ra({ privilege: 'read', scopeLevel: 'subscription', roleName: 'Reader' }) },
  ],
  invalid: [
    { name: 'owner on the subscription', asset: ra({ privilege: 'admin', scopeLevel: 'subscription', roleName: 'Owner', principalType: 'user' }), expected: [{ status: 'fail', message: 'user holds Owner (admin) at subscription scope.' }] },
    { name: 'contributor on the resource group', asset: ra({ privilege: 'broad', scopeLevel: 'resource-group', roleName: 'Contributor', principalType: 'service-principal' }), expected: [{ status: 'fail', messageId: 'broad' }] },
    { name: 'role not resolved', asset: ra({ scopeLevel: 'subscription' }), expected: [{ status: 'unknown', missingFacts: ['privilege'] }] },
  ],
});
