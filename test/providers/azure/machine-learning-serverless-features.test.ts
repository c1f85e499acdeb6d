// Azure ML serverless endpoints, feature stores and registry stores, answered over HTTP by nock in
// ARM's wire format (test/fixtures/wire/azure/machine-learning/README.md).
import { describe, expect, it } from 'vitest';
import { machineLearningCollectors } from '../../../providers/azure/collectors/machine-learning.js';
import { storageAccounts } from '../../../providers/azure/collectors/storage.js';
import { createAzureSource } from '../../../providers/azure/index.js';
import type { AssetInput } from '../../../src/model/index.js';
import type { Inventory } from '../../../src/scan/source.js';
import * as f from '../../fixtures/azure/estate.js';
import { wire } from '../../support/wire-assets.js';
import { armError, list, mockArm, staticCredential, useNock, workspaceChildren } from './support.js';

useNock();

const inSub = <T>(body: T): T => JSON.parse(JSON.stringify(body).replaceAll('00000000-0000-0000-0000-000000000001', f.SUB)) as T;
type Record = { id: string; name: string; properties: { [key: string]: unknown } };
const project = inSub(wire<Record>('azure/machine-learning/project-workspace.json'));
const serverless = inSub(wire<Record>('azure/machine-learning/serverless-endpoint.json'));
const featureStore = inSub(wire<Record>('azure/machine-learning/feature-store-workspace.json'));
const offlineStore = inSub(wire<Record>('azure/machine-learning/feature-store-offline-connection.json'));
const onlineStore = inSub(wire<Record>('azure/machine-learning/feature-store-online-connection.json'));
const registry = inSub(wire<Record>('azure/machine-learning/registry.json'));

