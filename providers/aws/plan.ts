import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { UserError } from '../../src/errors.js';
import { listPages, planUnit, recordsByReader, type CallGroup, type PlanUnit, type ProviderPlan, type ReaderRecords, type RecordCounts, type TypeKeys } from '../../src/scan/plan.js';
import type { PlanContext } from '../../src/scan/provider-plugin.js';
import { CallScheduler } from '../../src/scan/scheduler.js';
import { takeShard } from '../../src/scan/shard.js';
import { parseArn } from './arn.js';
import { AccountClients, sdkCallTimeoutMs, type Credentials } from './clients.js';
import type { AnyCollector, DetailSpec, RecordContext } from './collector.js';
import { awsCollectors } from './collectors/index.js';
import { callerErrorMessage } from './credential.js';
import { errorCode, safeMessage } from './errors.js';
import { getResources } from './bulk-tags.js';
import type { AwsScanOptions } from './options.js';
import type { Operation } from './operations.js';
import { awsQuota } from './quotas.js';
import { callerIdentity, enabledRegions, organisationAccounts, scopeOps, type Caller } from './scope.js';
import type { SendDeps } from './send.js';
import { parseAwsOptions, withWorkspaceScope } from './source.js';
import { awsWorkspace } from './workspace-scope.js';

/** Seams for tests: the CLI passes none. */
export interface AwsPlanDeps {
  credentials?: Credentials;
  clientConfig?: Record<string, unknown>;
  collectors?: readonly AnyCollector[];
}

/** Resources per GetResources page (operations.ts: ResourcesPerPage 1..100). */
const BULK_TAGS_PAGE = 100;

/**
 * The AWS scan plan: the caller (STS GetCallerIdentity), the organisation's accounts when `org`
 * (Organizations ListAccounts, paged) and the enabled regions when none are given (EC2
 * DescribeRegions, in the caller's account) — read-only, and no other call. Every account ×
 * region × service the scan would run becomes a unit, its calls estimated from the history.
 */
export async function planAws(options: AwsScanOptions, context: PlanContext, deps: AwsPlanDeps = {}): Promise<ProviderPlan> {
  const o = parseAwsOptions(withWorkspaceScope(options, awsWorkspace(options)));
  const homeRegion = o.homeRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? o.regions?.[0] ?? 'us-east-1';
  const scheduler = new CallScheduler({ perKeyConcurrency: o.concurrency, timeoutMs: sdkCallTimeoutMs(o.timeoutMs, o.maxAttempts), retries: o.maxAttempts - 1 });
  const clients = new AccountClients(deps.credentials ?? fromNodeProviderChain(o.profile ? { profile: o.profile } : {}), {
    requestTimeoutMs: o.timeoutMs,
    ...(deps.clientConfig ? { extra: deps.clientConfig } : {}),
  });
  const send: SendDeps = { scheduler, clients };
  const notes: string[] = [];
  try {
    const caller = await identify(send, homeRegion, o.profile);
    const callerCalls = scheduler.stats.calls;
    const listed = o.org ? await orgAccounts(send, caller, homeRegion, notes) : (o.accounts ?? [caller.account]);
    // The scan reads the caller and the organisation as this plan just did: as many calls again.
    const discovery = discoveryUnit(caller, homeRegion, scheduler.stats.calls - callerCalls);
    const accounts = takeShard('aws', listed, context.shard);
    const regions = homeFirst(o.regions ?? (await callerRegions(send, caller, homeRegion, notes)), homeRegion);
    if (accounts.some((a) => a !== caller.account) && !o.regions) notes.push("regions: the caller's enabled regions, assumed for every account (a member account's own list is read only by the scan)");
    const collectors = deps.collectors ?? awsCollectors;
    const entry = { caller, homeRegion, regionsGiven: o.regions !== undefined };
    const units = accounts.flatMap((account) => [accountEntryUnit(account, entry), ...accountUnits(collectors, account, regions, context.records)]);
    return { provider: 'aws', accounts, regions, units: [discovery, ...units], notes };
  } finally {
    clients.destroy();
  }
}

