// The identity rules (rbac/ml-identity-admin-privilege, rbac/ml-identity-wildcard-actions) judge a
// user-assigned identity by the role assignments granted to it: the linker rolls them up. Each case
// is the fixture estate's ARM payloads through the real SDKs, with the role assignment listing
// changed in the one respect the case is about.
import { describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import { rules } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/index.js';
import { AssetGraph } from '../../../src/graph/index.js';
import { mergeInventories } from '../../../src/scan/merge.js';
import * as f from '../../fixtures/azure/estate.js';
import { armError, estateRoutes, list, mockArm, staticCredential, useNock, type Route } from './support.js';

useNock();

const IDENTITY_PRINCIPAL = '00000000-0000-0000-0000-0000000000b1';
const ROLE_ASSIGNMENTS = `/subscriptions/${f.SUB}/providers/Microsoft.Authorization/roleAssignments`;

/** A role assignment to the workspace's user-assigned identity, as ARM lists it. */
function toIdentity(guid: string, scope: string, roleDefinitionId: string) {
  const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${guid}`;
  return { id, name: guid, type: 'Microsoft.Authorization/roleAssignments', properties: { roleDefinitionId, principalId: IDENTITY_PRINCIPAL, principalType: 'ServicePrincipal', scope, createdOn: '2026-01-01T00:00:00Z' } };
}

/** Scans the fixture estate with the role assignment route answered by `assignments` (a body, or an ARM error). */
async function scan(assignments: Partial<Route>) {
  const routes = estateRoutes().map((r) => (r.path === ROLE_ASSIGNMENTS ? { ...r, ...assignments } : r));
  const { unmatched } = mockArm(routes);
  const inventory = mergeInventories([await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect()]);
  expect(unmatched).toEqual([]);
  const { findings } = await runRules({ rules, graph: new AssetGraph(inventory.assets, inventory.edges, inventory.gaps) });
  const identity = inventory.assets.find((a) => a.id === f.uaiId)!;
  const verdict = (ruleId: string) => findings.filter((x) => x.ruleId === ruleId && x.assetId === f.uaiId).map((x) => x.status);
  return { facts: identity.facts, admin: verdict('rbac/ml-identity-admin-privilege'), wildcard: verdict('rbac/ml-identity-wildcard-actions') };
}

describe('Azure identity privilege: rolled up from its role assignments', () => {
  it('Contributor on the resource group: broad, wildcard *', async () => {
    const r = await scan({});
    expect(r.facts).toMatchObject({ privilege: 'broad', wildcardActions: ['*'] });
    expect(r.admin).toEqual(['pass']);
    expect(r.wildcard).toEqual(['fail']);
  });

  it('Owner on the subscription: admin', async () => {
    const owner = toIdentity('0b5fb2d3-0000-0000-0000-0000000000b9', `/subscriptions/${f.SUB}`, f.ids.roleOwner);
    const r = await scan({ body: list([...f.roleAssignmentsPage, owner]) });
    expect(r.facts).toMatchObject({ privilege: 'admin', wildcardActions: ['*'] });
    expect(r.admin).toEqual(['fail']);
  });

  it('Owner on one storage account only: broad, not admin of the subscription', async () => {
    const owner = toIdentity('0b5fb2d3-0000-0000-0000-0000000000b9', f.ids.stProd, f.ids.roleOwner);
    const r = await scan({ body: list([...f.roleAssignmentsPage.filter((a) => a.id !== f.raUaiId), owner]) });
    expect(r.facts).toMatchObject({ privilege: 'broad', wildcardActions: ['*'] });
    expect(r.admin).toEqual(['pass']);
  });

  it('no role assignment at all: read, no wildcards', async () => {
    const r = await scan({ body: list(f.roleAssignmentsPage.filter((a) => a.id !== f.raUaiId)) });
    expect(r.facts).toMatchObject({ privilege: 'read', wildcardActions: [] });
    expect(r.admin).toEqual(['pass']);
    expect(r.wildcard).toEqual(['pass']);
  });

  it('role assignments not listed: unknown, never a pass', async () => {
    const r = await scan({ status: 403, body: armError('AuthorizationFailed', 'The client does not have authorization to perform action Microsoft.Authorization/roleAssignments/read.') });
    expect(r.facts.privilege).toBeUndefined();
    expect(r.facts.wildcardActions).toBeUndefined();
    expect(r.admin).toEqual(['unknown']);
    expect(r.wildcard).toEqual(['unknown']);
  });
});