const WORKSPACES = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces`;
const REGISTRIES = `/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/registries`;
const workspaceTree = machineLearningCollectors.filter((c) => c.name !== 'machine-learning/registries');
const scan = (collectors = workspaceTree): Promise<Inventory> => createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential(), collectors }).collect();
const edgesOf = (inventory: Inventory, from: string) => inventory.edges.filter((e) => e.from === from).map((e) => `${e.kind} ${e.to.split('/').slice(-2).join('/')}`);
const asset = (inventory: Inventory, id: string): AssetInput => inventory.assets.find((a) => a.id === id)!;
/** Answers `routes`, scans, and checks every request was answered and nothing was left unread. */
async function cleanScan(routes: Parameters<typeof mockArm>[0], collectors = workspaceTree): Promise<Inventory> {
  const { unmatched } = mockArm(routes);
  const inventory = await scan(collectors);
  expect(unmatched).toEqual([]);
  expect(inventory.gaps).toEqual([]);
  return inventory;
}
/** The workspace's child listings, without diagnostic settings (no monitor collector runs here). */
const children = (...args: Parameters<typeof workspaceChildren>) => workspaceChildren(...args).filter((r) => !r.path.endsWith('/diagnosticSettings'));

/** A second serverless endpoint: Entra ID auth, content safety on, serving a model of the project itself. */
const fineTuned = {
  ...serverless,
  id: `${project.id}/serverlessEndpoints/churn-ft`,
  name: 'churn-ft',
  properties: { ...serverless.properties, authMode: 'AAD', contentSafety: { contentSafetyStatus: 'Enabled' }, modelSettings: { modelId: 'azureml:churn-ft:2' } },
};

describe('Azure ML serverless endpoints', () => {
  it('lists them per workspace across nextLink pages, with auth, content safety, the workspace network and the served model', async () => {
    const path = `${project.id}/serverlessEndpoints`;
    const nextLink = `${f.ARM}${path}?api-version=${f.API.ml}&$skipToken=p2`;
    const inventory = await cleanScan([
      { path: WORKSPACES, apiVersion: f.API.ml, body: list([project]) },
      ...children(project.id).filter((r) => !r.path.endsWith('/serverlessEndpoints')),
      { path, apiVersion: f.API.ml, body: list([serverless], nextLink) },
      { path, apiVersion: f.API.ml, query: { $skipToken: 'p2' }, body: list([fineTuned]) },
    ]);
    const endpoints = inventory.assets.filter((a) => a.nativeType === 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints');
    expect(endpoints.map((a) => [a.kind, a.name])).toEqual([
      ['endpoint', 'llama-fraud-triage'],
      ['endpoint', 'churn-ft'],
    ]);
    // the project is private (publicNetworkAccess Disabled): its serverless endpoints are too
    expect(project.properties.publicNetworkAccess).toBe('Disabled');
    expect(endpoints[0]!.facts).toEqual({ authModes: ['key'], localAuthEnabled: true, contentFilter: false, publicNetworkAccess: false, providerHostedModel: true, tagsRead: true });
    expect(endpoints[1]!.facts).toMatchObject({ authModes: ['aad'], localAuthEnabled: false, contentFilter: true, providerHostedModel: true });
    // a catalog model is no asset: it stays in the raw record; a model of the project is an edge
    expect(edgesOf(inventory, serverless.id)).toEqual([]);
    expect(inventory.edges.filter((e) => e.from === fineTuned.id)).toEqual([{ from: fineTuned.id, to: `${project.id}/models/churn-ft/versions/2`, kind: 'serves-model' }]);
    const raw = endpoints[0]!.raw!.record as { properties: { [key: string]: unknown } };
    expect(raw.properties.modelSettings).toEqual({ modelId: 'azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct/versions/4' });
    expect(raw.properties.inferenceEndpoint).toEqual({ uri: 'https://llama-fraud-triage.swedencentral.models.ai.azure.com' });
  });

  it('a public workspace makes its serverless endpoints public', async () => {
    const open = { ...project, properties: { ...project.properties, publicNetworkAccess: 'Enabled' } };
    mockArm([{ path: WORKSPACES, apiVersion: f.API.ml, body: list([open]) }, ...children(open.id, { serverlessEndpoints: [serverless] })]);
    const inventory = await scan();
    expect(asset(inventory, serverless.id).facts?.publicNetworkAccess).toBe(true);
  });

  it('a denied listing is a coverage gap naming endpoints, scoped to the workspace; the rest is kept', async () => {
    const denied = children(project.id).map((r) =>
      r.path.endsWith('/serverlessEndpoints') ? { ...r, status: 403, body: armError('AuthorizationFailed', 'no serverlessEndpoints/read') } : r,
    );
    mockArm([{ path: WORKSPACES, apiVersion: f.API.ml, body: list([project]) }, ...denied]);
    const inventory = await scan();
    expect(inventory.gaps.map((g) => [g.errorCode, g.kinds, g.scope])).toEqual([['AuthorizationFailed', ['endpoint'], project.id]]);
    expect(inventory.assets.map((a) => a.name)).toEqual([project.name]);
  });
});

describe('Azure ML feature stores (workspaces of kind FeatureStore)', () => {
  it('become feature-store assets with the workspace facts, their offline and online store connections and the materialization identity', async () => {
    const inventory = await cleanScan([
      { path: WORKSPACES, apiVersion: f.API.ml, body: list([featureStore]) },
      ...children(featureStore.id, { connections: [offlineStore, onlineStore] }),
    ]);
    expect(inventory.assets.map((a) => [a.kind, a.name])).toEqual([
      ['feature-store', 'fs-fraud-features'],
      ['connection', 'OfflineStoreConnectionName'],
      ['connection', 'OnlineStoreConnectionName'],
    ]);
    const store = asset(inventory, featureStore.id);
    expect(store.nativeType).toBe('Microsoft.MachineLearningServices/workspaces');
    expect(store.facts).toMatchObject({ publicNetworkAccess: true, privateEndpoints: 0, networkIsolation: false, outboundRestricted: false, encryption: 'platform' });
    expect(edgesOf(inventory, featureStore.id)).toEqual(
      expect.arrayContaining([
        'connects-to connections/OfflineStoreConnectionName',
        'connects-to connections/OnlineStoreConnectionName',
        'assumes userAssignedIdentities/id-fs-fraud-materialize',
        'uses-storage storageAccounts/stfsfraud',
        'contains connections/OfflineStoreConnectionName',
      ]),
    );
    // the offline store's container id is cut to its storage account; the online store is the Redis cache
    expect(edgesOf(inventory, offlineStore.id)).toEqual(['connects-to storageAccounts/stfsfraudoffline']);
    expect(edgesOf(inventory, onlineStore.id)).toEqual(['connects-to Redis/redis-fs-fraud']);
    expect((store.raw!.record as Record).properties.featureStoreSettings).toEqual(featureStore.properties.featureStoreSettings);
  });

  it("the offline store's storage account, reached through the connection, counts as used by ML", async () => {
    const storageRecord = inSub(wire<Record>('azure/storage/storage-account.json'));
    const offlineAccount = { ...storageRecord, id: `/subscriptions/${f.SUB}/resourceGroups/rg-fraud-ml/providers/Microsoft.Storage/storageAccounts/stfsfraudoffline`, name: 'stfsfraudoffline' };
    const inventory = await cleanScan(
      [
        { path: WORKSPACES, apiVersion: f.API.ml, body: list([featureStore]) },
        ...children(featureStore.id, { connections: [offlineStore] }),
        { path: `/subscriptions/${f.SUB}/providers/Microsoft.Storage/storageAccounts`, apiVersion: f.API.storage, body: list([offlineAccount]) },
      ],
      [...workspaceTree, { ...storageAccounts, parent: undefined }],
    );
    expect(edgesOf(inventory, offlineStore.id)).toEqual(['connects-to storageAccounts/stfsfraudoffline']);
    expect(asset(inventory, offlineAccount.id).facts?.mlRelated).toBe(true);
  });

  it('a failed workspace listing names feature stores among the kinds it would have fed', async () => {
    mockArm([{ path: WORKSPACES, apiVersion: f.API.ml, status: 403, body: armError('AuthorizationFailed', 'no workspaces/read') }]);
    const inventory = await scan();
    expect(inventory.gaps[0]!.kinds).toEqual(expect.arrayContaining(['workspace', 'feature-store', 'endpoint']));
  });
});

describe('Azure ML registry network settings and stores', () => {
  it('keeps public access and private endpoints, and links the storage accounts and container registries of every region', async () => {
    const inventory = await cleanScan(
      [{ path: REGISTRIES, apiVersion: f.API.ml, body: list([registry]) }],
      machineLearningCollectors.filter((c) => c.name === 'machine-learning/registries'),
    );
    const reg = asset(inventory, registry.id);
    expect(reg.facts).toEqual({ publicNetworkAccess: false, privateEndpoints: 1, tagsRead: true });
    expect(edgesOf(inventory, registry.id).sort()).toEqual([
      'private-endpoint privateEndpoints/pe-mlr-fraud',
      'uses-registry registries/a1b2c3d4e5f6',
      'uses-registry registries/crfraudneu',
      'uses-storage storageAccounts/a1b2c3d4e5f6',
      'uses-storage storageAccounts/stfraudregneu',
    ]);
    expect((reg.raw!.record as Record).properties.managedResourceGroup).toEqual(registry.properties.managedResourceGroup);
  });
});