async function identify(send: SendDeps, homeRegion: string, profile: string | undefined): Promise<Caller> {
  try {
    return await callerIdentity(send, homeRegion);
  } catch (error) {
    throw new UserError(callerErrorMessage(errorCode(error), error, profile), { cause: error });
  }
}

/** The organisation's active accounts; when the listing fails, the caller's account alone (and a note). */
async function orgAccounts(send: SendDeps, caller: Caller, homeRegion: string, notes: string[]): Promise<string[]> {
  const read = await organisationAccounts(send, caller, homeRegion);
  if (read.error !== undefined) notes.push(`organizations:ListAccounts stopped after ${read.items.length} account(s): ${errorCode(read.error)}`);
  return read.items.length ? read.items.map((a) => a.id) : [caller.account];
}

async function callerRegions(send: SendDeps, caller: Caller, homeRegion: string, notes: string[]): Promise<string[]> {
  try {
    return await enabledRegions(send, caller.account, caller.partition, homeRegion);
  } catch (error) {
    notes.push(`ec2:DescribeRegions failed (${errorCode(error)}: ${safeMessage(error) ?? ''}): the home region alone`);
    return [homeRegion];
  }
}

function homeFirst(regions: readonly string[], homeRegion: string): string[] {
  return regions.includes(homeRegion) ? [homeRegion, ...regions.filter((r) => r !== homeRegion)] : [...regions];
}

/**
 * The calls that open an account before its collectors run: AssumeRole into another account than
 * the caller's, its enabled regions when none are given, and its IAM alias (asked when
 * Organizations gave no name: counted always, one call at most).
 */
function accountEntryUnit(account: string, entry: { caller: Caller; homeRegion: string; regionsGiven: boolean }): PlanUnit {
  const own: UnitScope = { account, region: undefined, callRegion: entry.homeRegion, service: 'sts' };
  const groups = [
    ...(account === entry.caller.account ? [] : [group({ ...own, account: entry.caller.account }, scopeOps.assumeRole, 1)]),
    ...(entry.regionsGiven ? [] : [group(own, scopeOps.describeRegions, 1)]),
    group(own, scopeOps.listAccountAliases, 1),
  ];
  return planUnit({ provider: 'aws', account, service: 'account-entry', collectors: [], records: 0, recordsFrom: 'fixed', groups });
}

/** Who the caller is (GetCallerIdentity) and, with `org`, the organisation's account pages: `orgPages` calls, as the plan made them. */
function discoveryUnit(caller: Caller, homeRegion: string, orgPages: number): PlanUnit {
  const s: UnitScope = { account: caller.account, region: undefined, callRegion: homeRegion, service: 'sts' };
  const groups = [group(s, scopeOps.getCallerIdentity, 1), ...(orgPages > 0 ? [group(s, scopeOps.listAccounts, orgPages)] : [])];
  return planUnit({ provider: 'aws', account: caller.account, service: 'discovery', collectors: [], records: 0, recordsFrom: 'fixed', groups });
}

/** The service a collector's calls count under: its listing's or its reference read's. */
function serviceOf(c: AnyCollector): string {
  return (c.list?.op ?? c.refs?.op)!.service;
}

/** A collector's native type against an ARN: `sagemaker:notebookinstance` for both `AWS::SageMaker::NotebookInstance` and `arn:aws:sagemaker:…:notebook-instance/x`. */
const ARN_TYPE_KEYS: TypeKeys = {
  ofNativeType: (nativeType) => {
    const [, service = '', type = ''] = nativeType.split('::');
    return `${service}:${type}`.toLowerCase().replace(/[^a-z0-9:]/g, '');
  },
  ofId: (id) => {
    const arn = parseArn(id);
    return arn ? `${arn.service}:${arn.resource.split(/[/:]/)[0] ?? ''}`.toLowerCase().replace(/[^a-z0-9:]/g, '') : undefined;
  },
};

