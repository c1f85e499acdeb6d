import type { Quota, ThrottleSignal } from '../../src/scan/pacing.js';
import { isThrottling } from './errors.js';

/**
 * The request quotas the scanner paces AWS calls by: AWS throttles per (account, region, API),
 * so every API of every account and region gets its own token bucket, seeded from the figure
 * below and slowed down by throttles it meets (src/scan/pacing.ts). Where AWS documents a quota
 * the source is named; where it does not, the figure is the one commonly observed (and used by
 * the test emulator, test/support/emulator/rate-limits.ts), kept on the low side: a bucket grows
 * back only to its seed, so a seed above the real quota costs throttles, one below it costs time.
 */

/** An API family's quota: the first rule whose pattern matches the operation name wins. */
type QuotaRule = [pattern: RegExp, quota: Quota];

const q = (ratePerSecond: number, burst: number): Quota => ({ ratePerSecond, burst });

const QUOTAS: Record<string, readonly QuotaRule[]> = {
  // SageMaker publishes no control-plane request rates; commonly observed (and issue 10's figures):
  // List* 5/s burst 10, Describe* 10/s burst 20; ListTags and Search as List*.
  sagemaker: [
    [/^Describe/, q(10, 20)],
    [/^(List|Search)/, q(5, 10)],
  ],
  // EC2 API request throttling (docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html):
  // non-mutating (Describe*) actions, bucket 100, refill 20 per second, per account and region.
  ec2: [[/./, q(20, 100)]],
  // KMS request quotas (docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html)
  // are per API, in the hundreds to thousands per second for these reads (figures not copied
  // here); paced at a conservative 100/s, far above the scanner's needs either way.
  kms: [[/./, q(100, 100)]],
  // IAM documents no per-API request rate; commonly observed around 20 requests per second per account.
  iam: [[/./, q(20, 40)]],
  // STS publishes no request rate (the IAM/STS quotas page lists size quotas only); an assumed 50/s.
  sts: [[/./, q(50, 100)]],
  // Organizations documents throttling without figures; commonly observed about 10 per second per account.
  organizations: [[/./, q(10, 20)]],
  // CloudTrail's quotas page lists per-API TPS for management calls; 10/s assumed for these reads (not re-verified).
  cloudtrail: [[/./, q(10, 10)]],
  // ECR's service quotas list API rates per operation; 20/s assumed for these reads (not re-verified).
  ecr: [[/./, q(20, 40)]],
  // S3 bucket-configuration reads (GetBucket*) have no published per-API rate; ListBuckets is
  // throttled well before the 5,500 GET per prefix data-plane figure: 50/s observed.
  s3: [[/./, q(50, 100)]],
  s3control: [[/./, q(20, 40)]],
  // Bedrock control-plane reads: no figure verified; 10/s assumed.
  bedrock: [[/./, q(10, 20)]],
  'bedrock-agent': [[/./, q(10, 20)]],
};

/** For services not in the table (added later): a cautious 10 per second. */
const FALLBACK = q(10, 20);

/** The quota AWS applies to `operation` of `service` in one account and region. */
export function awsQuota(service: string, operation: string): Quota {
  return QUOTAS[service]?.find(([pattern]) => pattern.test(operation))?.[1] ?? FALLBACK;
}

/** A throttled AWS answer, with the Retry-After it carried (AWS seldom sends one; S3 and a few services may). */
export function awsThrottle(error: unknown): ThrottleSignal | undefined {
  if (!isThrottling(error)) return undefined;
  const header = (error as { $response?: { headers?: Record<string, string | undefined> } }).$response?.headers?.['retry-after'];
  const seconds = header === undefined ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? { retryAfterMs: seconds * 1000 } : {};
}
