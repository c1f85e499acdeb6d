import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { azurePermissionsRole, createAzureSource } from '../../../providers/azure/index.js';
import { subscriptionsBelow } from '../../../providers/azure/management-group-path.js';
import type { ArmResource } from '../../../providers/azure/arm.js';
import { CallScheduler } from '../../../src/scan/scheduler.js';
import { shardOf } from '../../../src/scan/shard.js';
import * as f from '../../fixtures/azure/estate.js';
import { startArmEmulator } from '../../support/emulator/azure/emulator.js';
import { wire } from '../../support/wire-assets.js';
import { armError, list, mockArm, staticCredential, subscriptionBody, useNock, type Route } from './support.js';

useNock();

const SANDBOX = '33333333-2222-3333-4444-555555555555';
const ROOT = `/providers/Microsoft.Management/managementGroups/${f.TENANT}`;
const DESCENDANTS = `${ROOT}/descendants`;
const PROD_PATH = ['Tenant Root Group', 'ML Platform', 'ML Production'];
const DESCENDANTS_REFUSED = 'Microsoft.Management/managementGroups/descendants/read AuthorizationFailed';
const REFUSAL = (action: string, scope: string) =>
  armError('AuthorizationFailed', `The client 'mlscan@contoso.com' with object id '0000' does not have authorization to perform action '${action}' over scope '${scope}'.`);

const rootGroup = wire('azure/management-groups/management-group.json');
const descendants = wire<{ value: ArmResource[] }>('azure/management-groups/descendants.json').value;
const groups = descendants.filter((d) => d.type === 'Microsoft.Management/managementGroups');
const subscriptionsListed = descendants.filter((d) => d.type !== 'Microsoft.Management/managementGroups');

/** The hierarchy in two pages joined by nextLink (groups, then subscriptions), and the root group's display name. */
function hierarchyRoutes(): Route[] {
  const nextLink = `${f.ARM}${DESCENDANTS}?api-version=${f.API.managementGroups}&$skiptoken=page2`;
  return [
    { path: ROOT, apiVersion: f.API.managementGroups, body: rootGroup },
    { path: DESCENDANTS, apiVersion: f.API.managementGroups, body: list(groups, nextLink) },
    { path: DESCENDANTS, apiVersion: f.API.managementGroups, query: { $skiptoken: 'page2' }, body: list(subscriptionsListed) },
  ];
}

/** Subscriptions - List with the fixture subscription and the sandbox one, both of the fixture tenant. */
const listing = (): Route => ({
  path: '/subscriptions',
  apiVersion: f.API.subscriptions,
  body: list([subscriptionBody(f.SUB, 'ml-prod'), subscriptionBody(SANDBOX, 'ml-sandbox')]),
});

