import nock from 'nock';
import { describe, expect, it, vi } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { startArmEmulator } from '../../support/emulator/azure/emulator.js';
import { workspaces } from '../../../providers/azure/collectors/machine-learning.js';
import type { AzureSourceDeps } from '../../../providers/azure/index.js';
import type { Inventory } from '../../../src/scan/source.js';
import { CallScheduler } from '../../../src/scan/scheduler.js';
import { armError, list, mockArm, SLOW_MS, staticCredential, subscriptionBody, useNock } from './support.js';

useNock();

const MG = (name: string) => `/providers/Microsoft.Management/managementGroups/${name}`;
const OTHER = '33333333-2222-3333-4444-555555555555';
const SUB_PATH = `/subscriptions/${f.SUB}`;
const WS_LIST = `${SUB_PATH}/providers/Microsoft.MachineLearningServices/workspaces`;
/** Where test/fixtures/wire/azure/management-groups/ puts the fixture subscription (the test helper answers the hierarchy read with it). */
const PROD_PATH = ['Tenant Root Group', 'ML Platform', 'ML Production'];
/** A subscription whose read failed has no tenant, so no root group to read its path from. */
const NO_TENANT = 'Microsoft.Management/managementGroups/descendants/read not attempted: tenant unknown';

/** A scan of the fixture subscription given explicitly, with no collector unless asked. */
const explicitScan = (deps: AzureSourceDeps = {}): Promise<Inventory> =>
  createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: [], ...deps }).collect();

