import type { AssetInput } from '../../../../../src/model/index.js';
import { addAzureAsset, armId, type AzureScope, type PrivateLink } from './scope.js';

const NET = 'Microsoft.Network';

export function virtualNetwork(scope: AzureScope, o: { name: string; addressSpace: string }): AssetInput {
  return addAzureAsset(scope, {
    id: armId(scope, NET, 'virtualNetworks', o.name),
    kind: 'network',
    name: o.name,
    type: `${NET}/virtualNetworks`,
    facts: { mlRelated: true },
    body: { properties: { provisioningState: 'Succeeded', addressSpace: { addressPrefixes: [o.addressSpace] }, enableDdosProtection: false } },
  });
}

export interface NsgRule {
  name: string;
  priority: number;
  port: string;
  source: string;
}

const INTERNET_SOURCES = new Set(['*', 'Internet', '0.0.0.0/0', 'Any']);
const ADMIN_PORTS = ['22', '3389', '*'];

export function networkSecurityGroup(scope: AzureScope, o: { name: string; inbound: NsgRule[] }): AssetInput {
  const open = o.inbound.filter((r) => INTERNET_SOURCES.has(r.source));
  return addAzureAsset(scope, {
    id: armId(scope, NET, 'networkSecurityGroups', o.name),
    kind: 'security-group',
    name: o.name,
    type: `${NET}/networkSecurityGroups`,
    facts: {
      ingressOpenToInternet: open.length > 0,
      adminPortsOpenToInternet: open.some((r) => ADMIN_PORTS.includes(r.port)),
      // Default rules allow outbound to Internet; none of the sample NSGs override that.
      outboundRestricted: false,
      mlRelated: true,
    },
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

export function subnet(scope: AzureScope, o: { vnet: AssetInput; name: string; prefix: string; nsg?: AssetInput }): AssetInput {
  const id = `${o.vnet.id}/subnets/${o.name}`;
  const asset = addAzureAsset(scope, {
    id,
    kind: 'subnet',
    name: o.name,
    type: `${NET}/virtualNetworks/subnets`,
    child: true,
    // Azure subnets reach the internet through default outbound access unless a NAT or UDR says otherwise.
    facts: { mlRelated: true },
    body: {
      properties: {
        provisioningState: 'Succeeded',
        addressPrefix: o.prefix,
        ...(o.nsg && { networkSecurityGroup: { id: o.nsg.id } }),
        privateEndpointNetworkPolicies: 'Disabled',
      },
    },
  });
  scope.b.link(asset, 'in-network', o.vnet);
  scope.b.link(asset, 'protected-by', o.nsg);
  return asset;
}

/** The privatelink DNS zone each sub-resource's names resolve in. */
const PRIVATE_DNS_ZONES: Record<string, string> = {
  blob: 'privatelink.blob.core.windows.net',
  vault: 'privatelink.vaultcore.azure.net',
  registry: 'privatelink.azurecr.io',
  amlworkspace: 'privatelink.api.azureml.ms',
};

/**
 * A private endpoint (Microsoft.Network/privateEndpoints) for one sub-resource of `target`
 * (blob, vault, registry, amlworkspace). The target gets the private-endpoint edge.
 */
export function privateEndpoint(scope: AzureScope, o: PrivateLink & { target: AssetInput }): AssetInput {
  const id = armId(scope, NET, 'privateEndpoints', o.name);
  const pe = addAzureAsset(scope, {
    id,
    kind: 'private-endpoint',
    name: o.name,
    type: `${NET}/privateEndpoints`,
    facts: { mlRelated: true },
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
  scope.b.link(pe, 'in-network', o.subnet);
  scope.b.link(o.target, 'private-endpoint', pe);
  return pe;
}

/** Creates the private endpoints a resource declared (its raw record already lists their connections). */
export function addPrivateLinks(scope: AzureScope, target: AssetInput, links: PrivateLink[] = []): void {
  for (const link of links) privateEndpoint(scope, { ...link, target });
}