describe('Azure management-group paths for every scanned subscription', () => {
  it('the plain subscriptions listing: one root-group read and the paged descendants, at tenant scope', async () => {
    const { requests, unmatched } = mockArm([listing(), ...hierarchyRoutes()]);
    const scheduler = new CallScheduler();
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [], scheduler }).collect();
    expect(inventory.accounts).toEqual([
      { provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH },
      { provider: 'azure', id: SANDBOX, name: 'ml-sandbox', path: ['Tenant Root Group'] },
    ]);
    expect(requests.map((r) => r.url).sort()).toEqual(
      [
        `/subscriptions?api-version=${f.API.subscriptions}`,
        `${ROOT}?api-version=${f.API.managementGroups}`,
        `${DESCENDANTS}?api-version=${f.API.managementGroups}`,
        `${DESCENDANTS}?api-version=${f.API.managementGroups}&$skiptoken=page2`,
      ].sort(),
    );
    expect(scheduler.stats.calls).toBe(4);
    expect(unmatched).toEqual([]);
    expect(inventory.gaps).toEqual([]);
  });

  it('explicit subscriptions: the tenant comes from each name read, then one hierarchy read places them all', async () => {
    const { requests } = mockArm([
      { path: `/subscriptions/${f.SUB}`, apiVersion: f.API.subscriptions, body: subscriptionBody(f.SUB, 'ml-prod') },
      { path: `/subscriptions/${SANDBOX}`, apiVersion: f.API.subscriptions, body: subscriptionBody(SANDBOX, 'ml-sandbox') },
      ...hierarchyRoutes(),
    ]);
    const inventory = await createAzureSource({ subscriptions: [SANDBOX, f.SUB] }, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([
      { provider: 'azure', id: SANDBOX, name: 'ml-sandbox', path: ['Tenant Root Group'] },
      { provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH },
    ]);
    expect(requests.filter((r) => r.path === ROOT)).toHaveLength(1);
    // the hierarchy is read after the names that told its tenant
    expect(requests.slice(0, 2).map((r) => r.path).sort()).toEqual([`/subscriptions/${f.SUB}`, `/subscriptions/${SANDBOX}`].sort());
  });

  it('a refused hierarchy read (403 AuthorizationFailed) is a note with the action and code on each account: no gap, no ARM message, the scan completes', async () => {
    mockArm([
      listing(),
      { path: ROOT, apiVersion: f.API.managementGroups, status: 403, body: REFUSAL('Microsoft.Management/managementGroups/read', ROOT) },
      { path: DESCENDANTS, apiVersion: f.API.managementGroups, status: 403, body: REFUSAL('Microsoft.Management/managementGroups/descendants/read', ROOT) },
    ]);
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([
      { provider: 'azure', id: f.SUB, name: 'ml-prod', note: DESCENDANTS_REFUSED },
      { provider: 'azure', id: SANDBOX, name: 'ml-sandbox', note: DESCENDANTS_REFUSED },
    ]);
    expect(inventory.gaps).toEqual([]);
    expect(JSON.stringify(inventory)).not.toContain('mlscan@contoso.com');
  });

  it('a root group whose name is refused: the path starts at the tenant id', async () => {
    const [, ...rest] = hierarchyRoutes();
    mockArm([listing(), { path: ROOT, apiVersion: f.API.managementGroups, status: 403, body: REFUSAL('Microsoft.Management/managementGroups/read', ROOT) }, ...rest]);
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts?.map((a) => a.path)).toEqual([[f.TENANT, 'ML Platform', 'ML Production'], [f.TENANT]]);
  });

  it('a listing that stops part-way places no subscription (a partial hierarchy could misplace one)', async () => {
    const [root, page1] = hierarchyRoutes();
    mockArm([
      listing(),
      root!,
      page1!,
      { path: DESCENDANTS, apiVersion: f.API.managementGroups, query: { $skiptoken: 'page2' }, status: 403, body: REFUSAL('Microsoft.Management/managementGroups/descendants/read', ROOT) },
    ]);
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts?.map((a) => [a.path, a.note])).toEqual([
      [undefined, DESCENDANTS_REFUSED],
      [undefined, DESCENDANTS_REFUSED],
    ]);
    expect(inventory.gaps).toEqual([]);
  });

  it('a subscription the hierarchy does not list, and one whose tenant is unknown, say so', async () => {
    const stranger = '55555555-2222-3333-4444-555555555555';
    const unreadable = '66666666-2222-3333-4444-555555555555';
    mockArm([
      { path: `/subscriptions/${stranger}`, apiVersion: f.API.subscriptions, body: subscriptionBody(stranger, 'ml-new') },
      { path: `/subscriptions/${unreadable}`, apiVersion: f.API.subscriptions, status: 403, body: REFUSAL('Microsoft.Resources/subscriptions/read', `/subscriptions/${unreadable}`) },
      ...hierarchyRoutes(),
    ]);
    const inventory = await createAzureSource({ subscriptions: [stranger, unreadable] }, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([
      { provider: 'azure', id: stranger, name: 'ml-new', note: 'Microsoft.Management/managementGroups/descendants/read did not list this subscription' },
      {
        provider: 'azure',
        id: unreadable,
        note: 'Microsoft.Resources/subscriptions/read AuthorizationFailed; Microsoft.Management/managementGroups/descendants/read not attempted: tenant unknown',
      },
    ]);
  });

  it('the tenantId option names the tenant when the subscription read cannot', async () => {
    mockArm([
      { path: `/subscriptions/${f.SUB}`, apiVersion: f.API.subscriptions, status: 403, body: REFUSAL('Microsoft.Resources/subscriptions/read', `/subscriptions/${f.SUB}`) },
      ...hierarchyRoutes(),
    ]);
    const inventory = await createAzureSource({ subscriptions: [f.SUB], tenantId: f.TENANT }, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, note: 'Microsoft.Resources/subscriptions/read AuthorizationFailed', path: PROD_PATH }]);
  });

  it('under --azure-management-group the descendants listing already gave the paths: no further call', async () => {
    const { requests, unmatched, hierarchyReads } = mockArm([
      {
        path: '/providers/Microsoft.Management/managementGroups/mg-ml-platform/descendants',
        apiVersion: f.API.managementGroups,
        body: list(descendants.filter((d) => d.name !== 'mg-ml-platform' && d.name !== SANDBOX)),
      },
    ]);
    const inventory = await createAzureSource({ managementGroup: 'mg-ml-platform' }, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: ['mg-ml-platform', 'ML Production'] }]);
    expect(requests).toHaveLength(1);
    expect([...unmatched, ...hierarchyReads]).toEqual([]);
    expect(nock.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('a shard reads the hierarchy for its own slice only, and none when its slice is empty', async () => {
    const elsewhere = '44444444-2222-3333-4444-555555555555';
    const shard = { index: shardOf('azure', f.SUB, 2), count: 2 };
    expect(shardOf('azure', elsewhere, 2)).not.toBe(shard.index); // the two fall in different shards
    const both = list([subscriptionBody(f.SUB, 'ml-prod'), subscriptionBody(elsewhere, 'ml-elsewhere')]);
    const { hierarchyReads } = mockArm([{ path: '/subscriptions', apiVersion: f.API.subscriptions, body: both }]);
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [], shard }).collect();
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH }]);
    expect(hierarchyReads.sort()).toEqual([DESCENDANTS, ROOT].sort());
    nock.cleanAll();
    const empty = mockArm([{ path: '/subscriptions', apiVersion: f.API.subscriptions, body: list([subscriptionBody(elsewhere, 'ml-elsewhere')]) }]);
    const none = await createAzureSource({}, { credential: staticCredential(), collectors: [], shard }).collect();
    expect(none.accounts).toEqual([]);
    expect(empty.hierarchyReads).toEqual([]);
  });

  it('subscriptionNames: false makes no hierarchy read either', async () => {
    const { requests, hierarchyReads } = mockArm([listing()]);
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [], subscriptionNames: false }).collect();
    expect(requests).toHaveLength(1);
    expect(hierarchyReads).toEqual([]);
    expect(inventory.accounts?.map((a) => a.path)).toEqual([undefined, undefined]);
  });

  it('the role grants both hierarchy reads', () => {
    expect(azurePermissionsRole().Actions).toEqual(
      expect.arrayContaining(['Microsoft.Management/managementGroups/read', 'Microsoft.Management/managementGroups/descendants/read']),
    );
  });

  it('the ARM emulator answers both reads: an emulated scan of the whole tenant places every subscription', async () => {
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    const arm = await startArmEmulator({ subscriptions: 2, workspaces: 1 });
    try {
      const inventory = await createAzureSource({ armEndpoint: arm.server.url }, { credential: staticCredential(), collectors: [] }).collect();
      expect(inventory.accounts).toEqual(arm.estate.subscriptions.map((id, s) => ({ provider: 'azure', id, name: `ml-${s}`, path: PROD_PATH })));
      expect(arm.calls.map((c) => c.operation).sort()).toEqual(['GET Microsoft.Management/managementGroups', 'GET Microsoft.Management/managementGroups/descendants', 'GET subscriptions'].sort());
    } finally {
      await arm.close();
    }
  });
});

describe('subscriptionsBelow', () => {
  it('walks parent ids up to the listed group, by display name, or name when a group has none', () => {
    const unnamed = groups.map((g) => (g.name === 'mg-ml-platform' ? { ...g, properties: { parent: (g.properties as { parent: unknown }).parent } } : g));
    expect(subscriptionsBelow('Root', [...unnamed, ...subscriptionsListed]).map((a) => a.path)).toEqual([['Root', 'mg-ml-platform', 'ML Production'], ['Root']]);
  });
});
