import { describe, expect, it } from 'vitest';
import { createAzureSource, parseAzureOptions } from '../../../providers/azure/index.js';
import { workspaces } from '../../../providers/azure/collectors/machine-learning.js';
import { storageAccounts } from '../../../providers/azure/collectors/storage.js';
import { UserError } from '../../../src/errors.js';
import * as f from '../../fixtures/azure/estate.js';
import { armError, estateRoutes, list, mockArm, staticCredential, useNock } from './support.js';

useNock();

const WS_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;
const ST_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.Storage/storageAccounts`;
const DISABLED = '22222222-2222-3333-4444-555555555555';

describe('azure scope', () => {
  it('scans every enabled subscription the credential sees; a disabled one is a gap', async () => {
    const { requests } = mockArm([
      {
        path: '/subscriptions',
        apiVersion: f.API.subscriptions,
        body: list([
          { id: `/subscriptions/${f.SUB}`, subscriptionId: f.SUB, displayName: 'ml-prod', state: 'Enabled' },
          { id: `/subscriptions/${DISABLED}`, subscriptionId: DISABLED, displayName: 'old', state: 'Disabled' },
        ]),
      },
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]) },
    ]);
    const events: Array<{ scopesTotal: number; scopesDone: number }> = [];
    const inventory = await createAzureSource({}, { credential: staticCredential(), collectors: [workspaces] }).collect({
      onProgress: (e) => events.push({ scopesTotal: e.scopesTotal, scopesDone: e.scopesDone }),
    });
    expect(requests.map((r) => r.path)).toEqual(['/subscriptions', WS_LIST]);
    expect(inventory.gaps).toEqual([expect.objectContaining({ account: DISABLED, errorCode: 'SubscriptionDisabled' })]);
    expect(events.at(-1)).toEqual({ scopesTotal: 1, scopesDone: 1 });
  });

  it('talks to a sovereign cloud endpoint with that cloud token scope', async () => {
    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, body: list([]) }, { path: ST_LIST, apiVersion: f.API.storage, body: list([]) }], 'https://management.chinacloudapi.cn');
    const credential = staticCredential();
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB], cloud: 'AzureChinaCloud' },
      { credential, collectors: [workspaces, storageAccounts] },
    ).collect();
    expect(inventory.gaps).toEqual([]);
    expect(new Set(credential.scopes)).toEqual(new Set(['https://management.chinacloudapi.cn/.default']));
  });

  it('an explicit ARM endpoint overrides the cloud (both SDK generations: $host and endpoint)', async () => {
    const base = 'https://arm.test.example';
    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, body: list([]) }, { path: ST_LIST, apiVersion: f.API.storage, body: list([]) }], base);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB], armEndpoint: base },
      { credential: staticCredential(), collectors: [workspaces, storageAccounts] },
    ).collect();
    expect(inventory.gaps).toEqual([]);
  });

  it('narrows to one workspace and what it reaches (the before-release check)', async () => {
    // the other workspace's children are never requested
    mockArm(estateRoutes().filter((r) => !r.path.startsWith(`${f.ids.wsProd}/`)));
    const inventory = await createAzureSource({ workspace: f.ids.wsSecure }, { credential: staticCredential() }).collect();
    const ids = new Set(inventory.assets.map((a) => a.id));
    expect(ids.has(f.ids.wsSecure)).toBe(true);
    expect(ids.has(f.ids.pe)).toBe(true); // its private endpoint
    expect(ids.has(f.ids.kv)).toBe(true); // its CMK vault
    expect(ids.has(f.ids.raOwner)).toBe(true); // subscription Owner governs it
    expect(ids.has(f.ids.wsProd)).toBe(false);
    expect(ids.has(f.ids.stTraining)).toBe(false);
    expect(ids.has(f.ids.raScientist)).toBe(false); // granted on the other workspace
    expect(inventory.edges.every((e) => ids.has(e.from))).toBe(true);
  });

  it('a workspace the subscription does not hold is a coverage gap, not an empty clean result; a failed listing keeps its own gap', async () => {
    const typo = f.ids.wsSecure.replace(/[^/]+$/, 'mlw-mistyped');
    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, body: list([]) }]);
    const missing = await createAzureSource({ workspace: typo }, { credential: staticCredential(), collectors: [workspaces], subscriptionNames: false }).collect();
    expect(missing.assets).toEqual([]);
    expect(missing.gaps).toEqual([
      {
        provider: 'azure',
        account: f.SUB,
        service: 'Microsoft.MachineLearningServices',
        errorCode: 'WorkspaceNotFound',
        message: `workspace ${typo} was not found in the subscription: nothing about it is reported`,
        kinds: ['workspace'],
      },
    ]);

    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, status: 403, body: armError('AuthorizationFailed', 'no workspaces/read') }]);
    const blind = await createAzureSource({ workspace: typo }, { credential: staticCredential(), collectors: [workspaces], subscriptionNames: false }).collect();
    expect(blind.gaps.map((g) => g.errorCode)).toEqual(['AuthorizationFailed']);
  });

  it('narrows to resource groups', async () => {
    mockArm([
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]) },
      {
        path: ST_LIST,
        apiVersion: f.API.storage,
        body: list([f.storageProd, { ...f.storageTraining, id: f.ids.stTraining.replace(f.RG, 'rg-other') }]),
      },
    ]);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB], resourceGroups: ['RG-ML-PROD'] },
      { credential: staticCredential(), collectors: [workspaces, storageAccounts] },
    ).collect();
    expect(inventory.assets.map((a) => a.id)).toEqual([f.ids.stProd]);
  });

  it('rejects bad options with the field that is wrong', () => {
    expect(() => parseAzureOptions({ subscriptions: ['not-a-guid'] })).toThrow(UserError);
    expect(() => parseAzureOptions({ subscriptions: [f.SUB], managementGroup: 'mg' })).toThrow(/managementGroup/);
    expect(() => parseAzureOptions({ workspace: '/subscriptions/x/resourceGroups/rg' })).toThrow(/workspace/);
    expect(() => parseAzureOptions({ armEndpoint: 'http://insecure.example' })).toThrow(/armEndpoint/);
    expect(() => parseAzureOptions({ cloud: 'Mars' as never })).toThrow(/cloud/);
    expect(parseAzureOptions({})).toMatchObject({ cloud: 'AzureCloud', timeoutMs: 30_000, machineLearningApiVersion: '2025-12-01' });
  });

  it('a cancelled scan sends nothing more', async () => {
    const { requests } = mockArm([]);
    const controller = new AbortController();
    controller.abort();
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect({ signal: controller.signal });
    expect(requests).toEqual([]);
    expect(inventory.assets).toEqual([]);
  });
});
