/**
 * A scan plan: what a scan will do before it does it (`mlscan plan`, `mlscan scan --plan-only`).
 * A provider lists its units (account × region × service, subscription × resource provider) from
 * cheap enumeration calls only, and per unit the calls it expects, grouped by the rate-limit
 * bucket they draw from. This module adds them up and derives the least time the quotas allow.
 *
 * Every figure is an estimate and says where its record counts came from: the previous scan in a
 * history file, or nothing (`unknown`: the calls are then the floor of one listing page per
 * collector, and say so). No cloud offers the plan a cheap count today: the enumeration calls
 * (who am I, which accounts, regions and subscriptions) carry none.
 */
import type { Quota } from './pacing.js';
import type { ShardSlice } from './shard.js';

/** Where a unit's record counts came from; `fixed`: the unit's calls do not depend on records (entering an account). */
export type RecordSource = 'history' | 'unknown' | 'fixed';

/** Calls that draw from one rate-limit bucket (an AWS account, region and API; an Azure subscription's reads). */
export interface CallGroup {
  bucket: string;
  quota: Quota;
  calls: number;
}

/** One unit of work: a service of an account in a region, or a resource provider of a subscription. */
export interface PlanUnit {
  provider: string;
  account: string;
  /** Absent for account-wide services (IAM, the S3 listing) and for Azure (a subscription spans regions). */
  region?: string;
  service: string;
  /** The collectors the unit runs, by name. */
  collectors: string[];
  /** Records the unit is expected to read; `unknown` when no history covers its account. */
  records: number | 'unknown';
  recordsFrom: RecordSource;
  /** Estimated calls: listing pages plus per-record detail calls (a floor when records are unknown). */
  calls: number;
  groups: CallGroup[];
}

/** What one provider's `plan()` returns. */
export interface ProviderPlan {
  provider: string;
  /** Accounts or subscriptions in scope (after the shard slice). */
  accounts: string[];
  /** Regions scanned, where the cloud has them (AWS). */
  regions?: string[];
  units: PlanUnit[];
  /** What the plan could not know or assumed, one sentence each (e.g. regions read from the caller's account only). */
  notes: string[];
}

export interface PlanTotals {
  units: number;
  calls: number;
  /** Units whose records are unknown: their calls are a floor. */
  unknownUnits: number;
  /** The least time the quotas allow for the calls (seconds): the slowest bucket, as buckets run side by side. */
  minimumSeconds: number;
}

export interface ScanPlan {
  planId: string;
  shard?: ShardSlice;
  snapshots: string[];
  /** The history file the record counts came from, when one was given. */
  history?: string;
  providers: ProviderPlan[];
  totals: PlanTotals;
}

/**
 * One asset of a previous scan, as the counts read it: a report keeps its `nativeType`; a history
 * keeps its `id` (from which a provider can tell the native type); a hand-made count may keep neither.
 */
export interface CountedAsset {
  provider: string;
  account: string;
  kind: string;
  region: string;
  id?: string;
  nativeType?: string;
}

/** Estimated records by provider, account, region and asset kind, read from a previous scan. */
export interface RecordCounts {
  /** Whether the previous scan covered the account (read an asset of it or named a gap for it). */
  covers(provider: string, account: string): boolean;
  /** Assets of `kind` the previous scan read in the account (in `region`, or in every region when absent). */
  count(provider: string, account: string, kind: string, region?: string): number;
  /** Every asset the previous scan read in the account (any case): for a provider to tell which collector read each one (`recordsByReader`). */
  assets(provider: string, account: string): readonly CountedAsset[];
}

const key = (...parts: string[]) => parts.map((p) => p.toLowerCase()).join('\u0000');

/** What the counts are read from: a recorded scan (a history's newest) or a report. */
export interface CountedScan {
  inventory: { assets: readonly CountedAsset[] };
  coverage: { gaps: readonly { provider: string; account: string }[] };
}

/** The record counts of a recorded scan. */
export function recordCountsOf(scan: CountedScan): RecordCounts {
  const byRegion = new Map<string, number>();
  const byAccount = new Map<string, number>();
  const assetsOf = new Map<string, CountedAsset[]>();
  const accounts = new Set<string>();
  const add = (map: Map<string, number>, k: string) => map.set(k, (map.get(k) ?? 0) + 1);
  for (const a of scan.inventory.assets) {
    const account = key(a.provider, a.account);
    accounts.add(account);
    add(byRegion, key(a.provider, a.account, a.kind, a.region));
    add(byAccount, key(a.provider, a.account, a.kind));
    const list = assetsOf.get(account);
    if (list) list.push(a);
    else assetsOf.set(account, [a]);
  }
  for (const g of scan.coverage.gaps) accounts.add(key(g.provider, g.account));
  return {
    covers: (provider, account) => accounts.has(key(provider, account)),
    count: (provider, account, kind, region) =>
      (region === undefined ? byAccount.get(key(provider, account, kind)) : byRegion.get(key(provider, account, kind, region))) ?? 0,
    assets: (provider, account) => assetsOf.get(key(provider, account)) ?? [],
  };
}

