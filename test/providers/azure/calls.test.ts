import { describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import { workspaces } from '../../../providers/azure/collectors/machine-learning.js';
import { storageAccounts } from '../../../providers/azure/collectors/storage.js';
import { keyVaults } from '../../../providers/azure/collectors/key-vault.js';
import { ARM_READ_QUOTA } from '../../../providers/azure/runner.js';
import { CallScheduler } from '../../../src/scan/scheduler.js';
import * as f from '../../fixtures/azure/estate.js';
import { armError, list, mockArm, staticCredential, useNock, workspaceChildren, type Route } from './support.js';

useNock();

const WS_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;
const ST_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.Storage/storageAccounts`;
const KV_LIST = `/subscriptions/${f.SUB}/providers/Microsoft.KeyVault/vaults`;
const bareWorkspace = { ...f.workspaceSecure, properties: { ...f.workspaceSecure.properties, privateEndpointConnections: [] } };
const workspaceOnly = [{ ...workspaces, parent: undefined }];

describe('azure calls: paging, throttling, pacing, timeouts, coverage gaps', () => {
  it('follows nextLink across three pages to the end', async () => {
    const page = (n: number) => ({ ...bareWorkspace, id: `${f.ids.wsSecure}-${n}`, name: `ws-${n}` });
    const next = (token: string) => `${f.ARM}${WS_LIST}?api-version=${f.API.ml}&$skipToken=${token}`;
    const { requests } = mockArm([
      { path: WS_LIST, apiVersion: f.API.ml, body: list([page(1), page(2)], next('p2')) },
      { path: WS_LIST, apiVersion: f.API.ml, query: { $skipToken: 'p2' }, body: list([page(3)], next('p3')) },
      { path: WS_LIST, apiVersion: f.API.ml, query: { $skipToken: 'p3' }, body: list([page(4)]) },
    ]);
    const scheduler = new CallScheduler();
    // subscriptionNames: false: the subscription's name read would be a scheduled call of its own
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: workspaceOnly, scheduler, subscriptionNames: false }).collect();
    expect(inventory.assets.map((a) => a.name)).toEqual(['ws-1', 'ws-2', 'ws-3', 'ws-4']);
    expect(requests).toHaveLength(3);
    // one scheduled call per page; the last page's missing nextLink ends the listing without a call
    expect(scheduler.stats.calls).toBe(3);
  });

  it('honours 429 + Retry-After through the SDK throttling policy, then succeeds', async () => {
    const { requests } = mockArm([
      {
        path: WS_LIST,
        apiVersion: f.API.ml,
        status: 429,
        headers: { 'retry-after': '1' },
        body: armError('TooManyRequests', 'The request is being throttled.'),
      },
      { path: WS_LIST, apiVersion: f.API.ml, body: list([bareWorkspace]) },
    ]);
    const started = Date.now();
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: workspaceOnly }).collect();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(requests).toHaveLength(2);
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => a.id)).toEqual([f.ids.wsSecure]);
  });

  it('pauses the subscription when x-ms-ratelimit-remaining-subscription-reads runs low', async () => {
    mockArm([
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]), headers: { 'x-ms-ratelimit-remaining-subscription-reads': '3' } },
      { path: ST_LIST, apiVersion: f.API.storage, body: list([]), headers: { 'x-ms-ratelimit-remaining-subscription-reads': '11999' } },
    ]);
    const scheduler = new CallScheduler();
    // ARM has already shown the bucket holds 12,000 reads, so a reserve of 5 is kept whole (a first
    // header of 3 alone would cap it: at most a quarter of what the bucket has shown is kept).
    const reads = { bucket: `azure|${f.SUB.toLowerCase()}|reads`, quota: ARM_READ_QUOTA };
    scheduler.observeRemaining({ provider: 'azure', account: f.SUB, service: 'Microsoft.Resources', pace: reads }, 12_000);
    await createAzureSource(
      { subscriptions: [f.SUB], minRemainingReads: 5 },
      { credential: staticCredential(), collectors: [...workspaceOnly, { ...storageAccounts }], scheduler },
    ).collect();
    expect(scheduler.stats.paused).toBeGreaterThanOrEqual(1);
  });

  it('turns AuthorizationFailed on one resource provider into a coverage gap and goes on', async () => {
    mockArm([
      {
        path: WS_LIST,
        apiVersion: f.API.ml,
        status: 403,
        body: armError(
          'AuthorizationFailed',
          `The client 'scanner' with object id '0000' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/read' over scope '/subscriptions/${f.SUB}'.`,
        ),
      },
      { path: ST_LIST, apiVersion: f.API.storage, body: list([f.storageProd]) },
    ]);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB] },
      { credential: staticCredential(), collectors: [...workspaceOnly, { ...storageAccounts, parent: undefined }] },
    ).collect();
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ provider: 'azure', account: f.SUB, service: 'Microsoft.MachineLearningServices', errorCode: 'AuthorizationFailed', kinds: ['workspace', 'feature-store'] }),
    ]);
    expect(inventory.gaps[0]!.message).toContain('lacks a read permission');
    expect(inventory.assets.map((a) => a.id)).toEqual([f.ids.stProd]);
    // the workspaces could not be seen, so nothing claims the storage is unrelated to ML
    expect(inventory.assets[0]!.facts?.mlRelated).toBeUndefined();
  });

  it('turns an unregistered resource provider into a coverage gap', async () => {
    mockArm([
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]) },
      {
        path: KV_LIST,
        apiVersion: f.API.keyVault,
        status: 409,
        body: armError('MissingSubscriptionRegistration', "The subscription is not registered to use namespace 'Microsoft.KeyVault'."),
      },
    ]);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB] },
      { credential: staticCredential(), collectors: [...workspaceOnly, keyVaults] },
    ).collect();
    expect(inventory.gaps).toEqual([
      expect.objectContaining({ account: f.SUB, service: 'Microsoft.KeyVault', errorCode: 'MissingSubscriptionRegistration', kinds: ['key-vault'] }),
    ]);
  });

  it('a subscription with no workspaces yields no ML assets and no gaps, and marks storage as not ML-related', async () => {
    mockArm([
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]) },
      { path: ST_LIST, apiVersion: f.API.storage, body: list([f.storageTraining]) },
    ]);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB] },
      { credential: staticCredential(), collectors: [...workspaceOnly, storageAccounts] },
    ).collect();
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets.map((a) => a.kind)).toEqual(['storage']);
    expect(inventory.assets[0]!.facts?.mlRelated).toBe(false);
  });

  it('aborts a request that exceeds the per-call timeout, retries it, and records a Timeout gap when every attempt is slow', async () => {
    const routes: Route[] = [
      { path: WS_LIST, apiVersion: f.API.ml, body: list([]) },
      { path: ST_LIST, apiVersion: f.API.storage, fault: 'slow', times: 4 },
    ];
    const { requests } = mockArm(routes);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB], timeoutMs: 200 },
      { credential: staticCredential(), collectors: [...workspaceOnly, storageAccounts] },
    ).collect();
    expect(inventory.gaps).toEqual([expect.objectContaining({ service: 'Microsoft.Storage', errorCode: 'Timeout', kinds: ['storage'] })]);
    expect(inventory.gaps[0]!.message).toMatch(/did not answer within 200 ms \(after 4 attempts\)$/);
    expect(requests.filter((r) => r.path === ST_LIST)).toHaveLength(4);
  });

  it('a failing child call (one workspace) is a gap; its siblings are still collected', async () => {
    const children = workspaceChildren(f.ids.wsSecure, { computes: [] }).map((r) =>
      r.path.endsWith('/onlineEndpoints') ? { ...r, status: 403, body: armError('AuthorizationFailed', 'no onlineEndpoints/read') } : r,
    );
    const { machineLearningCollectors } = await import('../../../providers/azure/collectors/machine-learning.js');
    const { monitorCollectors } = await import('../../../providers/azure/collectors/monitor.js');
    mockArm([{ path: WS_LIST, apiVersion: f.API.ml, body: list([bareWorkspace]) }, ...children]);
    const inventory = await createAzureSource(
      { subscriptions: [f.SUB] },
      { credential: staticCredential(), collectors: [...machineLearningCollectors.filter((c) => c.name !== 'machine-learning/registries'), monitorCollectors[0]] },
    ).collect();
    // the gap names what the endpoint listing would have fed (deployments too) and the workspace it was under
    expect(inventory.gaps.map((g) => [g.errorCode, g.kinds, g.scope])).toEqual([['AuthorizationFailed', ['endpoint', 'deployment'], f.ids.wsSecure]]);
    expect(inventory.assets.map((a) => a.kind)).toEqual(['workspace']);
  });

  it('reads types the SDK lacks (ML registries) with a GET through the SDK pipeline, paging and failing like the rest', async () => {
    const { registries } = await import('../../../providers/azure/collectors/machine-learning.js');
    const REG = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/registries`;
    const second = { ...f.mlRegistry, id: `${f.mlRegistryId}-2`, name: 'reg-2', properties: { publicNetworkAccess: 'Disabled', registryPrivateEndpointConnections: [{ properties: { privateEndpoint: { id: f.ids.pe }, registryPrivateLinkServiceConnectionState: { status: 'Approved' } } }] } };
    const { requests } = mockArm([
      { path: REG, apiVersion: f.API.ml, status: 429, headers: { 'retry-after': '0' }, body: armError('TooManyRequests', 'slow down') },
      { path: REG, apiVersion: f.API.ml, body: list([f.mlRegistry], `${f.ARM}${REG}?api-version=${f.API.ml}&$skipToken=2`) },
      { path: REG, apiVersion: f.API.ml, query: { $skipToken: '2' }, body: list([second]) },
    ]);
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: [registries] }).collect();
    expect(requests).toHaveLength(3);
    expect(requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    expect(inventory.assets.map((a) => [a.name, a.facts])).toEqual([
      ['reg-shared', { publicNetworkAccess: true, privateEndpoints: 0, tagsRead: true }],
      ['reg-2', { publicNetworkAccess: false, privateEndpoints: 1, tagsRead: true }],
    ]);
  });

  it('a denied GET-only listing is a coverage gap too', async () => {
    const { registries } = await import('../../../providers/azure/collectors/machine-learning.js');
    mockArm([
      { path: `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/registries`, apiVersion: f.API.ml, status: 403, body: armError('AuthorizationFailed', 'no registries/read') },
    ]);
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors: [registries] }).collect();
    expect(inventory.gaps).toEqual([expect.objectContaining({ errorCode: 'AuthorizationFailed', service: 'Microsoft.MachineLearningServices', kinds: ['model-registry'] })]);
  });
});
