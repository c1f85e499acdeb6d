import { describe, expect, it } from 'vitest';
import type { Collector } from '../../../providers/azure/collector.js';
import { azureCollectors } from '../../../providers/azure/collectors/index.js';
import { AZURE_LINKED_FACTS, azureFactCarriers } from '../../../providers/azure/fact-carriers.js';
import { createAzureSource } from '../../../providers/azure/index.js';
import { azurePlugin } from '../../../providers/azure/plugin.js';
import type { Asset } from '../../../src/model/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { carriersOf, undeclaredFacts, type CarrierSource } from '../../support/fact-carriers.js';
import { armWireAsset, wire } from '../../support/wire-assets.js';
import { estateRoutes, mockArm, staticCredential, useNock } from './support.js';

/** Each collector's declared facts under the native type they land on: a detail collector's on its parent's. */
export function azureCarrierSources(collectors: readonly Collector[]): CarrierSource[] {
  const nativeTypeOf = (c: Collector): string => {
    if (c.type === 'asset') return c.nativeType;
    const parent = collectors.find((p) => p.name === c.parent);
    if (!parent) throw new Error(`${c.name}: no parent collector ${c.parent}`);
    return nativeTypeOf(parent);
  };
  return collectors.map((c) => ({ nativeType: nativeTypeOf(c), facts: c.facts ?? [] }));
}

/** Facts the collector declares and the detail collectors that enrich its records declare. */
function declaredFor(name: string) {
  return azureCollectors.filter((c) => c.name === name || (c.type === 'detail' && c.parent === name)).flatMap((c) => c.facts ?? []);
}

/** Assets each collector's normaliser (and its detail collectors' merge) builds from the recorded wire payloads (test/fixtures/wire/azure/). */
function wireAssets(): Array<[string, Asset]> {
  const cases: Array<[string, string, Parameters<typeof armWireAsset>[3]?]> = [
    ['authorization/role-assignments', 'authorization/role-assignment.json'],
    ['cognitive-services/accounts', 'cognitive-services/account.json'],
    ['cognitive-services/deployments', 'cognitive-services/deployment.json'],
    ['cognitive-services/rai-policies', 'cognitive-services/rai-policy.json'],
    ['container-registry/registries', 'container-registry/registry.json'],
    ['key-vault/vaults', 'key-vault/vault.json'],
    ['machine-learning/computes', 'machine-learning/compute-cluster.json'],
    ['machine-learning/computes', 'machine-learning/compute-instance.json'],
    ['machine-learning/connections', 'machine-learning/connection.json'],
    ['machine-learning/datastores', 'machine-learning/datastore.json'],
    ['machine-learning/model-versions', 'machine-learning/model-version.json'],
    ['machine-learning/workspaces', 'machine-learning/workspace.json'],
    ['machine-learning/workspaces', 'machine-learning/hub-workspace.json'],
    ['machine-learning/workspaces', 'machine-learning/project-workspace.json'],
    ['machine-learning/connections', 'machine-learning/hub-connection.json'],
    ['network/private-endpoints', 'network/private-endpoint.json', { details: { privateDnsZoneGroups: wire('azure/network/private-dns-zone-groups.json') as never } }],
    ['storage/accounts', 'storage/storage-account.json', { details: { blobContainers: wire('azure/storage/blob-containers.json') as never } }],
  ];
  return cases.map(([name, fixture, options]) => [name, armWireAsset(name, fixture, {}, options ?? {})]);
}

describe('Azure fact carriers (what the plugin says each native type can carry)', () => {
  it('every collector declares the facts it sets', () => {
    expect(azureCollectors.filter((c) => c.facts === undefined).map((c) => c.name)).toEqual([]);
  });

  it('the plugin table is the collectors\' declarations plus the linker\'s (paste the expected value when it fails)', () => {
    expect(azurePlugin.factCarriers).toBe(azureFactCarriers);
    expect(azureFactCarriers).toEqual(carriersOf(azureCarrierSources(azureCollectors), AZURE_LINKED_FACTS));
  });

  it('each normaliser sets only facts its collectors declare, on the recorded wire payloads', () => {
    expect(wireAssets().flatMap(([name, asset]) => undeclaredFacts(name, asset.facts, declaredFor(name)))).toEqual([]);
  });

  describe('the whole source with its linker', () => {
    useNock();
    it('sets on each asset only facts its native type carries', async () => {
      mockArm(estateRoutes());
      const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect();
      expect(inventory.assets.length).toBeGreaterThan(10);
      const undeclared = inventory.assets.flatMap((a) => undeclaredFacts(`${a.nativeType} ${a.name}`, a.facts, azureFactCarriers[a.nativeType]));
      expect(undeclared).toEqual([]);
    });
  });
});
