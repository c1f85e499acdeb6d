import { addAzureRecord, armId, type AzureScope, type PrivateLink } from './scope.js';
import type { DescribedRecord } from '../estate-builder.js';

const NET = 'Microsoft.Network';

export function virtualNetwork(scope: AzureScope, o: { name: string; addressSpace: string }): DescribedRecord {
  return addAzureRecord(scope, {
    id: armId(scope, NET, 'virtualNetworks', o.name),
    name: o.name,
    type: `${NET}/virtualNetworks`,
    body: { properties: { provisioningState: 'Succeeded', addressSpace: { addressPrefixes: [o.addressSpace] }, enableDdosProtection: false } },
  });
}

export interface NsgRule {
  name: string;
  priority: number;
  port: string;
  source: string;
}

export function networkSecurityGroup(scope: AzureScope, o: { name: string; inbound: NsgRule[] }): DescribedRecord {
  return addAzureRecord(scope, {
    id: armId(scope, NET, 'networkSecurityGroups', o.name),
    name: o.name,
    type: `${NET}/networkSecurityGroups`,
    body: {
      properties: {
        provisioningState: 'Succeeded',
        securityRules: o.inbound.map((r) => ({
          name: r.name,
          properties: {
            protocol: 'Tcp',
            sourcePortRange: '*',
            destinationPortRange: r.port,
            sourceAddressPrefix: r.source,
            destinationAddressPrefix: '*',
            access: 'Allow',
            priority: r.priority,
            direction: 'Inbound',
          },
        })),
      },
    },
  });
}

export function subnet(scope: AzureScope, o: { vnet: DescribedRecord; name: string; prefix: string; nsg?: DescribedRecord }): DescribedRecord {
  const id = `${o.vnet.id}/subnets/${o.name}`;
  const asset = addAzureRecord(scope, {
    id,
    name: o.name,
    type: `${NET}/virtualNetworks/subnets`,
    child: true,
    body: {
      properties: {
        provisioningState: 'Succeeded',
        addressPrefix: o.prefix,
        ...(o.nsg && { networkSecurityGroup: { id: o.nsg.id } }),
        privateEndpointNetworkPolicies: 'Disabled',
      },
    },
  });
  // A GET on the virtual network returns its subnets inside its body; the provider reads them there.
  const vnetProperties = (o.vnet.raw!.record as { properties: { subnets?: unknown[] } }).properties;
  vnetProperties.subnets = [...(vnetProperties.subnets ?? []), asset.raw!.record];
  return asset;
}

/** The privatelink DNS zone each sub-resource's names resolve in. */
const PRIVATE_DNS_ZONES: Record<string, string> = {
  blob: 'privatelink.blob.core.windows.net',
  vault: 'privatelink.vaultcore.azure.net',
  registry: 'privatelink.azurecr.io',
  amlworkspace: 'privatelink.api.azureml.ms',
  // Registries share the workspaces' zone (https://learn.microsoft.com/azure/machine-learning/how-to-registry-network-isolation).
  amlregistry: 'privatelink.api.azureml.ms',
  account: 'privatelink.cognitiveservices.azure.com',
};

/**
 * A private endpoint (Microsoft.Network/privateEndpoints) for one sub-resource of `target`
 * (blob, vault, registry, amlworkspace, amlregistry, account). The target gets the private-endpoint edge.
 */
export function privateEndpoint(scope: AzureScope, o: PrivateLink & { target: DescribedRecord }): DescribedRecord {
  const id = armId(scope, NET, 'privateEndpoints', o.name);
  const pe = addAzureRecord(scope, {
    id,
    name: o.name,
    type: `${NET}/privateEndpoints`,
    body: {
      properties: {
        provisioningState: 'Succeeded',
        subnet: { id: o.subnet.id },
        privateLinkServiceConnections: [
          {
            name: o.name,
            properties: {
              privateLinkServiceId: o.target.id,
              groupIds: [o.groupId],
              privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None' },
            },
          },
        ],
        networkInterfaces: [{ id: armId(scope, NET, 'networkInterfaces', `${o.name}.nic.0a1b2c3d`) }],
      },
    },
    details: {
      privateDnsZoneGroups: [
        {
          id: `${id}/privateDnsZoneGroups/default`,
          name: 'default',
          properties: {
            privateDnsZoneConfigs: [{ name: PRIVATE_DNS_ZONES[o.groupId]!.replace(/\./g, '-'), properties: { privateDnsZoneId: armId(scope, NET, 'privateDnsZones', PRIVATE_DNS_ZONES[o.groupId]!) } }],
            provisioningState: 'Succeeded',
          },
        },
      ],
    },
  });
  return pe;
}

/** Creates the private endpoints a resource declared (its raw record already lists their connections). */
export function addPrivateLinks(scope: AzureScope, target: DescribedRecord, links: PrivateLink[] = []): void {
  for (const link of links) privateEndpoint(scope, { ...link, target });
}

/**
 * A virtual network flow log (Microsoft.Network/networkWatchers/flowLogs) under the region's
 * network watcher, which Azure creates in NetworkWatcherRG; it writes to `storage`.
 */
export function vnetFlowLog(scope: AzureScope, o: { name: string; target: DescribedRecord; storage: DescribedRecord; retentionDays: number }): DescribedRecord {
  const watcherScope = { ...scope, resourceGroup: 'NetworkWatcherRG' };
  const watcher = addAzureRecord(watcherScope, {
    id: armId(watcherScope, NET, 'networkWatchers', `NetworkWatcher_${scope.region}`),
    name: `NetworkWatcher_${scope.region}`,
    type: `${NET}/networkWatchers`,
    body: { properties: { provisioningState: 'Succeeded' } },
  });
  return addAzureRecord(watcherScope, {
    id: `${watcher.id}/flowLogs/${o.name}`,
    name: o.name,
    type: `${NET}/networkWatchers/flowLogs`,
    body: {
      properties: {
        provisioningState: 'Succeeded',
        targetResourceId: o.target.id,
        targetResourceGuid: '5d0c2a7e-9b14-4f3a-8e61-2c7d9f0b4a35',
        storageId: o.storage.id,
        enabled: true,
        retentionPolicy: { days: o.retentionDays, enabled: true },
        format: { type: 'JSON', version: 2 },
      },
    },
  });
}
