/**
 * Sharded inventories: `mlscan inventory --shard i/N` collects a stable slice of the accounts and
 * subscriptions, so N jobs of an engine a team already runs (a Kubernetes Indexed Job, an AWS
 * Batch array job, a GitHub Actions matrix) share one organisation; `mlscan scan --snapshot
 * 'dir/*.json'` merges their snapshots and names a missing or foreign shard as a coverage gap.
 *
 * Stable: an account's shard is the first 32 bits of SHA-256(`<provider>:<id>`, id lowercased)
 * modulo N. It depends on nothing but the id and N, so adding an account never moves another.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import type { CoverageGap, Provider } from '../model/index.js';

/** Which slice one run takes: `index` counts from 0, as Kubernetes and AWS Batch count. */
export interface ShardSlice {
  index: number;
  count: number;
}

/** What a sharded snapshot carries, so the merge can tell the shards of one run apart from strays. */
export interface ShardStamp extends ShardSlice {
  /** Same for every shard of one run (`--plan-id`, or derived from the sources, N and the UTC day). */
  planId: string;
  /** Live providers whose accounts or subscriptions were sliced (e.g. `aws`, `azure`). */
  providers: Provider[];
}

/** Environment variables that hold a job's index, in the order `--shard auto/N` reads them. */
export const SHARD_INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

const SHARD_FORMAT = /^(auto|\d+)\/(\d+)$/;
const MAX_SHARDS = 1_000;

/**
 * `i/N` (0 ≤ i < N) or `auto/N`, where `auto` is JOB_COMPLETION_INDEX (Kubernetes Indexed Job)
 * or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job). Anything else is a UsageError naming the flag.
 */
export function parseShard(text: string, env: NodeJS.ProcessEnv = process.env): ShardSlice {
  const match = SHARD_FORMAT.exec(text.trim());
  if (!match) throw new UsageError(`--shard: '${text}' is not i/N or auto/N (e.g. 0/4: the first of four shards)`);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw new UsageError(`--shard: the shard count must be 1 to ${MAX_SHARDS}, not ${match[2]}`);
  const index = match[1] === 'auto' ? indexFromEnvironment(env) : Number(match[1]);
  if (index >= count) throw new UsageError(`--shard: index ${index} is not below the shard count ${count} (indexes count from 0)`);
  return { index, count };
}

function indexFromEnvironment(env: NodeJS.ProcessEnv): number {
  for (const name of SHARD_INDEX_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!/^\d+$/.test(value.trim())) throw new UsageError(`--shard auto: ${name} is '${value}', not a job index`);
    return Number(value.trim());
  }
  throw new UsageError(`--shard auto/N: neither ${SHARD_INDEX_VARIABLES.join(' nor ')} is set; give the index as i/N`);
}

/** The shard (0 … count-1) an account or subscription belongs to. */
export function shardOf(provider: string, id: string, count: number): number {
  const digest = createHash('sha256').update(`${provider}:${id.toLowerCase()}`, 'utf8').digest();
  return digest.readUInt32BE(0) % count;
}

/** The ids of `ids` that fall in `slice` (all of them without one), in their order. */
export function takeShard<T extends string>(provider: string, ids: readonly T[], slice: ShardSlice | undefined): T[] {
  if (!slice || slice.count === 1) return [...ids];
  return ids.filter((id) => shardOf(provider, id, slice.count) === slice.index);
}

/**
 * The plan id when none is given: the same for every shard started with the same sources and
 * options on the same UTC day. A run that can cross midnight, or two runs a day, should pass
 * `--plan-id` (a CI run id, the Kubernetes job name).
 */
export function derivePlanId(sources: unknown, count: number, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const digest = createHash('sha256').update(stableJson({ sources, count, day }), 'utf8').digest('hex');
  return `${day}-${digest.slice(0, 12)}`;
}

/** JSON with object keys sorted at every level, so equal options give equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A sharded inventory, as the merge sees it. */
export interface StampedPart {
  shard?: ShardStamp | undefined;
  /** Where it came from (a snapshot file), for the gap message. */
  origin?: string | undefined;
}

/**
 * Checks the shards among `parts`: the run is the plan (id and count) most of them carry (on a
 * tie, the first given); a part of another plan is foreign and left out; every index of the run
 * that no part holds is missing. Both become coverage gaps, one per provider the shards sliced.
 */
export function checkShards<T extends StampedPart>(parts: readonly T[]): { kept: T[]; gaps: CoverageGap[] } {
  const stamped = parts.filter((p) => p.shard);
  if (stamped.length === 0) return { kept: [...parts], gaps: [] };
  const keyOf = (s: ShardStamp) => `${s.planId}\u0000${s.count}`;
  const votes = new Map<string, number>();
  for (const part of stamped) votes.set(keyOf(part.shard!), (votes.get(keyOf(part.shard!)) ?? 0) + 1);
  const plan = stamped.find((p) => votes.get(keyOf(p.shard!)) === Math.max(...votes.values()))!.shard!;
  const gaps: CoverageGap[] = [];
  const kept = parts.filter((part) => {
    if (!part.shard || keyOf(part.shard) === keyOf(plan)) return true;
    const s = part.shard;
    gaps.push(...shardGaps(s, 'ShardForeign', `${part.origin ?? 'a snapshot'} is shard ${s.index} of ${s.count} of plan ${s.planId}, not of plan ${plan.planId} (${plan.count} shards) that the other shards belong to: not merged`));
    return false;
  });
  const present = new Set(kept.flatMap((p) => (p.shard ? [p.shard.index] : [])));
  const providers = [...new Set(kept.flatMap((p) => p.shard?.providers ?? []))].sort();
  for (let index = 0; index < plan.count; index++) {
    if (present.has(index)) continue;
    gaps.push(...shardGaps({ ...plan, index, providers }, 'ShardMissing', `shard ${index} of ${plan.count} of plan ${plan.planId} is missing: the accounts and subscriptions it holds were not scanned`));
  }
  return { kept, gaps };
}

function shardGaps(shard: ShardStamp, errorCode: string, message: string): CoverageGap[] {
  return shard.providers.map((provider) => ({ provider, account: `shard ${shard.index}/${shard.count}`, service: 'mlscan-shard', errorCode, message }));
}
