import { awsQuota } from '../../../providers/aws/quotas.js';
import type { Quota } from '../../../src/scan/pacing.js';
import type { Incoming, Reply, Routed } from './loopback.js';

/**
 * Server-side rate limits of the emulated clouds, off unless an emulator is given a plan:
 *  - AWS: a token bucket per (credentials, region, API operation), as AWS throttles per account,
 *    region and API, answered when empty with the service's own throttling error (JSON 1.1
 *    `ThrottlingException` 400, query-protocol `Throttling` 400, EC2 `RequestLimitExceeded` 503,
 *    S3 `SlowDown` 503: `Protocol.throttled()`). The quotas are the table the scanner is seeded
 *    from, providers/aws/quotas.ts, where each figure's source is written; `quotaScale` shrinks
 *    them so a small test estate meets them.
 *  - ARM: one read bucket per subscription (Azure Resource Manager's token-bucket throttling:
 *    250 requests burst, refilled at 25 per second, per subscription and principal), with
 *    `x-ms-ratelimit-remaining-subscription-reads` on every answer and, when empty, 429
 *    `SubscriptionRequestsThrottled` with the Retry-After (seconds) until a token is back.
 *  - Latency: every answer (served, throttled or failed) is held `latencyMs` before it is sent.
 */

export interface RateLimitPlan {
  /** Multiplies every quota (rate and burst; default 1). */
  quotaScale?: number;
  /** ARM's per-subscription read bucket (default 25/s, burst 250). */
  armQuota?: Quota;
  /** Milliseconds each answer is held before it is sent (default 0). */
  latencyMs?: number;
}

/** What the loopback asks of a cloud's limiter for each cloud call it is about to answer. */
export interface RequestLimiter {
  readonly latencyMs: number;
  /** The bucket the call drew from, and the throttling answer when it was empty. */
  admit(request: Incoming, routed: Routed): Admission;
  /** The answer as sent, with any quota headers the cloud puts on every answer. */
  decorate(request: Incoming, reply: Reply): Reply;
}

export interface Admission {
  /** The bucket's identity (credentials, region and API; or subscription) and its quota. */
  limit: { bucket: string; quota: Quota };
  /** The throttling answer, when the bucket was empty. */
  refused?: Reply;
}

/** ARM's documented read bucket per subscription and principal. */
export const ARM_READ_QUOTA: Quota = { ratePerSecond: 25, burst: 250 };

/** A server-side token bucket: a request takes a token or is refused. */
export class ServerBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly quota: Quota,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = quota.burst;
    this.updatedAt = this.now();
  }

  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  get remaining(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  /** Milliseconds until one token is back. */
  get msToNextToken(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.quota.ratePerSecond) * 1000);
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.quota.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.quota.ratePerSecond);
    this.updatedAt = now;
  }
}

class Buckets {
  private readonly byKey = new Map<string, { bucket: ServerBucket; limit: Admission['limit'] }>();
  get(key: string, quota: () => Quota): { bucket: ServerBucket; limit: Admission['limit'] } {
    let entry = this.byKey.get(key);
    if (!entry) {
      const q = quota();
      entry = { bucket: new ServerBucket(q), limit: { bucket: key, quota: q } };
      this.byKey.set(key, entry);
    }
    return entry;
  }
}

const scaled = (quota: Quota, scale: number): Quota => ({ ratePerSecond: quota.ratePerSecond * scale, burst: Math.max(1, Math.round(quota.burst * scale)) });

/** SigV4 credential scope: access key, region and service (`Credential=AKID/20240101/eu-west-1/sagemaker/aws4_request`). */
function credentialScope(request: Incoming): string {
  const authorization = String(request.headers.authorization ?? '');
  const match = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization);
  return match ? `${match[1]}|${match[2]}` : 'anonymous|unknown';
}

export function awsRateLimiter(plan: RateLimitPlan): RequestLimiter {
  const buckets = new Buckets();
  const scale = plan.quotaScale ?? 1;
  return {
    latencyMs: plan.latencyMs ?? 0,
    admit(request, routed) {
      const key = `${credentialScope(request)}|${routed.service}|${routed.operation}`;
      const { bucket, limit } = buckets.get(key, () => scaled(awsQuota(routed.service, routed.operation), scale));
      return bucket.take() ? { limit } : { limit, refused: routed.protocol.throttled() };
    },
    decorate: (_request, reply) => reply,
  };
}

const SUBSCRIPTION = /^\/subscriptions\/([^/]+)/i;

export function armRateLimiter(plan: RateLimitPlan): RequestLimiter {
  const buckets = new Buckets();
  const quota = scaled(plan.armQuota ?? ARM_READ_QUOTA, plan.quotaScale ?? 1);
  const bucketOf = (request: Incoming) => buckets.get(`subscription ${SUBSCRIPTION.exec(request.url.pathname)?.[1]?.toLowerCase() ?? '(none)'}`, () => quota);
  return {
    latencyMs: plan.latencyMs ?? 0,
    admit(request, routed) {
      const { bucket, limit } = bucketOf(request);
      if (bucket.take()) return { limit };
      const throttled = routed.protocol.throttled();
      const seconds = Math.max(1, Math.ceil(bucket.msToNextToken / 1000));
      return { limit, refused: { ...throttled, headers: { ...throttled.headers, 'retry-after': String(seconds) } } };
    },
    decorate(request, reply) {
      return { ...reply, headers: { ...reply.headers, 'x-ms-ratelimit-remaining-subscription-reads': String(bucketOf(request).bucket.remaining) } };
    },
  };
}