/** A collector as `recordsByReader` sees it: the kinds its records become and the native type they carry. */
export interface RecordReader {
  name: string;
  kinds: readonly string[];
  nativeType: string;
}

/**
 * How a provider compares types: a key for a collector's native type, and the same key for an
 * asset's id when the asset does not carry its native type (a history keeps ids, not native types).
 */
export interface TypeKeys {
  ofNativeType(nativeType: string): string;
  ofId(id: string): string | undefined;
}

/** Records by collector name and region: `of(name)` in every region, `of(name, region)` in one. */
export interface ReaderRecords {
  of(name: string, region?: string): number;
}

/**
 * Which collector read each asset of a previous scan, counted once: collectors share kinds (three
 * kinds of SageMaker job, four of model), so counting a kind for each collector of it counts every
 * record several times. An asset goes to the one collector of its kind; among several, to the one
 * whose native type it has (the asset's own, or the type its id names), or whose type key the
 * asset's begins or ends (ARN `provisioned-model` of `ProvisionedModelThroughput`); none of them
 * (a collector not in `readers` read it): to none. An asset without id or native type goes to the
 * first collector of its kind.
 */
export function recordsByReader(assets: readonly CountedAsset[], readers: readonly RecordReader[], keys: TypeKeys): ReaderRecords {
  const counts = new Map<string, number>();
  const typed = readers.map((r) => ({ reader: r, type: keys.ofNativeType(r.nativeType) }));
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const asset of assets) {
    const candidates = typed.filter((t) => t.reader.kinds.includes(asset.kind));
    if (candidates.length === 0) continue;
    const type = asset.nativeType !== undefined ? keys.ofNativeType(asset.nativeType) : asset.id !== undefined ? keys.ofId(asset.id) : undefined;
    const chosen =
      candidates.length === 1 || type === undefined
        ? candidates[0]
        : (candidates.find((t) => t.type === type) ?? candidates.find((t) => t.type.startsWith(type) || type.startsWith(t.type)));
    if (!chosen) continue;
    bump(key(chosen.reader.name));
    bump(key(chosen.reader.name, asset.region));
  }
  return { of: (name, region) => counts.get(region === undefined ? key(name) : key(name, region)) ?? 0 };
}

/** Listing calls for `records` records at `pageSize` a page: at least one (an empty listing is one call). */
export function listPages(records: number, pageSize: number | undefined): number {
  if (!pageSize || pageSize < 1) return Math.max(1, records);
  return Math.max(1, Math.ceil(records / pageSize));
}

/** Seconds a bucket needs for `calls` beyond its burst at its refill rate (0 when the burst covers them). */
export function bucketSeconds(calls: number, quota: Quota): number {
  return Math.max(0, calls - quota.burst) / quota.ratePerSecond;
}

/** The least time for every group: calls of one bucket add up; buckets run side by side, so the slowest decides. */
export function minimumSeconds(groups: readonly CallGroup[]): number {
  const byBucket = new Map<string, { calls: number; quota: Quota }>();
  for (const g of groups) {
    const seen = byBucket.get(g.bucket);
    if (seen) seen.calls += g.calls;
    else byBucket.set(g.bucket, { calls: g.calls, quota: g.quota });
  }
  let slowest = 0;
  for (const b of byBucket.values()) slowest = Math.max(slowest, bucketSeconds(b.calls, b.quota));
  return slowest;
}

/** A unit from its call groups: the calls are their sum. */
export function planUnit(unit: Omit<PlanUnit, 'calls'>): PlanUnit {
  return { ...unit, calls: unit.groups.reduce((n, g) => n + g.calls, 0) };
}

/** The calls of `plans` by provider (what the progress bar divides by). */
export function estimatedCallsByProvider(plan: Pick<ScanPlan, 'providers'>): Record<string, number> {
  return Object.fromEntries(plan.providers.map((p) => [p.provider, p.units.reduce((n, u) => n + u.calls, 0)]));
}

/** Adds up the providers' plans. */
export function assemblePlan(parts: { planId: string; shard?: ShardSlice; snapshots: readonly string[]; history?: string; providers: ProviderPlan[] }): ScanPlan {
  const units = parts.providers.flatMap((p) => p.units);
  return {
    planId: parts.planId,
    ...(parts.shard ? { shard: parts.shard } : {}),
    snapshots: [...parts.snapshots],
    ...(parts.history ? { history: parts.history } : {}),
    providers: parts.providers,
    totals: {
      units: units.length,
      calls: units.reduce((n, u) => n + u.calls, 0),
      unknownUnits: units.filter((u) => u.records === 'unknown').length,
      minimumSeconds: Math.round(minimumSeconds(units.flatMap((u) => u.groups)) * 10) / 10,
    },
  };
}
