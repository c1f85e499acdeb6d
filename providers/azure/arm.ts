/** Helpers for ARM records and resource ids, as ARM spells them on the wire. */

/** An ARM resource as it arrives in a response body (secrets already removed). */
export interface ArmResource {
  id: string;
  name?: string;
  type?: string;
  location?: string;
  kind?: string;
  tags?: Record<string, string>;
  sku?: Record<string, unknown>;
  identity?: ArmIdentity;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface ArmIdentity {
  type?: string;
  principalId?: string;
  tenantId?: string;
  userAssignedIdentities?: Record<string, unknown>;
}

export interface ParsedArmId {
  subscriptionId?: string;
  resourceGroup?: string;
  /** e.g. `Microsoft.MachineLearningServices` (the last provider segment of the id). */
  namespace?: string;
  /** Type and name pairs after the namespace, e.g. [['workspaces','ws1'],['computes','c1']]. */
  segments: Array<[string, string | undefined]>;
}

/** Parses an ARM id; keys are matched case-insensitively, values keep their spelling. */
export function parseArmId(id: string): ParsedArmId {
  const parts = id.split('/').filter((p) => p.length > 0);
  const out: ParsedArmId = { segments: [] };
  let i = 0;
  while (i < parts.length) {
    const key = parts[i]!.toLowerCase();
    if (key === 'subscriptions' && out.namespace === undefined) {
      out.subscriptionId = parts[i + 1];
      i += 2;
    } else if (key === 'resourcegroups' && out.namespace === undefined) {
      out.resourceGroup = parts[i + 1];
      i += 2;
    } else if (key === 'providers') {
      out.namespace = parts[i + 1];
      out.segments = [];
      i += 2;
    } else {
      out.segments.push([parts[i]!, parts[i + 1]]);
      i += 2;
    }
  }
  return out;
}

/** The value after `type` in an id (e.g. the workspace name after `workspaces`). */
export function idPart(id: string, type: string): string | undefined {
  const parts = id.split('/');
  const at = parts.findIndex((p) => p.toLowerCase() === type.toLowerCase());
  return at >= 0 ? parts[at + 1] : undefined;
}

export function resourceGroupOf(id: string): string | undefined {
  return idPart(id, 'resourceGroups');
}

export function subscriptionOf(id: string): string | undefined {
  return idPart(id, 'subscriptions');
}

export function lastSegment(id: string): string {
  const parts = id.split('/').filter((p) => p.length > 0);
  return parts[parts.length - 1] ?? id;
}

/** Lower-case key for case-insensitive id comparison (ARM ids are case-insensitive). */
export function idKey(id: string): string {
  return id.toLowerCase().replace(/\/+$/, '');
}

/** True when `id` equals `ancestor` or lies below it. */
export function isUnder(id: string, ancestor: string): boolean {
  const a = idKey(ancestor);
  const k = idKey(id);
  return k === a || k.startsWith(`${a}/`);
}

// ---- typed reads from untyped JSON

export function prop(record: unknown, ...path: string[]): unknown {
  let cur: unknown = record;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function str(record: unknown, ...path: string[]): string | undefined {
  const v = prop(record, ...path);
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function bool(record: unknown, ...path: string[]): boolean | undefined {
  const v = prop(record, ...path);
  return typeof v === 'boolean' ? v : undefined;
}

export function num(record: unknown, ...path: string[]): number | undefined {
  const v = prop(record, ...path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function arr(record: unknown, ...path: string[]): unknown[] {
  const v = prop(record, ...path);
  return Array.isArray(v) ? v : [];
}

export function obj(record: unknown, ...path: string[]): Record<string, unknown> | undefined {
  const v = prop(record, ...path);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** 'Enabled' → true, 'Disabled' → false, anything else → undefined (case-insensitive). */
export function enabled(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase();
  if (v === 'enabled') return true;
  if (v === 'disabled') return false;
  return undefined;
}

/** Approved private endpoint connections in `properties.privateEndpointConnections`. */
export function approvedPrivateEndpoints(raw: ArmResource): { count: number; ids: string[] } {
  const ids: string[] = [];
  let count = 0;
  for (const conn of arr(raw, 'properties', 'privateEndpointConnections')) {
    const status =
      str(conn, 'properties', 'privateLinkServiceConnectionState', 'status') ??
      str(conn, 'properties', 'registryPrivateLinkServiceConnectionState', 'status');
    if (status?.toLowerCase() === 'approved') count++;
    const pe = str(conn, 'properties', 'privateEndpoint', 'id');
    if (pe) ids.push(pe);
  }
  return { count, ids };
}

/** Ids of user-assigned identities of a resource. */
export function userAssignedIdentities(raw: ArmResource): string[] {
  return Object.keys(raw.identity?.userAssignedIdentities ?? {});
}

/**
 * Tags of an ARM record. Tracked resources carry them at the top level; Azure ML proxy resources
 * (datastores, data and model containers and versions) carry them in `properties.tags`
 * (https://learn.microsoft.com/rest/api/azureml/datastores/get, DatastoreProperties.tags).
 */
export function tagsOf(raw: ArmResource): Record<string, string> {
  const out: Record<string, string> = {};
  const inner = raw.properties?.tags;
  const tags = raw.tags ?? (inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : {});
  for (const [k, v] of Object.entries(tags)) if (typeof v === 'string') out[k] = v;
  return out;
}
