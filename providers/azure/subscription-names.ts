import type { Account } from '../../src/model/index.js';
import type { CallKey, CallScheduler } from '../../src/scan/scheduler.js';
import { str } from './arm.js';
import { tenantClients, type ClientConfig } from './clients.js';
import { describeError } from './errors.js';
import { readManagementGroupPaths, type Placement, type TenantSubscription } from './management-group-path.js';
import { fetchRecords } from './paging.js';
import { ARM_READ_QUOTA } from './runner.js';
import type { ResolvedScope } from './scope.js';

/** The read action behind a subscription's name (already among SCOPE_PERMISSIONS); named in the note when it is refused. */
const SUBSCRIPTION_READ = 'Microsoft.Resources/subscriptions/read';

/** A subscription's account (name, or the note why it has none) and the tenant its read reported. */
export interface NamedSubscription {
  account: Account;
  tenantId?: string | undefined;
}

/** The reads `describeSubscriptions` may make, and the tenant to assume when no read reported one (`tenantId` option). */
export interface AccountReads {
  config: ClientConfig;
  scheduler: CallScheduler;
  signal?: AbortSignal | undefined;
  tenantId?: string | undefined;
}

/**
 * Every subscription scanned as an account, in scope order: the display name (and group path)
 * discovery read, or else the name read on its own (`readSubscriptionNames`); then the
 * management-group path of each one discovery did not place (all but `--azure-management-group`
 * scans), from one hierarchy read per tenant (management-group-path.ts), after the names (an
 * explicit subscription's tenant comes from its read). Without `reads`, no call: what discovery
 * read. Never throws; what could not be read is a note, never a gap.
 */
export async function describeSubscriptions(scope: ResolvedScope, reads?: AccountReads): Promise<Account[]> {
  const known = new Map((scope.accounts ?? []).map((a): [string, NamedSubscription] => [a.id.toLowerCase(), { account: a, tenantId: scope.tenantIds?.get(a.id.toLowerCase()) }]));
  if (reads) {
    const unnamed = scope.subscriptions.filter((id) => !known.has(id.toLowerCase()));
    for (const read of await readSubscriptionNames(unnamed, reads.config, reads.scheduler, reads.signal)) known.set(read.account.id.toLowerCase(), read);
  }
  const scanned = scope.subscriptions.map((id) => known.get(id.toLowerCase()) ?? { account: { provider: 'azure' as const, id } });
  const unplaced = scanned.filter((s) => !s.account.path).map((s): TenantSubscription => ({ id: s.account.id, tenantId: s.tenantId ?? reads?.tenantId }));
  if (!reads || unplaced.length === 0) return scanned.map((s) => s.account);
  const placements = await readManagementGroupPaths(unplaced, reads.config, reads.scheduler, reads.signal);
  return scanned.map((s) => placed(s.account, placements.get(s.account.id.toLowerCase())));
}

/** The account with its path, or with the note why it has none (after any note about its name). */
function placed(account: Account, placement: Placement | undefined): Account {
  if (!placement) return account;
  if ('path' in placement) return { ...account, path: placement.path };
  return { ...account, note: account.note ? `${account.note}; ${placement.note}` : placement.note };
}

/**
 * The display names of subscriptions given explicitly (`--azure-subscriptions`, or the
 * subscription of `--azure-workspace`), which no subscriptions listing named: one
 * `GET /subscriptions/{id}` (Subscriptions - Get, api-version 2022-12-01) each, through the
 * scan's scheduler, drawing from that subscription's read quota. A name that cannot be read is a
 * note on the account, never a coverage gap: no asset or verdict depends on it. Never throws.
 *
 * The 2022-12-01 Subscription carries no management-group chain, only its `tenantId`: the root of
 * the path management-group-path.ts reads.
 */
export async function readSubscriptionNames(subscriptions: readonly string[], config: ClientConfig, scheduler: CallScheduler, signal?: AbortSignal): Promise<NamedSubscription[]> {
  if (subscriptions.length === 0) return [];
  const clients = tenantClients(config);
  return Promise.all(
    subscriptions.map(async (id): Promise<NamedSubscription> => {
      if (signal?.aborted) return { account: { provider: 'azure', id } };
      const key: CallKey = { provider: 'azure', account: id, service: 'Microsoft.Resources', pace: { bucket: `azure|${id}|reads`, quota: ARM_READ_QUOTA } };
      try {
        const [subscription] = await fetchRecords(scheduler, key, `subscription ${id}`, () => clients.subscriptions.subscriptions.get(id), { signal });
        const name = subscription ? str(subscription, 'displayName') : undefined;
        const tenantId = subscription ? str(subscription, 'tenantId') : undefined;
        return { account: name ? { provider: 'azure', id, name } : { provider: 'azure', id, note: `${SUBSCRIPTION_READ} returned no displayName` }, tenantId };
      } catch (error) {
        // The code alone: ARM's message may echo the request, and a note reaches every report.
        return { account: { provider: 'azure', id, note: `${SUBSCRIPTION_READ} ${describeError(error).code}` } };
      }
    }),
  );
}
