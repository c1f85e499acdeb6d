import type { AwsEstate } from '../support/emulator/aws/estate.js';
import type { AwsEstates } from '../support/emulator/aws/estates.js';
import type { ArmEstate } from '../support/emulator/azure/estate.js';
import type { CallRecord } from '../support/emulator/loopback.js';

/**
 * The fewest calls an honest inventory of an emulated estate needs, and the shortest time the
 * clouds' quotas allow for a scan's calls. "Honest": every asset read with what the scanner's rules
 * judge, no call skipped by guessing. Listings cost one page per 100 items (the largest page the
 * APIs give; at least one page), a resource whose settings the listing lacks costs one call per
 * setting read, tags are read in bulk (100 resources a page, as the Resource Groups Tagging API
 * gives them), account-wide reads once.
 */

const pages = (items: number): number => Math.max(1, Math.ceil(items / 100));

/** EC2 reads of one region: subnets, security groups, VPCs, route tables, VPC endpoints, flow logs. */
const EC2_READS = 6;
/** Bedrock reads of one region: six listings (custom and imported models, provisioned throughput, guardrails, evaluation jobs, agents, knowledge bases) and the invocation-logging configuration. */
const BEDROCK_READS = 8;

/** Every account's account-wide reads once (from its home region), every region's reads, the caller's identity and a role per other account. */
export function awsMinimumCalls(all: AwsEstates): number {
  let calls = 1 + (all.accounts.length - 1);
  for (const account of all.accounts) {
    calls += accountWideCalls(all.estates.get(`${account}|${all.regions[0]}`)!);
    for (const region of all.regions) calls += regionalCalls(all.estates.get(`${account}|${region}`)!);
  }
  return calls;
}

function regionalCalls(estate: AwsEstate): number {
  const sm = estate.sagemaker;
  const sagemaker =
    Object.values(sm.lists).reduce((n, l) => n + pages(l.items.length), 0) +
    [...sm.packagesByGroup.values()].reduce((n, p) => n + pages(p.length), 0) +
    Object.values(sm.describes).reduce((n, d) => n + d.bodies.size, 0) +
    pages(sm.tags.size);
  const kms = 1 + 3 * estate.kms.size;
  const ecr = 2 + estate.ecr.size;
  const cloudtrail = 1 + 2 * estate.trails.length;
  return sagemaker + EC2_READS + kms + ecr + cloudtrail + BEDROCK_READS;
}

function accountWideCalls(estate: AwsEstate): number {
  const ml = new Set(Object.values(estate.names.buckets));
  // ListBuckets, the account's public access block (S3 Control), then each ML bucket's settings.
  const s3 = 2 + estate.buckets.filter((b) => ml.has(b.name)).reduce((n, b) => n + Object.keys(b.answers).length, 0);
  const roles = [...estate.iam.roles.values()];
  // ListRoles; per role its attached and inline policy lists and each inline document; each managed policy and its default version.
  const iam = pages(roles.length) + roles.reduce((n, r) => n + 2 + r.inline.size, 0) + 2 * estate.iam.policies.size;
  return s3 + iam;
}

/** ARM: every collection (one page per 100 items) and every single resource, once. */
export function armMinimumCalls(estate: ArmEstate): number {
  let calls = estate.singles.size;
  for (const collection of estate.collections.values()) calls += pages(collection.items.length);
  return calls;
}

export interface QuotaBound {
  /** Seconds the busiest bucket needs at its refill rate after its burst: max over buckets of (calls − burst) / rate. */
  seconds: number;
  bucket: string;
  calls: number;
}

/**
 * The shortest time the quotas allow for the calls a run made: each bucket alone needs
 * (calls − burst) / refill seconds, and buckets run in parallel, so the busiest one bounds the scan.
 */
export function quotaBound(calls: readonly CallRecord[]): QuotaBound {
  const byBucket = new Map<string, { calls: number; burst: number; rate: number }>();
  for (const call of calls) {
    if (!call.limit) continue;
    const entry = byBucket.get(call.limit.bucket) ?? { calls: 0, burst: call.limit.quota.burst, rate: call.limit.quota.ratePerSecond };
    entry.calls++;
    byBucket.set(call.limit.bucket, entry);
  }
  let worst: QuotaBound = { seconds: 0, bucket: '(none)', calls: 0 };
  for (const [bucket, b] of byBucket) {
    const seconds = Math.max(0, (b.calls - b.burst) / b.rate);
    if (seconds > worst.seconds) worst = { seconds, bucket, calls: b.calls };
  }
  return worst;
}
