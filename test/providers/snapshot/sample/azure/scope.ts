import type { DescribedRecord, EstateBuilder, NamedRef } from '../estate-builder.js';

/** One Azure subscription, its main resource group and region, and the tags its team applies. */
export interface AzureScope {
  b: EstateBuilder;
  subscription: string;
  region: string;
  resourceGroup: string;
  tags: Record<string, string>;
}

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/<namespace>/<type>/<name>[/<child>/<name>…]`. */
export function armId(scope: AzureScope, provider: string, ...segments: string[]): string {
  return `/subscriptions/${scope.subscription}/resourceGroups/${scope.resourceGroup}/providers/${provider}/${segments.join('/')}`;
}

/** ARM's `systemData`, fixed so the sample is reproducible. */
export const SYSTEM_DATA = {
  createdBy: 'platform-deploy@harbourline.example',
  createdByType: 'User',
  createdAt: '2024-04-08T09:30:00.0000000Z',
  lastModifiedBy: 'platform-deploy@harbourline.example',
  lastModifiedByType: 'User',
  lastModifiedAt: '2026-10-21T14:12:00.0000000Z',
} as const;

export interface AzureRecordParts {
  id: string;
  name: string;
  /** ARM type; also the asset's nativeType. */
  type: string;
  tags?: Record<string, string>;
  /** The ARM body without id/name/type/location/tags, which are filled in here. */
  body: Record<string, unknown>;
  /** Proxy resources (datastores, data, models, jobs, vault keys) carry no location or tags of their own. */
  child?: boolean;
  /** 'global' for subscription-wide settings; defaults to the scope's region. */
  region?: string;
  /** Sub-resources the provider reads per resource, kept under `raw.details` (diagnosticSettings, blobServices, ...). */
  details?: Record<string, unknown>;
}

/** Adds an asset whose raw record is the ARM JSON a GET on its id returns. */
export function addAzureRecord(scope: AzureScope, parts: AzureRecordParts): DescribedRecord {
  // Proxy and subscription-wide resources (role assignments, diagnostic settings) have no tags in ARM.
  const tracked = !parts.child && parts.region === undefined;
  const tags = tracked ? { ...scope.tags, ...parts.tags } : {};
  return scope.b.add({
    id: parts.id,
    provider: 'azure',
    account: scope.subscription,
    region: parts.region ?? scope.region,
    name: parts.name,
    nativeType: parts.type,
    raw: {
      record: {
        id: parts.id,
        name: parts.id.split('/').pop(),
        type: parts.type,
        ...(tracked && { location: scope.region, tags }),
        ...parts.body,
        systemData: SYSTEM_DATA,
      },
      ...(parts.details && { details: parts.details }),
    },
  });
}

/** A private endpoint to create for a resource: its name, subnet and sub-resource (blob, vault, registry, amlworkspace). */
export interface PrivateLink {
  name: string;
  subnet: DescribedRecord;
  groupId: string;
}

/** ARM's privateEndpointConnections as the target resource embeds them (the endpoints are added after it). */
export function privateEndpointConnections(scope: AzureScope, target: string, links: PrivateLink[] = []): unknown[] {
  return links.map((link) => ({
    id: `${target}/privateEndpointConnections/${link.name}`,
    properties: {
      privateEndpoint: { id: armId(scope, 'Microsoft.Network', 'privateEndpoints', link.name) },
      privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-approved', actionsRequired: 'None' },
      provisioningState: 'Succeeded',
    },
  }));
}

export const enabledDisabled = (on: boolean): 'Enabled' | 'Disabled' => (on ? 'Enabled' : 'Disabled');

/**
 * A resource's diagnostic settings as `details.diagnosticSettings` holds them: one setting
 * sending `categories` to a Log Analytics workspace, or none at all (the list was read, empty).
 */
export function diagnosticSettings(target: string, logs: NamedRef | undefined, categories: readonly string[]): unknown[] {
  if (!logs) return [];
  return [
    {
      id: `${target}/providers/microsoft.insights/diagnosticSettings/to-${logs.name}`,
      name: `to-${logs.name}`,
      type: 'Microsoft.Insights/diagnosticSettings',
      properties: {
        workspaceId: logs.id,
        logs: categories.map((category) => ({ category, enabled: true, retentionPolicy: { enabled: false, days: 0 } })),
        metrics: [{ category: 'AllMetrics', enabled: true }],
        logAnalyticsDestinationType: 'Dedicated',
      },
    },
  ];
}
