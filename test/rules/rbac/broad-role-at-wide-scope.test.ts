import rule from '../../../rules/rbac/broad-role-at-wide-scope.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'Contributor on one resource group',
      asset: makeAsset({ kind: 'role-assignment', facts: { mlRelated: true, privilege: 'broad', scopeLevel: 'resource-group', roleName: 'Contributor' } }),
    },
    {
      name: 'Reader at subscription scope',
      asset: makeAsset({ kind: 'role-assignment', facts: { mlRelated: true, privilege: 'read', scopeLevel: 'subscription', roleName: 'Reader' } }),
    },
  ],
  invalid: [
    {
      name: 'Owner at subscription scope',
      asset: makeAsset({
        kind: 'role-assignment',
        name: 'ra-1',
        facts: { mlRelated: true, privilege: 'admin', scopeLevel: 'subscription', roleName: 'Owner' },
      }),
      expected: [
        {
          status: 'fail',
          messageId: 'wide',
          message: 'Role assignment ra-1 grants admin privilege (Owner) at subscription scope.',
          evidence: { privilege: 'admin', scopeLevel: 'subscription' },
        },
      ],
    },
    {
      name: 'broad role with scope not visible',
      asset: makeAsset({ kind: 'role-assignment', facts: { mlRelated: true, privilege: 'broad' } }),
      expected: [{ status: 'unknown', missingFacts: ['scopeLevel'] }],
    },
  ],
  notApplicable: [
    { name: 'assignment unrelated to ML', asset: makeAsset({ kind: 'role-assignment', facts: { privilege: 'admin', scopeLevel: 'subscription' } }) },
  ],
});
