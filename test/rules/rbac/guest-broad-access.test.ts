import rule from '../../../rules/rbac/guest-broad-access.js';
import type { Asset } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

/** A role assignment granted on an ML workspace, as the Azure provider links it. */
function onWorkspace(facts: Asset['facts'], name?: string) {
  const workspace = makeAsset({ kind: 'workspace' });
  const asset = makeAsset({ kind: 'role-assignment', facts, ...(name ? { name } : {}) });
  return { asset, related: [workspace], edges: [{ from: asset.id, to: workspace.id, kind: 'granted-to' as const }] };
}

testRule(rule, {
  valid: [
    { name: 'guest with a reader role', ...onWorkspace({ principalType: 'guest', privilege: 'read', roleName: 'Reader' }) },
    { name: 'member user with Contributor', ...onWorkspace({ principalType: 'user', privilege: 'broad', roleName: 'Contributor' }) },
    { name: 'narrow role even though principal type is unknown', ...onWorkspace({ privilege: 'scoped' }) },
  ],
  invalid: [
    {
      name: 'guest Owner on the workspace',
      ...onWorkspace({ principalType: 'guest', privilege: 'admin', roleName: 'Owner' }, 'ra-vendor-owner'),
      expected: [
        {
          status: 'fail',
          messageId: 'guestBroad',
          message: 'Role assignment ra-vendor-owner gives a guest account admin privilege (Owner) over ML resources.',
          evidence: { principalType: 'guest', privilege: 'admin', roleName: 'Owner' },
        },
      ],
    },
    {
      name: 'broad role, principal type unknown',
      ...onWorkspace({ privilege: 'broad', roleName: 'Contributor' }),
      expected: [{ status: 'unknown', missingFacts: ['principalType'] }],
    },
  ],
  notApplicable: [
    { name: 'assignment on an unrelated resource', asset: makeAsset({ kind: 'role-assignment', facts: { principalType: 'guest', privilege: 'admin' } }) },
  ],
});
