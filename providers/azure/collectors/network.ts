import type { Facts } from '../../../src/model/index.js';
import { arr, resourceGroupOf, str, type ArmResource } from '../arm.js';
import { defineCollector, type EdgeSpec } from '../collector.js';

const NET = 'Microsoft.Network';

export const privateEndpoints = defineCollector({
  type: 'asset',
  name: 'network/private-endpoints',
  service: NET,
  kind: 'private-endpoint',
  nativeType: `${NET}/privateEndpoints`,
  facts: ['inVirtualNetwork', 'privateEndpoints'],
  permissions: [`${NET}/privateEndpoints/read`],
  list: ({ clients }) => clients.network.privateEndpoints.listBySubscription(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const edges: EdgeSpec[] = [];
    const subnet = str(p, 'subnet', 'id');
    if (subnet) edges.push({ kind: 'in-network', to: subnet });
    for (const conn of [...arr(p, 'privateLinkServiceConnections'), ...arr(p, 'manualPrivateLinkServiceConnections')]) {
      const target = str(conn, 'properties', 'privateLinkServiceId');
      const status = str(conn, 'properties', 'privateLinkServiceConnectionState', 'status');
      if (target && status?.toLowerCase() === 'approved') edges.push({ kind: 'private-endpoint', from: target });
    }
    return { facts: { inVirtualNetwork: subnet !== undefined }, edges };
  },
});

/** DNS zone groups: whether the private endpoint's names resolve privately (privatelink.* zones). */
export const privateDnsZoneGroups = defineCollector({
  type: 'detail',
  name: 'network/private-dns-zone-groups',
  service: NET,
  parent: privateEndpoints.name,
  kind: 'private-endpoint',
  detailKey: 'privateDnsZoneGroups',
  facts: [],
  permissions: [`${NET}/privateEndpoints/privateDnsZoneGroups/read`],
  list: (ctx) => ctx.clients.network.privateDnsZoneGroups.list(ctx.parent!.name!, resourceGroupOf(ctx.parent!.id)!),
  merge: () => ({ facts: {} }),
});

export const virtualNetworks = defineCollector({
  type: 'asset',
  name: 'network/virtual-networks',
  service: NET,
  kind: 'network',
  nativeType: `${NET}/virtualNetworks`,
  facts: [],
  permissions: [`${NET}/virtualNetworks/read`],
  list: ({ clients }) => clients.network.virtualNetworks.listAll(),
  normalize: () => ({ facts: {} }),
});

/** Subnets arrive inside their virtual network's body: no extra call. */
export const subnets = defineCollector({
  type: 'asset',
  name: 'network/subnets',
  service: NET,
  parent: virtualNetworks.name,
  kind: 'subnet',
  nativeType: `${NET}/virtualNetworks/subnets`,
  facts: [],
  permissions: [],
  embedded: (vnet) => arr(vnet.properties, 'subnets'),
  normalize(raw) {
    const nsg = str(raw.properties, 'networkSecurityGroup', 'id');
    return { facts: {}, edges: nsg ? [{ kind: 'protected-by', to: nsg }] : [] };
  },
});

const OPEN_SOURCES = new Set(['*', 'internet', 'any', '0.0.0.0', '0.0.0.0/0', '::/0']);
const ADMIN_PORTS = [22, 3389];

function portCovers(range: string, port: number): boolean {
  if (range === '*') return true;
  const [lo, hi] = range.split('-').map((n) => Number(n.trim()));
  if (lo === undefined || !Number.isFinite(lo)) return false;
  return port >= lo && port <= (hi !== undefined && Number.isFinite(hi) ? hi : lo);
}

/** Inbound Allow rules from the internet (custom rules; Azure's default rules never allow Internet inbound). */
export function openInboundRules(raw: ArmResource): Array<{ name: string; ports: string[] }> {
  const open: Array<{ name: string; ports: string[] }> = [];
  for (const rule of arr(raw.properties, 'securityRules')) {
    const p = (rule as { properties?: Record<string, unknown> }).properties ?? {};
    if (str(p, 'direction') !== 'Inbound' || str(p, 'access') !== 'Allow') continue;
    const sources = [str(p, 'sourceAddressPrefix'), ...arr(p, 'sourceAddressPrefixes').map(String)].filter(Boolean) as string[];
    if (!sources.some((s) => OPEN_SOURCES.has(s.toLowerCase()))) continue;
    const ports = [str(p, 'destinationPortRange'), ...arr(p, 'destinationPortRanges').map(String)].filter(Boolean) as string[];
    open.push({ name: str(rule, 'name') ?? '?', ports });
  }
  return open;
}

export const networkSecurityGroups = defineCollector({
  type: 'asset',
  name: 'network/security-groups',
  service: NET,
  kind: 'security-group',
  nativeType: `${NET}/networkSecurityGroups`,
  facts: ['ingressOpenToInternet', 'adminPortsOpenToInternet'],
  permissions: [`${NET}/networkSecurityGroups/read`],
  list: ({ clients }) => clients.network.networkSecurityGroups.listAll(),
  normalize(raw) {
    const open = openInboundRules(raw);
    const facts: Facts = {
      ingressOpenToInternet: open.length > 0,
      adminPortsOpenToInternet: open.some((r) => r.ports.some((range) => ADMIN_PORTS.some((port) => portCovers(range, port)))),
    };
    return { facts };
  },
});

/** Network watchers: only as the parents of flow logs. */
export const networkWatchers = defineCollector({
  type: 'asset',
  name: 'network/watchers',
  service: NET,
  kind: 'monitoring',
  nativeType: `${NET}/networkWatchers`,
  facts: [],
  permissions: [`${NET}/networkWatchers/read`],
  ignoresResourceGroupScope: true,
  list: ({ clients }) => clients.network.networkWatchers.listAll(),
  normalize: () => ({ facts: {} }),
});

/** Flow logs: the VNet or NSG they record points at them (`logs-to`); the linker copies the verdict onto it. */
export const flowLogs = defineCollector({
  type: 'asset',
  name: 'network/flow-logs',
  service: NET,
  parent: networkWatchers.name,
  kind: 'log-sink',
  nativeType: `${NET}/networkWatchers/flowLogs`,
  facts: ['loggingEnabled', 'logDestinations'],
  permissions: [`${NET}/networkWatchers/flowLogs/read`],
  list: (ctx) => ctx.clients.network.flowLogs.list(resourceGroupOf(ctx.parent!.id)!, ctx.parent!.name!),
  normalize(raw) {
    const p = raw.properties ?? {};
    const target = str(p, 'targetResourceId');
    const sink = str(p, 'storageId');
    const analytics = str(p, 'flowAnalyticsConfiguration', 'networkWatcherFlowAnalyticsConfiguration', 'workspaceResourceId');
    const facts: Facts = { loggingEnabled: p.enabled === true, logDestinations: [sink, analytics].filter((d): d is string => d !== undefined) };
    return {
      facts,
      edges: [...(target ? [{ kind: 'logs-to' as const, from: target }] : []), ...(sink ? [{ kind: 'uses-storage' as const, to: sink }] : [])],
    };
  },
});

export const networkCollectors = [privateEndpoints, privateDnsZoneGroups, virtualNetworks, subnets, networkSecurityGroups, networkWatchers, flowLogs] as const;
