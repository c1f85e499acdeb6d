import type { Facts } from '../../../src/model/index.js';
import { approvedPrivateEndpoints, bool } from '../arm.js';
import { defineCollector } from '../collector.js';
import { publicNetworkFacts } from './storage.js';

const KV = 'Microsoft.KeyVault';

export const keyVaults = defineCollector({
  type: 'asset',
  name: 'key-vault/vaults',
  service: KV,
  kind: 'key-vault',
  nativeType: `${KV}/vaults`,
  facts: ['publicNetworkAccess', 'privateEndpoints', 'softDelete', 'purgeProtection'],
  permissions: [`${KV}/vaults/read`],
  // Vault metadata only: no keys, secrets or certificates are read.
  list: ({ clients }) => clients.keyVault.vaults.listBySubscription(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = publicNetworkFacts(raw, 'networkAcls');
    // enablePurgeProtection is null until turned on (it cannot be turned off); soft delete defaults to on.
    if (raw.properties) {
      facts.purgeProtection = bool(p, 'enablePurgeProtection') === true;
      facts.softDelete = bool(p, 'enableSoftDelete') !== false;
    }
    facts.privateEndpoints = approvedPrivateEndpoints(raw).count;
    return {
      facts,
      edges: approvedPrivateEndpoints(raw).ids.map((to) => ({ kind: 'private-endpoint' as const, to })),
    };
  },
});

export const keyVaultCollectors = [keyVaults] as const;