/** The previous scan's records of each collector in the account; undefined when it did not cover the account. */
function accountRecords(collectors: readonly AnyCollector[], account: string, records: RecordCounts | undefined): ReaderRecords | undefined {
  if (!records?.covers('aws', account)) return undefined;
  const readers = collectors.map((c) => ({ name: c.name, kinds: [c.kind], nativeType: c.nativeType }));
  return recordsByReader(records.assets('aws', account), readers, ARN_TYPE_KEYS);
}

/** The units of one account: per region, each service's regional collectors; once, in the home region, the account-wide ones. */
function accountUnits(collectors: readonly AnyCollector[], account: string, regions: readonly string[], records: RecordCounts | undefined): PlanUnit[] {
  const units: PlanUnit[] = [];
  const home = regions[0];
  const counts = accountRecords(collectors, account, records);
  // Details the runner makes once per account or region (identical calls): counted where first met.
  const once = new Set<string>();
  const scopes: { region: string | undefined; callRegion: string; scope: 'regional' | 'account' }[] = [
    ...regions.map((region) => ({ region, callRegion: region, scope: 'regional' as const })),
    ...(home ? [{ region: undefined, callRegion: home, scope: 'account' as const }] : []),
  ];
  for (const { region, callRegion, scope } of scopes) {
    const inScope = collectors.filter((c) => c.scope === scope);
    for (const service of [...new Set(inScope.map(serviceOf))]) {
      units.push(serviceUnit(inScope.filter((c) => serviceOf(c) === service), { account, region, callRegion, service, counts, once }));
    }
    if (region) {
      // Account-wide records homed in the region (S3 buckets) are tagged by the region's read too.
      const tagged = bulkTagsUnit(collectors, { account, region, callRegion, service: 'tagging', counts, once });
      if (tagged) units.push(tagged);
    }
  }
  return units;
}

interface UnitScope {
  account: string;
  /** The unit's region (absent: account-wide). */
  region: string | undefined;
  /** Where the calls go (account-wide calls go to the home region). */
  callRegion: string;
  service: string;
  /** The previous scan's records by collector; absent when it did not cover the account. */
  counts?: ReaderRecords | undefined;
  /** Keys of the once-per-account or once-per-region details already counted in the account. */
  once?: Set<string>;
}

/** Records of `c` the history saw in this scope, or undefined when the history does not cover the account. */
function recordsOf(c: AnyCollector, s: UnitScope): number | undefined {
  return s.counts?.of(c.name, s.region);
}

function group(s: UnitScope, op: Pick<Operation, 'service' | 'name'>, calls: number): CallGroup {
  return { bucket: `aws|${s.account}|${s.callRegion}|${op.service}:${op.name}`, quota: awsQuota(op.service, op.name), calls };
}

/**
 * Whether a detail's request is the same for every record (it reads the account or region only,
 * e.g. the account's public access block, the registry's scanning settings): the runner then makes
 * it once per region (per account when `perAccount`). Told by building the request for two
 * records whose every field differs: a request that does not change reads no record.
 */
function sameForEveryRecord(d: DetailSpec): boolean {
  let same = sameRequests.get(d);
  if (same === undefined) {
    same = d.each === undefined && probeSame(d);
    sameRequests.set(d, same);
  }
  return same;
}

const sameRequests = new WeakMap<DetailSpec, boolean>();

function probeSame(d: DetailSpec): boolean {
  const record = (tag: string) => new Proxy({}, { get: (_target, field) => (typeof field === 'string' ? `${tag}-${field}` : undefined) });
  const ctx: RecordContext = { partition: 'aws', account: '000000000000', region: 'plan-1', details: {}, has: () => false };
  try {
    return JSON.stringify(d.input(record('a'), ctx)) === JSON.stringify(d.input(record('b'), ctx));
  } catch {
    return false; // the request reads the record's fields (a missing one threw)
  }
}

