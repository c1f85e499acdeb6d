import type { Account, CoverageGap } from '../../src/model/index.js';
import type { CallScheduler } from '../../src/scan/scheduler.js';
import { takeShard, type ShardSlice } from '../../src/scan/shard.js';
import { str, subscriptionOf, type ArmResource } from './arm.js';
import type { ClientConfig } from './clients.js';
import { tenantClients } from './clients.js';
import { toGap } from './errors.js';
import type { ResolvedAzureScanOptions } from './options.js';
import { DESCENDANTS_READ, MANAGEMENT_GROUP_READ, subscriptionsBelow, TENANT_ACCOUNT } from './management-group-path.js';
import { fetchRecords } from './paging.js';

/** Read actions used to discover subscriptions and place them in the management-group hierarchy (beside the collectors' own). */
export const SCOPE_PERMISSIONS = ['Microsoft.Resources/subscriptions/read', DESCENDANTS_READ, MANAGEMENT_GROUP_READ] as const;

export interface ResolvedScope {
  subscriptions: string[];
  gaps: CoverageGap[];
  /** Display names (and, under a management group, the group path) the discovery listing carried. */
  accounts?: Account[];
  /** The tenant of each subscription the subscriptions listing named (lower-case id → tenant id): the root of its group path. */
  tenantIds?: ReadonlyMap<string, string>;
}

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
      const items = await fetchRecords(scheduler, { provider: 'azure', account: TENANT_ACCOUNT, service: 'Microsoft.Management' }, `management group ${group}`, () =>
        clients.managementGroups.managementGroups.listDescendants(group),
      );
      const subs = items.filter((d) => (d.type ?? '').toLowerCase().endsWith('/subscriptions')).map((d) => d.name ?? '');
      return { subscriptions: [...new Set(subs.filter(Boolean))], gaps, accounts: subscriptionsBelow(group, items) };
    }
    const items = await fetchRecords(scheduler, { provider: 'azure', account: TENANT_ACCOUNT, service: 'Microsoft.Resources' }, 'subscriptions', () =>
      clients.subscriptions.subscriptions.list(),
    );
    return usableSubscriptions(items);
  } catch (error) {
    gaps.push(toGap(error, { subscriptionId: TENANT_ACCOUNT, service: options.managementGroup ? 'Microsoft.Management' : 'Microsoft.Resources', context: 'listing subscriptions' }));
    return { subscriptions: [], gaps };
  }
}

/** The subscriptions of a subscriptions listing that can be scanned, with their display names; a disabled one is a gap. */
export function usableSubscriptions(items: readonly ArmResource[]): Required<ResolvedScope> {
  const tenantIds = new Map<string, string>();
  const scope = { subscriptions: [] as string[], gaps: [] as CoverageGap[], accounts: [] as Account[], tenantIds };
  for (const s of items) {
    const id = str(s, 'subscriptionId') ?? subscriptionOf(s.id);
    if (!id) continue;
    const tenantId = str(s, 'tenantId');
    if (tenantId) tenantIds.set(id.toLowerCase(), tenantId);
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
 * The subscriptions of one shard (`mlscan inventory --shard`), and the gaps about them or about
 * the tenant (a gap about another shard's subscription is that shard's to report).
 */
export function sliceScope(scope: ResolvedScope, shard: ShardSlice | undefined): ResolvedScope {
  if (!shard) return scope;
  const subscriptions = takeShard('azure', scope.subscriptions, shard);
  const gaps = scope.gaps.filter((gap) => gap.account === TENANT_ACCOUNT || takeShard('azure', [gap.account], shard).length > 0);
  const kept = new Set(subscriptions);
  return { ...scope, subscriptions, gaps, ...(scope.accounts && { accounts: scope.accounts.filter((a) => kept.has(a.id)) }) };
}
