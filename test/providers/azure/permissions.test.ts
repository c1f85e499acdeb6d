import { describe, expect, it } from 'vitest';
import { azureCollectors, azurePermissionsRole, createAzureSource } from '../../../providers/azure/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { estateRoutes, list, mockArm, staticCredential, useNock } from './support.js';

useNock();

/** The RBAC action a GET needs: the last provider namespace, its resource types, `/read`. */
function actionOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const at = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
  if (at < 0) return parts[0] === 'subscriptions' ? 'Microsoft.Resources/subscriptions/read' : `?${path}`;
  const rest = parts.slice(at + 1);
  const types = rest.slice(1).filter((_, i) => i % 2 === 0);
  // management groups: /providers/Microsoft.Management/managementGroups/{id}/descendants
  return [rest[0], ...types].join('/') + '/read';
}

const SECRET_CALLS = /listkeys|listsecrets|listcredentials|listconnectionstrings|regeneratekey|listaccountsas|listservicesas/i;

describe('azure permissions', () => {
  it('every request the provider sends is a GET, never a secret-returning call, and its action is in the role', async () => {
    const sub = `/subscriptions/${f.SUB}`;
    const routes = [
      // discovery through the subscriptions list
      { path: '/subscriptions', apiVersion: f.API.subscriptions, body: list([{ id: sub, subscriptionId: f.SUB, displayName: 'ml-prod', state: 'Enabled' }]) },
      ...estateRoutes(),
    ];
    const { requests, unmatched } = mockArm(routes);
    await createAzureSource({}, { credential: staticCredential() }).collect();
    expect(unmatched).toEqual([]);
    const role = azurePermissionsRole();
    const actions = new Set(role.Actions.map((a) => a.toLowerCase()));
    expect(requests.length).toBeGreaterThan(30);
    for (const r of requests) {
      expect(r.method, r.path).toBe('GET');
      expect(r.path).not.toMatch(SECRET_CALLS);
      expect(actions.has(actionOf(r.path).toLowerCase()), `${actionOf(r.path)} for ${r.path}`).toBe(true);
    }
  });

  it('management-group discovery needs only the declared descendants read', async () => {
    const { requests } = mockArm([
      {
        path: '/providers/Microsoft.Management/managementGroups/mg-ml/descendants',
        apiVersion: f.API.managementGroups,
        body: list([
          { id: '/providers/Microsoft.Management/managementGroups/mg-child', type: 'Microsoft.Management/managementGroups', name: 'mg-child' },
          { id: `/subscriptions/${f.SUB}`, type: '/subscriptions', name: f.SUB },
        ]),
      },
    ]);
    const source = createAzureSource({ managementGroup: 'mg-ml' }, { credential: staticCredential(), collectors: [] });
    const inventory = await source.collect();
    expect(inventory.gaps).toEqual([]);
    expect(requests.map((r) => actionOf(r.path))).toEqual(['Microsoft.Management/managementGroups/descendants/read']);
    expect(azurePermissionsRole().Actions).toContain('Microsoft.Management/managementGroups/descendants/read');
  });

  it('the role holds exactly the declared Microsoft.*/read actions, sorted, with a placeholder scope', () => {
    const role = azurePermissionsRole();
    const declared = new Set(azureCollectors.flatMap((c) => [...c.permissions]));
    for (const action of declared) expect(role.Actions).toContain(action);
    expect(role.Actions).toEqual([...role.Actions].sort((a, b) => a.localeCompare(b)));
    for (const action of role.Actions) expect(action).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+\/read$/);
    expect(role.DataActions).toEqual([]);
    expect(role.AssignableScopes).toEqual(['/subscriptions/<subscription-id>']);
    expect(role.IsCustom).toBe(true);
  });

  it('every collector declares a permission for its call (embedded records need none)', () => {
    for (const c of azureCollectors) {
      if (c.list) expect(c.permissions.length, c.name).toBeGreaterThan(0);
      else expect(c.embedded, c.name).toBeDefined();
    }
  });
});
