import type { Account } from '../../src/model/index.js';
import type { CallKey, CallScheduler } from '../../src/scan/scheduler.js';
import { str, type ArmResource } from './arm.js';
import type { Listing } from './arm-get.js';
import { tenantClients, type ClientConfig } from './clients.js';
import { describeError } from './errors.js';
import { fetchRecords } from './paging.js';

/** The `account` of tenant-level calls and of their coverage gaps (subscription discovery, the group hierarchy). */
export const TENANT_ACCOUNT = 'tenant';

/** The read actions behind a path: the hierarchy (Get Descendants) and the root group's display name (Get). */
export const DESCENDANTS_READ = 'Microsoft.Management/managementGroups/descendants/read';
export const MANAGEMENT_GROUP_READ = 'Microsoft.Management/managementGroups/read';

/** Hops followed up from a subscription: the hierarchy is at most six levels below the root. */
const MAX_DEPTH = 10;

/**
 * The subscriptions of a Get Descendants listing of group `top`, with their display names and the
 * display names of the groups from `top` (labelled `topLabel`) down to each one's direct parent,
 * read from the listing alone. A descendant is `{ id, type, name, properties: { displayName,
 * parent: { id } } }` on the wire; a subscription's type ends in `/subscriptions`.
 */
export function subscriptionsBelow(topLabel: string, descendants: readonly ArmResource[]): Account[] {
  const byId = new Map(descendants.map((d) => [d.id.toLowerCase(), d]));
  const parentOf = (d: ArmResource) => byId.get((str(d, 'properties', 'parent', 'id') ?? '').toLowerCase());
  const pathAbove = (d: ArmResource): string[] => {
    const path: string[] = [];
    for (let at = parentOf(d); at && path.length < MAX_DEPTH; at = parentOf(at)) path.unshift(str(at, 'properties', 'displayName') ?? at.name ?? at.id);
    return [topLabel, ...path];
  };
  return descendants
    .filter((d) => (d.type ?? '').toLowerCase().endsWith('/subscriptions') && d.name)
    .map((d) => {
      const name = str(d, 'properties', 'displayName');
      return { provider: 'azure' as const, id: d.name!, ...(name ? { name } : {}), path: pathAbove(d) };
    });
}

/** A scanned subscription and the tenant whose root group sits above it, when known. */
export interface TenantSubscription {
  id: string;
  tenantId?: string | undefined;
}

/** Where a subscription sits: its management-group path, or a note saying why the path is unknown. */
export type Placement = { path: string[] } | { note: string };

/**
 * The management-group path of each subscription, from the tenant root group down to its direct
 * parent, by display name. One hierarchy read per tenant (normally one per scan): Management
 * Groups - Get Descendants of the tenant root group (its id is the tenant id; paged by nextLink)
 * and, beside it, Management Groups - Get of that group for its display name ("Tenant Root
 * Group"; the tenant id when refused), both through the scheduler at tenant scope. A refused or
 * failed read is a note naming the action and ARM's code (never its message, which may echo the
 * caller), never a coverage gap: no asset or verdict depends on a path. Never throws. Keys are
 * lower-case subscription ids.
 */
export async function readManagementGroupPaths(
  subscriptions: readonly TenantSubscription[],
  config: ClientConfig,
  scheduler: CallScheduler,
  signal?: AbortSignal,
): Promise<Map<string, Placement>> {
  const placements = new Map<string, Placement>();
  if (subscriptions.length === 0 || signal?.aborted) return placements;
  const byTenant = new Map<string, string[]>();
  for (const { id, tenantId } of subscriptions) {
    if (tenantId) byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), id]);
    else placements.set(id.toLowerCase(), { note: `${DESCENDANTS_READ} not attempted: tenant unknown` });
  }
  const reader = new HierarchyReader(config, scheduler, signal);
  const placed = await Promise.all([...byTenant].map(([tenantId, ids]) => reader.place(tenantId, ids)));
  for (const tenant of placed) for (const [id, placement] of tenant) placements.set(id, placement);
  return placements;
}

/** Reads one tenant's hierarchy and places its subscriptions in it. */
class HierarchyReader {
  private readonly groups: ReturnType<typeof tenantClients>['managementGroups']['managementGroups'];
  private readonly key: CallKey = { provider: 'azure', account: TENANT_ACCOUNT, service: 'Microsoft.Management' };

  constructor(
    config: ClientConfig,
    private readonly scheduler: CallScheduler,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.groups = tenantClients(config).managementGroups.managementGroups;
  }

  async place(tenantId: string, subscriptionIds: readonly string[]): Promise<Map<string, Placement>> {
    const groups = this.groups;
    const [root, descendants] = await Promise.allSettled([
      this.read(`management group ${tenantId}`, () => groups.get(tenantId)),
      this.read(`management group ${tenantId} descendants`, () => groups.listDescendants(tenantId)),
    ]);
    const rootLabel = (root.status === 'fulfilled' && str(root.value[0], 'properties', 'displayName')) || tenantId;
    // A listing that stopped part-way could put a subscription under the wrong group: all or nothing.
    const listed = descendants.status === 'fulfilled' ? new Map(subscriptionsBelow(rootLabel, descendants.value).map((a) => [a.id.toLowerCase(), a.path!])) : undefined;
    const failure = descendants.status === 'rejected' ? `${DESCENDANTS_READ} ${describeError(descendants.reason).code}` : undefined;
    return new Map(
      subscriptionIds.map((id): [string, Placement] => {
        const path = listed?.get(id.toLowerCase());
        return [id.toLowerCase(), path ? { path } : { note: failure ?? `${DESCENDANTS_READ} did not list this subscription` }];
      }),
    );
  }

  private read(operation: string, call: () => Listing): Promise<ArmResource[]> {
    return fetchRecords(this.scheduler, this.key, operation, call, { signal: this.signal });
  }
}
