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
 * gives them), account-wide reads once; IAM in bulk (GetAccountAuthorizationDetails, 1,000 roles
 * and policies a page, each role with its inline and attached policies, each managed policy with
 * its documents), and an account's alias when nothing else named it.
 */

const pages = (items: number, perPage = 100): number => Math.max(1, Math.ceil(items / perPage));

/** EC2 reads of one region: subnets, security groups, VPCs, route tables, VPC endpoints, flow logs. */
const EC2_READS = 6;
/** Bedrock reads of one region: six listings (custom and imported models, provisioned throughput, guardrails, evaluation jobs, agents, knowledge bases) and the invocation-logging configuration. */
const BEDROCK_READS = 8;

/**
 * The minimum by signing service (`sagemaker`, `tagging`, `s3`, `iam`, …: the emulator's call-log
 * `service`): every account's account-wide reads once (from its home region), every region's reads,
 * the caller's identity and a role per other account.
 */
export function awsMinimumByService(all: AwsEstates): Map<string, number> {
  const byService = new Map<string, number>([['sts', 1 + (all.accounts.length - 1)]]);
  const add = (counts: Record<string, number>): void => {
    for (const [service, calls] of Object.entries(counts)) byService.set(service, (byService.get(service) ?? 0) + calls);
  };
  for (const account of all.accounts) {
    const home = all.estates.get(`${account}|${all.regions[0]}`)!;
    add(accountWideCalls(home));
    for (const region of all.regions) add(regionalCalls(all.estates.get(`${account}|${region}`)!, region === home.region ? home.buckets : []));
  }
  return byService;
}

/** One region's reads; `homedBuckets` are the account's buckets homed in this region (their tags come with the region's bulk tag read). */
function regionalCalls(estate: AwsEstate, homedBuckets: AwsEstate['buckets']): Record<string, number> {
  const sm = estate.sagemaker;
  const sagemaker =
    Object.values(sm.lists).reduce((n, l) => n + pages(l.items.length), 0) +
    [...sm.packagesByGroup.values()].reduce((n, p) => n + pages(p.length), 0) +
    Object.values(sm.describes).reduce((n, d) => n + d.bodies.size, 0) +
    // Each model package group's resource policy (GetModelPackageGroupPolicy): a setting no listing carries.
    sm.packagesByGroup.size;
  // One bulk read of the region's tagged resources: SageMaker's, the ECR repositories' and the buckets homed here.
  const tagging = pages(sm.tags.size + estate.ecr.size + homedBuckets.filter((b) => b.answers.tagging?.[0] === 200).length);
  // KMS: each key the ML assets use is described, with its rotation and policy; no listing is needed to find them.
  return { sagemaker, tagging, ec2: EC2_READS, kms: 3 * estate.kms.size, ecr: 2 + estate.ecr.size, cloudtrail: 1 + 2 * estate.trails.length, bedrock: BEDROCK_READS };
}

function accountWideCalls(estate: AwsEstate): Record<string, number> {
  const ml = new Set(Object.values(estate.names.buckets));
  // ListBuckets, the account's public access block (S3 Control), then each ML bucket's settings but its tags (read in bulk).
  const settings = (b: AwsEstate['buckets'][number]): number => Object.keys(b.answers).filter((sub) => sub !== 'tagging').length;
  const s3 = 2 + estate.buckets.filter((b) => ml.has(b.name)).reduce((n, b) => n + settings(b), 0);
  // Every role with its inline and attached policies, and every managed policy's documents, in GetAccountAuthorizationDetails pages;
  // and the account's name (ListAccountAliases), which reports show: the benchmark names its accounts on the command line, so
  // no Organizations listing names them.
  const iam = pages(estate.iam.roles.size + estate.iam.policies.size, 1000) + 1;
  return { s3, iam };
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