/**
 * A detail's calls for `n` records: one per record; once per account (`perAccount`, keyed by the
 * operation and detail or shared read, as the runner's memo is) or once per region (a request the
 * same for every record), counted in the first unit that has records; none for a bulk-tagged detail (the region's
 * GetResources read: `bulkTagsUnit`) or one standing in for a bulk read (it runs only when that
 * fails). A `when` detail is counted for every record: the condition reads what the history does not keep.
 */
function detailCalls(d: DetailSpec, c: AnyCollector, n: number, s: UnitScope): number {
  if (d.bulkTags || d.fallbackFor || n === 0) return 0;
  const perAccount = d.perAccount === true || c.scope === 'account';
  if (!d.perAccount && !sameForEveryRecord(d)) return n;
  // Details sharing one read (`share`) are one call between them, as the runner makes it.
  const onceKey = `${perAccount ? '*' : s.callRegion}|${d.op.name}|${d.share?.read ?? d.key}`;
  if (s.once?.has(onceKey)) return 0;
  s.once?.add(onceKey);
  return 1;
}

/**
 * One collector's calls for `n` records: listing pages (per parent record for a child listing),
 * or batched reads of the references, then its details (`detailCalls`).
 */
function collectorGroups(c: AnyCollector, n: number, parents: number, s: UnitScope): CallGroup[] {
  const groups: CallGroup[] = [];
  const listed = c.parent && parents === 0 ? 0 : Math.max(c.parent ? parents : 1, listPages(n, c.list?.op.pageSize?.max));
  if (c.list && listed > 0) groups.push(group(s, c.list.op, listed));
  // References a bulk read holds (IAM roles in GetAccountAuthorizationDetails) cost no call of their own.
  else if (c.refs && !c.refs.bulk) groups.push(group(s, c.refs.op, Math.ceil(n / (c.refs.batch ?? 1))));
  for (const d of c.details ?? []) {
    const calls = detailCalls(d, c, n, s);
    if (calls > 0) groups.push(group(s, d.op, calls));
  }
  return groups;
}

function serviceUnit(collectors: readonly AnyCollector[], s: UnitScope): PlanUnit {
  const counts = collectors.map((c) => recordsOf(c, s));
  const known = s.counts !== undefined;
  const byName = new Map(collectors.map((c, i) => [c.name, counts[i] ?? 0]));
  const groups = collectors.flatMap((c, i) => collectorGroups(c, counts[i] ?? 0, c.parent ? (byName.get(c.parent) ?? 0) : 1, s));
  return planUnit({
    provider: 'aws',
    account: s.account,
    ...(s.region ? { region: s.region } : {}),
    service: s.service,
    collectors: collectors.map((c) => c.name),
    records: known ? counts.reduce<number>((a, b) => a + (b ?? 0), 0) : 'unknown',
    recordsFrom: known ? 'history' : 'unknown',
    groups,
  });
}

/** The region's bulk tag read (GetResources), when any collector's tags come from it: pages of the tagged records. */
function bulkTagsUnit(collectors: readonly AnyCollector[], s: UnitScope): PlanUnit | undefined {
  const tagged = collectors.filter((c) => c.details?.some((d) => d.bulkTags));
  if (tagged.length === 0) return undefined;
  const known = s.counts !== undefined;
  const n = tagged.reduce((sum, c) => sum + (recordsOf(c, s) ?? 0), 0);
  return planUnit({
    provider: 'aws',
    account: s.account,
    region: s.region!,
    service: s.service,
    collectors: tagged.map((c) => c.name),
    records: known ? n : 'unknown',
    recordsFrom: known ? 'history' : 'unknown',
    groups: [group(s, getResources, listPages(n, BULK_TAGS_PAGE))],
  });
}
