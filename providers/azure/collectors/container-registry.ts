import type { Facts } from '../../../src/model/index.js';
import { approvedPrivateEndpoints, bool, str } from '../arm.js';
import { defineCollector } from '../collector.js';
import { publicNetworkFacts } from './storage.js';

const CR = 'Microsoft.ContainerRegistry';

export const registries = defineCollector({
  type: 'asset',
  name: 'container-registry/registries',
  service: CR,
  kind: 'container-registry',
  nativeType: `${CR}/registries`,
  facts: ['publicNetworkAccess', 'localAuthEnabled', 'privateEndpoints', 'encryption', 'anonymousPull'],
  permissions: [`${CR}/registries/read`],
  // Registry metadata only: listCredentials (admin passwords) is never called.
  list: ({ clients }) => clients.containerRegistry.registries.list(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = publicNetworkFacts(raw, 'networkRuleSet');
    const admin = bool(p, 'adminUserEnabled');
    if (admin !== undefined) facts.localAuthEnabled = admin;
    const anonymous = bool(p, 'anonymousPullEnabled');
    if (anonymous !== undefined) facts.anonymousPull = anonymous;
    else if (raw.properties) facts.anonymousPull = false; // documented default
    const encryption = str(p, 'encryption', 'status');
    if (encryption) facts.encryption = encryption.toLowerCase() === 'enabled' ? 'cmk' : 'platform';
    facts.privateEndpoints = approvedPrivateEndpoints(raw).count;
    return {
      facts,
      edges: approvedPrivateEndpoints(raw).ids.map((to) => ({ kind: 'private-endpoint' as const, to })),
    };
  },
});

export const containerRegistryCollectors = [registries] as const;
