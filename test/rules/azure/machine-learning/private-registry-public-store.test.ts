import rule from '../../../../rules/azure/machine-learning/private-registry-public-store.js';
import type { Asset, Edge } from '../../../../src/model/index.js';
import { makeAsset } from '../../../support/assets.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

/** The recorded registry mlr-fraud-shared (private, one approved private endpoint, stores in two regions), patched. */
const registry = (patch: Record<string, unknown> = {}): Asset => armWireAsset('machine-learning/registries', 'machine-learning/registry.json', patch);
/** The recorded storage account, renamed to `name`, its public network access (the normalised fact) set or unread. */
function storage(name: string, publicNetworkAccess: 'Enabled' | 'Disabled' | undefined): Asset {
  const recorded = armWireAsset('storage/accounts', 'storage/storage-account.json');
  const { publicNetworkAccess: _recorded, ...facts } = recorded.facts;
  const asset = { ...recorded, facts: publicNetworkAccess === undefined ? facts : { ...facts, publicNetworkAccess: publicNetworkAccess === 'Enabled' } };
  return { ...asset, id: asset.id.replace(/[^/]+$/, name), name };
}
/** The recorded container registry, renamed, with its public network access set. */
function acr(name: string, publicNetworkAccess: 'Enabled' | 'Disabled'): Asset {
  const recorded = armWireAsset('container-registry/registries', 'container-registry/registry.json');
  const asset = { ...recorded, facts: { ...recorded.facts, publicNetworkAccess: publicNetworkAccess === 'Enabled' } };
  return { ...asset, id: asset.id.replace(/[^/]+$/, name), name };
}
/** The registry with its stores as the collector links them (uses-storage / uses-registry). */
function wired(reg: Asset, stores: Asset[], dangling: string[] = []): { asset: Asset; related: Asset[]; edges: Edge[] } {
  const edges: Edge[] = stores.map((s) => ({ from: reg.id, to: s.id, kind: s.kind === 'storage' ? 'uses-storage' : 'uses-registry' }));
  for (const to of dangling) edges.push({ from: reg.id, to, kind: 'uses-storage' });
  return { asset: reg, related: stores, edges };
}

const closedStores = [storage('a1b2c3d4e5f6', 'Disabled'), acr('a1b2c3d4e5f6', 'Disabled'), storage('stfraudregneu', 'Disabled')];
const openStore = storage('stfraudregneu', 'Enabled');
/** A collected asset of another kind under an id the registry names as a store. */
const vault = makeAsset({ kind: 'key-vault', provider: 'azure', nativeType: 'Microsoft.KeyVault/vaults', name: 'kv-fraud' });

testRule(rule, {
  valid: [{ name: 'private registry, every store closed', ...wired(registry(), closedStores) }],
  invalid: [
    {
      name: 'private registry, the user-created store of one region is public',
      ...wired(registry(), [closedStores[0]!, closedStores[1]!, openStore]),
      expected: [{ status: 'fail', messageId: 'leaks', message: 'Registry mlr-fraud-shared is private but keeps its assets in stfraudregneu, reachable from the internet.', path: [registry().id, openStore.id] }],
    },
    { name: "a store's network not read", ...wired(registry(), [storage('stfraudregneu', undefined)]), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
    {
      name: 'a store the scan did not collect (managed resource group outside the scanned groups)',
      ...wired(registry(), closedStores.slice(1), ['/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/azureml-rg-x/providers/Microsoft.Storage/storageAccounts/a1b2c3d4e5f6']),
      expected: [{ status: 'unknown', missingFacts: ['storage', 'container-registry'] }],
    },
    {
      name: 'its links resolve to no storage account or container registry: nothing to pass on',
      ...wired(registry(), [], [vault.id]),
      related: [vault],
      expected: [{ status: 'unknown', missingFacts: ['storage', 'container-registry'] }],
    },
    { name: 'no region details read', asset: registry({ properties: { regionDetails: [] } }), expected: [{ status: 'unknown', missingFacts: ['regionDetails'] }] },
    { name: 'a public registry is judged by registry-private-access', ...wired(registry({ properties: { publicNetworkAccess: 'Enabled' } }), [openStore]), expected: [{ status: 'not_applicable' }] },
    {
      name: 'registry network not read',
      ...wired(registry({ properties: { publicNetworkAccess: undefined } }), closedStores),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }],
    },
  ],
});
