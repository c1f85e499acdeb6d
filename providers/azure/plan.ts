import type { TokenCredential } from '@azure/core-auth';
import { listPages, planUnit, type CallGroup, type PlanUnit, type ProviderPlan, type RecordCounts } from '../../src/scan/plan.js';
import type { PlanContext } from '../../src/scan/provider-plugin.js';
import { CallScheduler } from '../../src/scan/scheduler.js';
import type { ClientConfig } from './clients.js';
import type { Collector } from './collector.js';
import { azureCollectors } from './collectors/index.js';
import { sharedTokenCredential } from './credential.js';
import { armCallEnvelopeMs } from './pipeline.js';
import { armEndpointOf, type AzureScanOptions } from './options.js';
import { ARM_READ_QUOTA } from './runner.js';
import { resolveSubscriptions, sliceScope } from './scope.js';
import { defaultCredential, parseAzureOptions, requireToken } from './source.js';

/** Seams for tests: the CLI passes none. */
export interface AzurePlanDeps {
  credential?: TokenCredential;
  collectors?: readonly Collector[];
}

/**
 * Records per ARM listing page: each resource provider picks its own page size and ARM documents
 * none in general (100 and 1,000 are both common); 100, the smaller, is a guess that errs towards
 * more calls. Only listings longer than a page depend on it.
 */
const ARM_PAGE_GUESS = 100;

/**
 * The Azure scan plan: the subscriptions in scope from the one enumeration call the scan itself
 * makes (the subscriptions listing, or a management group's descendants; none for an explicit
 * list or a workspace) — read-only, and no other call. Each subscription × resource provider
 * becomes a unit; every call of a subscription draws from ARM's one read bucket.
 */
export async function planAzure(options: AzureScanOptions, context: PlanContext, deps: AzurePlanDeps = {}): Promise<ProviderPlan> {
  const resolved = parseAzureOptions(options);
  const endpoint = armEndpointOf(resolved);
  const credential = sharedTokenCredential(deps.credential ?? defaultCredential(resolved));
  await requireToken(credential, endpoint);
  const config: ClientConfig = { credential, endpoint, machineLearningApiVersion: resolved.machineLearningApiVersion, requestTimeoutMs: resolved.timeoutMs };
  const scheduler = new CallScheduler({ timeoutMs: armCallEnvelopeMs(resolved.timeoutMs), perKeyConcurrency: resolved.concurrency });
  const scope = sliceScope(await resolveSubscriptions(resolved, config, scheduler), context.shard);
  const notes = scope.gaps.map((g) => `${g.account} ${g.service}: ${g.errorCode}${g.message ? ` (${g.message})` : ''}`);
  const collectors = deps.collectors ?? azureCollectors;
  const units = scope.subscriptions.flatMap((subscription) => subscriptionUnits(collectors, subscription, context.records));
  return { provider: 'azure', accounts: scope.subscriptions, units, notes };
}

function subscriptionUnits(collectors: readonly Collector[], subscription: string, records: RecordCounts | undefined): PlanUnit[] {
  const known = records?.covers('azure', subscription) === true;
  const countOf = (kind: string) => (known ? records!.count('azure', subscription, kind) : 0);
  const byName = new Map(collectors.map((c) => [c.name, c]));
  const parentsOf = (c: Collector) => (c.parent ? countOf(byName.get(c.parent)?.kind ?? '') : 1);
  return [...new Set(collectors.map((c) => c.service))].map((service) => {
    const own = collectors.filter((c) => c.service === service);
    const groups = own.flatMap((c): CallGroup[] => {
      const calls = callsOf(c, countOf(c.kind), parentsOf(c));
      return calls > 0 ? [{ bucket: `azure|${subscription.toLowerCase()}|reads`, quota: ARM_READ_QUOTA, calls }] : [];
    });
    const assetKinds = own.filter((c) => c.type === 'asset' && !c.embedded).map((c) => countOf(c.kind));
    return planUnit({
      provider: 'azure',
      account: subscription,
      service,
      collectors: own.map((c) => c.name),
      records: known ? assetKinds.reduce((a, b) => a + b, 0) : 'unknown',
      recordsFrom: known ? 'history' : 'unknown',
      groups,
    });
  });
}

/**
 * One collector's calls: records already in the parent's body cost none; a detail read is one call
 * per parent; a listing is its pages, and a child listing one call per parent record at least (none without parents).
 */
function callsOf(c: Collector, records: number, parents: number): number {
  if (c.embedded) return 0;
  if (c.type === 'detail') return parents;
  if (!c.parent) return listPages(records, ARM_PAGE_GUESS);
  return parents === 0 ? 0 : Math.max(parents, listPages(records, ARM_PAGE_GUESS));
}
