import type { Account } from '../../src/model/index.js';
import type { CallKey, CallScheduler } from '../../src/scan/scheduler.js';
import { str } from './arm.js';
import { tenantClients, type ClientConfig } from './clients.js';
import { describeError } from './errors.js';
import { fetchRecords } from './paging.js';
import { ARM_READ_QUOTA } from './runner.js';

/** The read action behind a subscription's name (already among SCOPE_PERMISSIONS); named in the note when it is refused. */
const SUBSCRIPTION_READ = 'Microsoft.Resources/subscriptions/read';

/**
 * The display names of subscriptions given explicitly (`--azure-subscriptions`, or the
 * subscription of `--azure-workspace`), which no subscriptions listing named: one
 * `GET /subscriptions/{id}` (Subscriptions - Get, api-version 2022-12-01) each, through the
 * scan's scheduler, drawing from that subscription's read quota. A name that cannot be read is a
 * note on the account, never a coverage gap: no asset or verdict depends on it. Never throws.
 *
 * The 2022-12-01 Subscription carries no management-group chain, so no `path` comes from here
 * (only `--azure-management-group` discovery reads one).
 */
export async function readSubscriptionNames(subscriptions: readonly string[], config: ClientConfig, scheduler: CallScheduler, signal?: AbortSignal): Promise<Account[]> {
  if (subscriptions.length === 0) return [];
  const clients = tenantClients(config);
  return Promise.all(
    subscriptions.map(async (id): Promise<Account> => {
      if (signal?.aborted) return { provider: 'azure', id };
      const key: CallKey = { provider: 'azure', account: id, service: 'Microsoft.Resources', pace: { bucket: `azure|${id}|reads`, quota: ARM_READ_QUOTA } };
      try {
        const [subscription] = await fetchRecords(scheduler, key, `subscription ${id}`, () => clients.subscriptions.subscriptions.get(id), { signal });
        const name = subscription ? str(subscription, 'displayName') : undefined;
        return name ? { provider: 'azure', id, name } : { provider: 'azure', id, note: `${SUBSCRIPTION_READ} returned no displayName` };
      } catch (error) {
        // The code alone: ARM's message may echo the request, and a note reaches every report.
        return { provider: 'azure', id, note: `${SUBSCRIPTION_READ} ${describeError(error).code}` };
      }
    }),
  );
}
