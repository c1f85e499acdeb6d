import type { Account, CoverageGap } from '../../src/model/index.js';
import type { CallScheduler } from '../../src/scan/scheduler.js';
import { takeShard, type ShardSlice } from '../../src/scan/shard.js';
import { str, subscriptionOf, type ArmResource } from './arm.js';
import type { ClientConfig } from './clients.js';
import { tenantClients } from './clients.js';
import { toGap } from './errors.js';
import type { ResolvedAzureScanOptions } from './options.js';
import { fetchRecords } from './paging.js';

/** Read actions used to discover subscriptions (beside the collectors' own). */
export const SCOPE_PERMISSIONS = ['Microsoft.Resources/subscriptions/read', 'Microsoft.Management/managementGroups/descendants/read'] as const;

export interface ResolvedScope {
  subscriptions: string[];
  gaps: CoverageGap[];
  /** Display names (and, under a management group, the group path) the discovery listing carried. */
  accounts?: Account[];
}

const TENANT = 'tenant';
const USABLE_STATES = new Set(['enabled', 'warned', 'pastdue']);

/** The subscriptions a scan covers: explicit, the workspace's, a management group's, or all visible. */
export async function resolveSubscriptions(
  options: ResolvedAzureScanOptions,
  config: ClientConfig,
  scheduler: CallScheduler,
): Promise<ResolvedScope> {
  if (options.workspace) return { subscriptions: [subscriptionOf(options.workspace)!], gaps: [] };
  if (options.subscriptions) return { subscriptions: [...new Set(options.subscriptions.map((s) => s.toLowerCase()))], gaps: [] };
  const clients = tenantClients(config);
  const gaps: CoverageGap[] = [];
  try {
    if (options.managementGroup) {
      const group = options.managementGroup;
      const items = await fetchRecords(scheduler, { provider: 'azure', account: TENANT, service: 'Microsoft.Management' }, `management group ${group}`, () =>
        clients.managementGroups.managementGroups.listDescendants(group),
      );
      const subs = items.filter((d) => (d.type ?? '').toLowerCase().endsWith('/subscriptions')).map((d) => d.name ?? '');
      return { subscriptions: [...new Set(subs.filter(Boolean))], gaps, accounts: namedDescendants(group, items) };
    }
    const items = await fetchRecords(scheduler, { provider: 'azure', account: TENANT, service: 'Microsoft.Resources' }, 'subscriptions', () =>
      clients.subscriptions.subscriptions.list(),
    );
    return usableSubscriptions(items);
  } catch (error) {
    gaps.push(toGap(error, { subscriptionId: TENANT, service: options.managementGroup ? 'Microsoft.Management' : 'Microsoft.Resources', context: 'listing subscriptions' }));
    return { subscriptions: [], gaps };
  }
}

/** The subscriptions of a subscriptions listing that can be scanned, with their display names; a disabled one is a gap. */
export function usableSubscriptions(items: readonly ArmResource[]): Required<ResolvedScope> {
  const scope: Required<ResolvedScope> = { subscriptions: [], gaps: [], accounts: [] };
  for (const s of items) {
    const id = str(s, 'subscriptionId') ?? subscriptionOf(s.id);
    if (!id) continue;
    const name = str(s, 'displayName');
    scope.accounts.push({ provider: 'azure', id, ...(name ? { name } : {}) });
    const state = (str(s, 'state') ?? 'Enabled').toLowerCase();
    if (USABLE_STATES.has(state)) scope.subscriptions.push(id);
    else {
      scope.gaps.push({ provider: 'azure', account: id, service: 'Microsoft.Resources', errorCode: 'SubscriptionDisabled', message: `subscription state is ${str(s, 'state')}; not scanned` });
    }
  }
  return scope;
}

/**
 * The subscriptions under `group` with their display names and the path of groups from `group`
 * down to each, read from the descendants listing itself (no further call). A descendant is
 * `{ id, type, name, properties: { displayName, parent: { id } } }` on the wire.
 */
function namedDescendants(group: string, items: readonly ArmResource[]): Account[] {
  const byId = new Map(items.map((d) => [d.id.toLowerCase(), d]));
  const parentOf = (d: ArmResource) => byId.get((str(d, 'properties', 'parent', 'id') ?? '').toLowerCase());
  const pathAbove = (d: ArmResource): string[] => {
    const path: string[] = [];
    for (let at = parentOf(d); at && path.length < 10; at = parentOf(at)) path.unshift(str(at, 'properties', 'displayName') ?? at.name ?? at.id);
    return [group, ...path];
  };
  return items
    .filter((d) => (d.type ?? '').toLowerCase().endsWith('/subscriptions') && d.name)
    .map((d) => {
      const name = str(d, 'properties', 'displayName');
      return { provider: 'azure' as const, id: d.name!, ...(name ? { name } : {}), path: pathAbove(d) };
    });
}

/**
 * The subscriptions of one shard (`mlscan inventory --shard`), and the gaps about them or about
 * the tenant (a gap about another shard's subscription is that shard's to report).
 */
export function sliceScope(scope: ResolvedScope, shard: ShardSlice | undefined): ResolvedScope {
  if (!shard) return scope;
  const subscriptions = takeShard('azure', scope.subscriptions, shard);
  const gaps = scope.gaps.filter((gap) => gap.account === TENANT || takeShard('azure', [gap.account], shard).length > 0);
  const kept = new Set(subscriptions);
  return { subscriptions, gaps, ...(scope.accounts && { accounts: scope.accounts.filter((a) => kept.has(a.id)) }) };
}