describe('Azure subscription names', () => {
  it('keeps the display name the subscriptions listing carries', async () => {
    mockArm([
      {
        path: '/subscriptions',
        apiVersion: f.API.subscriptions,
        body: list([{ id: `/subscriptions/${f.SUB}`, subscriptionId: f.SUB, tenantId: f.TENANT, displayName: 'ml-prod', state: 'Enabled', authorizationSource: 'RoleBased' }]),
      },
    ]);
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH }]);
  });

  it('under a management group: each subscription display name and the group path above it, from the descendants listing alone', async () => {
    const { requests } = mockArm([
      {
        path: `${MG('mg-ml')}/descendants`,
        apiVersion: f.API.managementGroups,
        body: list([
          { id: MG('mg-prod'), type: 'Microsoft.Management/managementGroups', name: 'mg-prod', properties: { displayName: 'Production', parent: { id: MG('mg-ml') } } },
          { id: `/subscriptions/${f.SUB}`, type: '/subscriptions', name: f.SUB, properties: { displayName: 'ml-prod', parent: { id: MG('mg-prod') } } },
          { id: `/subscriptions/${OTHER}`, type: '/subscriptions', name: OTHER, properties: { displayName: 'ml-sandbox', parent: { id: MG('mg-ml') } } },
        ]),
      },
    ]);
    const inventory = await createAzureSource({ managementGroup: 'mg-ml' }, { credential: staticCredential(), collectors: [] }).collect();
    expect(requests).toHaveLength(1);
    expect(inventory.accounts).toEqual([
      { provider: 'azure', id: f.SUB, name: 'ml-prod', path: ['mg-ml', 'Production'] },
      { provider: 'azure', id: OTHER, name: 'ml-sandbox', path: ['mg-ml'] },
    ]);
  });

  it('an explicit subscription: its display name from one Subscriptions - Get, a scheduled call', async () => {
    const { requests, hierarchyReads } = mockArm([{ path: SUB_PATH, apiVersion: f.API.subscriptions, body: subscriptionBody(f.SUB, 'ml-prod') }]);
    const scheduler = new CallScheduler();
    const inventory = await explicitScan({ scheduler });
    expect(requests.map((r) => r.url)).toEqual([`${SUB_PATH}?api-version=2022-12-01`]);
    expect(requests[0]!.authorization).toBe('Bearer test-token');
    // the name read, then the tenant's hierarchy read (root group and descendants: management-group-path.test.ts)
    expect(hierarchyReads).toHaveLength(2);
    expect(scheduler.stats.calls).toBe(3);
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH }]);
    expect(inventory.gaps).toEqual([]);
  });

  it('the subscription of --azure-workspace is named the same way', async () => {
    const { requests } = mockArm([{ path: SUB_PATH, apiVersion: f.API.subscriptions, body: subscriptionBody(f.SUB, 'ml-workspaces') }]);
    const inventory = await createAzureSource({ workspace: f.ids.wsSecure }, { credential: staticCredential(), collectors: [] }).collect();
    expect(requests.map((r) => r.path)).toEqual([SUB_PATH]);
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-workspaces', path: PROD_PATH }]);
  });

  it('a refused read (403 AuthorizationFailed) leaves the id with a note naming the action and code: no gap, no ARM message', async () => {
    const message = `The client 'mlscan@contoso.com' with object id '0000' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '${SUB_PATH}'.`;
    mockArm([{ path: SUB_PATH, apiVersion: f.API.subscriptions, status: 403, body: armError('AuthorizationFailed', message) }]);
    const inventory = await explicitScan();
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, note: `Microsoft.Resources/subscriptions/read AuthorizationFailed; ${NO_TENANT}` }]);
    expect(inventory.gaps).toEqual([]);
  });

  it('each of several subscriptions is read on its own: one named, one not found, one answering without a displayName', async () => {
    const third = '44444444-2222-3333-4444-555555555555';
    mockArm([
      { path: SUB_PATH, apiVersion: f.API.subscriptions, body: subscriptionBody(f.SUB, 'ml-prod') },
      { path: `/subscriptions/${OTHER}`, apiVersion: f.API.subscriptions, status: 404, body: armError('SubscriptionNotFound', `The subscription '${OTHER}' could not be found.`) },
      { path: `/subscriptions/${third}`, apiVersion: f.API.subscriptions, body: { ...subscriptionBody(third), displayName: undefined } },
    ]);
    const inventory = await createAzureSource({ subscriptions: [f.SUB, OTHER, third] }, { credential: staticCredential(), collectors: [] }).collect();
    expect(inventory.accounts).toEqual([
      { provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH },
      { provider: 'azure', id: OTHER, note: `Microsoft.Resources/subscriptions/read SubscriptionNotFound; ${NO_TENANT}` },
      {
        provider: 'azure',
        id: third,
        note: 'Microsoft.Resources/subscriptions/read returned no displayName; Microsoft.Management/managementGroups/descendants/read did not list this subscription',
      },
    ]);
    expect(inventory.gaps).toEqual([]);
  });

  it('a reset connection is retried by the scheduler, then the name is kept', async () => {
    const { requests } = mockArm([
      { path: SUB_PATH, apiVersion: f.API.subscriptions, fault: 'reset' },
      { path: SUB_PATH, apiVersion: f.API.subscriptions, body: subscriptionBody(f.SUB, 'ml-prod') },
    ]);
    const inventory = await explicitScan();
    expect(requests).toHaveLength(2);
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH }]);
  });

  it('is read beside the collection: the workspace listing goes out while the name read is still unanswered', async () => {
    const { requests } = mockArm([
      { path: SUB_PATH, apiVersion: f.API.subscriptions, body: subscriptionBody(f.SUB, 'ml-prod'), fault: 'slow' },
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]) },
    ]);
    let finished = false;
    const scan = explicitScan({ collectors: [{ ...workspaces, parent: undefined }] }).finally(() => (finished = true));
    await vi.waitFor(() => expect(requests.map((r) => r.path).sort()).toEqual([SUB_PATH, WS_LIST]), { timeout: SLOW_MS / 2, interval: 10 });
    expect(finished).toBe(false);
    expect((await scan).accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH }]);
  });

  it('subscriptionNames: false (an embedding that wants no extra call) and an aborted scan read no name', async () => {
    const { requests, nameReads } = mockArm([]);
    expect((await explicitScan({ subscriptionNames: false })).accounts).toEqual([{ provider: 'azure', id: f.SUB }]);
    const controller = new AbortController();
    controller.abort();
    await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: [] }).collect({ signal: controller.signal });
    expect([...requests, ...nameReads]).toEqual([]);
  });

  it("the test helper answers the name read of a collector test's subscription, apart from its own requests", async () => {
    const { requests, nameReads, unmatched } = mockArm([{ path: WS_LIST, apiVersion: f.API.ml, body: list([]) }]);
    const inventory = await explicitScan({ collectors: [{ ...workspaces, parent: undefined }] });
    expect(requests.map((r) => r.path)).toEqual([WS_LIST]);
    expect(nameReads).toEqual([f.SUB]);
    expect(unmatched).toEqual([]);
    expect(inventory.accounts).toEqual([{ provider: 'azure', id: f.SUB, name: 'ml-prod', path: PROD_PATH }]);
  });

  it('the ARM emulator answers Subscriptions - Get and the hierarchy reads: an emulated scan of an explicit list names and places every subscription', async () => {
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    const arm = await startArmEmulator({ subscriptions: 2, workspaces: 1 });
    try {
      const inventory = await createAzureSource({ subscriptions: arm.estate.subscriptions, armEndpoint: arm.server.url }, { credential: staticCredential(), collectors: [] }).collect();
      expect(inventory.accounts).toEqual(arm.estate.subscriptions.map((id, s) => ({ provider: 'azure', id, name: `ml-${s}`, path: PROD_PATH })));
      expect(arm.calls.map((c) => c.operation).sort()).toEqual(['GET Microsoft.Management/managementGroups', 'GET Microsoft.Management/managementGroups/descendants', 'GET subscriptions', 'GET subscriptions']);
    } finally {
      await arm.close();
    }
  });
});
