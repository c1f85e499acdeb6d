import type { CoverageGap } from '../../src/model/index.js';
import type { CallScheduler } from '../../src/scan/scheduler.js';
import { takeShard, type ShardSlice } from '../../src/scan/shard.js';
import { str, subscriptionOf } from './arm.js';
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
      return { subscriptions: [...new Set(subs.filter(Boolean))], gaps };
    }
    const items = await fetchRecords(scheduler, { provider: 'azure', account: TENANT, service: 'Microsoft.Resources' }, 'subscriptions', () =>
      clients.subscriptions.subscriptions.list(),
    );
    const subs: string[] = [];
    for (const s of items) {
      const id = str(s, 'subscriptionId') ?? subscriptionOf(s.id);
      if (!id) continue;
      const state = (str(s, 'state') ?? 'Enabled').toLowerCase();
      if (USABLE_STATES.has(state)) subs.push(id);
      else {
        gaps.push({ provider: 'azure', account: id, service: 'Microsoft.Resources', errorCode: 'SubscriptionDisabled', message: `subscription state is ${str(s, 'state')}; not scanned` });
      }
    }
    return { subscriptions: subs, gaps };
  } catch (error) {
    gaps.push(toGap(error, { subscriptionId: TENANT, service: options.managementGroup ? 'Microsoft.Management' : 'Microsoft.Resources', context: 'listing subscriptions' }));
    return { subscriptions: [], gaps };
  }
}

/**
 * The subscriptions of one shard (`mlscan inventory --shard`), and the gaps about them or about
 * the tenant (a gap about another shard's subscription is that shard's to report).
 */
export function sliceScope(scope: ResolvedScope, shard: ShardSlice | undefined): ResolvedScope {
  if (!shard) return scope;
  const subscriptions = takeShard('azure', scope.subscriptions, shard);
  const gaps = scope.gaps.filter((gap) => gap.account === TENANT || takeShard('azure', [gap.account], shard).length > 0);
  return { subscriptions, gaps };
}
