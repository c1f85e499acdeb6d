import type { TokenCredential } from '@azure/core-auth';
import { listPages, planUnit, recordsByReader, type CallGroup, type PlanUnit, type ProviderPlan, type ReaderRecords, type RecordCounts, type TypeKeys } from '../../src/scan/plan.js';
import type { PlanContext } from '../../src/scan/provider-plugin.js';
import { CallScheduler } from '../../src/scan/scheduler.js';
import { parseArmId } from './arm.js';
import type { ClientConfig } from './clients.js';
import type { Collector } from './collector.js';
import { azureCollectors } from './collectors/index.js';
import { sharedTokenCredential } from './credential.js';
import { armCallEnvelopeMs } from './pipeline.js';
import { armEndpointOf, type AzureScanOptions } from './options.js';
import { ARM_READ_QUOTA } from './runner.js';
import { TENANT_ACCOUNT } from './management-group-path.js';
import { resolveSubscriptions, sliceScope, type ResolvedScope } from './scope.js';
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
 * becomes a unit, each collector counting the records it read in the previous scan; every call of
 * a subscription draws from ARM's one read bucket. Units of their own: that enumeration, which the
 * scan makes again, and the reads that name the subscriptions and place them in their groups.
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
  // The scan lists the subscriptions (or the management group) as this plan just did: as many calls again.
  const discovery = tenantUnit('discovery', scheduler.stats.calls);
  const units = scope.subscriptions.flatMap((subscription) => subscriptionUnits(collectors, subscription, context.records));
  return { provider: 'azure', accounts: scope.subscriptions, units: [...(discovery.calls > 0 ? [discovery] : []), ...units, ...accountReads(scope, notes)], notes };
}

/** Tenant-level reads (the subscriptions or management-group listing, the group hierarchy): ARM's tenant read bucket. */
function tenantUnit(service: string, calls: number): PlanUnit {
  const groups = calls > 0 ? [{ bucket: `azure|${TENANT_ACCOUNT}|reads`, quota: ARM_READ_QUOTA, calls }] : [];
  return planUnit({ provider: 'azure', account: TENANT_ACCOUNT, service, collectors: [], records: 0, recordsFrom: 'fixed', groups });
}

/**
 * The reads that name and place the subscriptions (subscription-names.ts): one Subscriptions - Get
 * for each subscription no listing named (given explicitly), drawing from its own read bucket; then,
 * unless the management-group listing placed them all, the hierarchy of their tenant: Management
 * Groups - Get of the root and the first page of Get Descendants (more pages for a large tenant).
 */
function accountReads(scope: ResolvedScope, notes: string[]): PlanUnit[] {
  const named = new Set((scope.accounts ?? []).map((a) => a.id.toLowerCase()));
  const unnamed = scope.subscriptions.filter((id) => !named.has(id.toLowerCase()));
  const names = unnamed.map((id) =>
    planUnit({ provider: 'azure', account: id, service: 'Microsoft.Resources', collectors: [], records: 0, recordsFrom: 'fixed', groups: [{ bucket: `azure|${id.toLowerCase()}|reads`, quota: ARM_READ_QUOTA, calls: 1 }] }),
  );
  const placed = new Set((scope.accounts ?? []).filter((a) => a.path).map((a) => a.id.toLowerCase()));
  if (scope.subscriptions.every((id) => placed.has(id.toLowerCase()))) return names;
  const tenants = new Set(scope.subscriptions.flatMap((id) => scope.tenantIds?.get(id.toLowerCase()) ?? []));
  // Explicit subscriptions: their tenant is known once the scan has read them; one tenant is assumed.
  if (unnamed.length > 0 && tenants.size === 0) notes.push('management-group paths: one tenant assumed for the subscriptions given (their tenant is read by the scan)');
  return [...names, tenantUnit('Microsoft.Management', 2 * Math.max(1, tenants.size))];
}

/** A collector's native type against an ARM id: the resource provider and the types of the id (`microsoft.machinelearningservices/workspaces/computes`). */
const ARM_TYPE_KEYS: TypeKeys = {
  ofNativeType: (nativeType) => nativeType.toLowerCase(),
  ofId: (id) => {
    const parsed = parseArmId(id);
    return parsed.namespace ? [parsed.namespace, ...parsed.segments.map(([type]) => type)].join('/').toLowerCase() : undefined;
  },
};

/** The previous scan's records of each asset collector in the subscription (a feature store is a record of the workspaces listing). */
function subscriptionRecords(collectors: readonly Collector[], subscription: string, records: RecordCounts): ReaderRecords {
  const readers = collectors.flatMap((c) => (c.type === 'asset' ? [{ name: c.name, kinds: [c.kind, ...Object.values(c.recordKinds ?? {})], nativeType: c.nativeType }] : []));
  return recordsByReader(records.assets('azure', subscription), readers, ARM_TYPE_KEYS);
}

function subscriptionUnits(collectors: readonly Collector[], subscription: string, records: RecordCounts | undefined): PlanUnit[] {
  const counts = records?.covers('azure', subscription) === true ? subscriptionRecords(collectors, subscription, records) : undefined;
  const known = counts !== undefined;
  const countOf = (c: Collector) => counts?.of(c.name) ?? 0;
  const byName = new Map(collectors.map((c) => [c.name, c]));
  const parentsOf = (c: Collector) => {
    const parent = c.parent ? byName.get(c.parent) : undefined;
    return parent ? countOf(parent) : c.parent ? 0 : 1;
  };
  return [...new Set(collectors.map((c) => c.service))].map((service) => {
    const own = collectors.filter((c) => c.service === service);
    const groups = own.flatMap((c): CallGroup[] => {
      const calls = callsOf(c, countOf(c), parentsOf(c));
      return calls > 0 ? [{ bucket: `azure|${subscription.toLowerCase()}|reads`, quota: ARM_READ_QUOTA, calls }] : [];
    });
    const assetKinds = own.filter((c) => c.type === 'asset' && !c.embedded).map(countOf);
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
