import { describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { estateRoutes, mockArm, staticCredential, useNock } from './support.js';

useNock();

function factsOf(inventory: { assets: Array<{ id: string; facts?: unknown }> }, id: string): Record<string, unknown> {
  const asset = inventory.assets.find((a) => a.id === id);
  expect(asset, id).toBeDefined();
  return (asset!.facts ?? {}) as Record<string, unknown>;
}

describe('azure source: the sample estate', () => {
  it('inventories every kind with normalised facts, following nextLink across pages', async () => {
    const { requests, unmatched } = mockArm(estateRoutes());
    const credential = staticCredential();
    const source = createAzureSource({ subscriptions: [f.SUB] }, { credential });
    const inventory = await source.collect();

    expect(unmatched).toEqual([]);
    expect(inventory.gaps).toEqual([]);
    expect(requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    // one token for the whole scan, shared by every SDK client
    expect(credential.scopes).toEqual(['https://management.azure.com/.default']);

    // both pages of workspaces
    expect(inventory.assets.filter((a) => a.kind === 'workspace').map((a) => a.name).sort()).toEqual(['ws-prod', 'ws-secure']);

    expect(factsOf(inventory, f.ids.wsProd)).toMatchObject({ publicNetworkAccess: true, networkIsolation: true, outboundRestricted: false, privateEndpoints: 0, highBusinessImpact: false, loggingEnabled: false });
    expect(factsOf(inventory, f.ids.wsSecure)).toMatchObject({ publicNetworkAccess: false, networkIsolation: true, outboundRestricted: true, encryption: 'cmk', privateEndpoints: 1, loggingEnabled: true, logCategories: ['audit'] });
    expect(factsOf(inventory, f.ids.ciAlice)).toMatchObject({ localAuthEnabled: true, publicIp: true, sshEnabled: true, inVirtualNetwork: false, idleShutdown: false, rootAccess: true });
    expect(factsOf(inventory, f.ids.clusterGpu)).toMatchObject({ localAuthEnabled: false, publicIp: false, sshEnabled: false, inVirtualNetwork: true, idleShutdown: true });
    expect(factsOf(inventory, f.ids.dsBlob)).toMatchObject({ authModes: ['key'], localAuthEnabled: true });
    expect(factsOf(inventory, f.ids.dsTraining)).toMatchObject({ authModes: ['token'], localAuthEnabled: true });
    expect(factsOf(inventory, f.ids.endpoint)).toMatchObject({ authModes: ['key'], publicNetworkAccess: true, loggingEnabled: false });
    expect(factsOf(inventory, f.ids.batch)).toMatchObject({ authModes: ['aad'] });
    expect(factsOf(inventory, f.ids.deployment)).toMatchObject({ directInternetAccess: true, instanceCount: 2 });
    expect(factsOf(inventory, f.ids.connection)).toMatchObject({ authModes: ['key'], localAuthEnabled: true });
    expect(factsOf(inventory, f.ids.stProd)).toMatchObject({ publicRead: false, localAuthEnabled: true, publicNetworkAccess: true, minTlsVersion: '1.2', transitEncryption: true, encryption: 'platform', versioning: true, softDelete: true, loggingEnabled: true, dataEventsLogged: true, mlRelated: true });
    expect(factsOf(inventory, f.ids.stTraining)).toMatchObject({ publicRead: true, localAuthEnabled: true, minTlsVersion: '1.0', transitEncryption: false, versioning: false, softDelete: false, loggingEnabled: false, mlRelated: true });
    expect(factsOf(inventory, f.ids.kv)).toMatchObject({ purgeProtection: false, softDelete: true, publicNetworkAccess: true, mlRelated: true });
    expect(factsOf(inventory, f.ids.acr)).toMatchObject({ localAuthEnabled: true, anonymousPull: false, publicNetworkAccess: true, mlRelated: true });
    expect(factsOf(inventory, f.ids.nsg)).toMatchObject({ ingressOpenToInternet: true, adminPortsOpenToInternet: true, mlRelated: true, loggingEnabled: false });
    expect(factsOf(inventory, f.ids.vnet)).toMatchObject({ mlRelated: true, loggingEnabled: true, logDestinations: [f.ids.stProd, f.ids.logAnalytics] });
    expect(factsOf(inventory, f.ids.raOwner)).toMatchObject({ roleName: 'Owner', privilege: 'admin', scopeLevel: 'subscription', principalType: 'user' });
    expect(factsOf(inventory, f.ids.raContributor)).toMatchObject({ roleName: 'Contributor', privilege: 'broad', scopeLevel: 'resource-group', principalType: 'service-principal' });
    expect(factsOf(inventory, f.ids.raScientist)).toMatchObject({ roleName: 'AzureML Data Scientist', privilege: 'broad', scopeLevel: 'resource', principalType: 'group' });
    // set at one level in Azure, copied down for the cross-cloud rules
    expect(factsOf(inventory, f.ids.deployment)).toMatchObject({ networkIsolation: true, outboundRestricted: false, dataCapture: false });
    expect(factsOf(inventory, f.ids.ciAlice)).toMatchObject({ networkIsolation: true, outboundRestricted: false });
    expect(factsOf(inventory, f.ids.endpoint)).toMatchObject({ dataCapture: false });
    expect(factsOf(inventory, f.ids.batch)).toMatchObject({ publicNetworkAccess: true });
    expect(factsOf(inventory, f.ids.job)).toMatchObject({ inVirtualNetwork: true, networkIsolation: true, lineageRecorded: true });
    expect(factsOf(inventory, f.ids.stTraining)).toMatchObject({ publicWrite: false });
    // the unused built-in Reader role is not kept
    expect(inventory.assets.some((a) => a.id === f.ids.roleReader)).toBe(false);
  });

  it('links the lineage path: public endpoint → deployment → model version → job → data → datastore → public storage', async () => {
    mockArm(estateRoutes());
    const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect();
    const has = (from: string, kind: string, to: string) => inventory.edges.some((e) => e.from === from && e.kind === kind && e.to === to);
    expect(has(f.ids.wsProd, 'contains', f.ids.endpoint)).toBe(true);
    expect(has(f.ids.endpoint, 'contains', f.ids.deployment)).toBe(true);
    expect(has(f.ids.deployment, 'serves-model', f.ids.modelChurn3)).toBe(true);
    expect(has(f.ids.modelChurn3, 'version-of', f.ids.modelChurn)).toBe(true);
    expect(has(f.ids.modelChurn3, 'produced-by', f.ids.job)).toBe(true);
    expect(has(f.ids.job, 'trained-on', f.ids.dataCustomers1)).toBe(true);
    expect(has(f.ids.dataCustomers1, 'stored-in', f.ids.dsTraining)).toBe(true);
    expect(has(f.ids.dsTraining, 'uses-storage', f.ids.stTraining)).toBe(true);
    // model artifacts stored through a datastore are also stored in its account, directly
    expect(has(f.ids.modelChurn3, 'stored-in', f.ids.stProd)).toBe(true);
    expect(has(f.ids.dataCustomers1, 'stored-in', f.ids.stTraining)).toBe(false);
    // linked ids in another case resolve to the asset's own spelling
    expect(has(f.ids.wsProd, 'uses-storage', f.ids.stProd)).toBe(true);
    expect(has(f.ids.wsProd, 'uses-key-vault', f.ids.kv)).toBe(true);
    expect(has(f.ids.wsSecure, 'private-endpoint', f.ids.pe)).toBe(true);
    expect(has(f.ids.clusterGpu, 'in-network', f.ids.snetCompute)).toBe(true);
    expect(has(f.ids.snetCompute, 'protected-by', f.ids.nsg)).toBe(true);
    expect(has(f.ids.raScientist, 'grants-role', f.ids.roleDataScientist)).toBe(true);
    expect(has(f.ids.raScientist, 'granted-to', f.ids.wsProd)).toBe(true);
    expect(has(f.ids.wsSecure, 'logs-to', f.ids.logAnalytics)).toBe(true);
  });
});
