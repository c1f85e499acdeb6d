import { AsyncLocalStorage } from 'node:async_hooks';
import PQueue from 'p-queue';
import { Pacer, type BucketTuning, type Quota, type ThrottleSignal, type TokenBucket } from './pacing.js';
import { isTransient } from './transient.js';

/** Where a call goes; calls with the same key share one concurrency budget. */
export interface CallKey {
  provider: string;
  /** AWS account id or Azure subscription id. */
  account: string;
  /** AWS region; omitted for global services and Azure. */
  region?: string;
  /** SDK service or Azure resource provider, e.g. `sagemaker`, `Microsoft.Storage`. */
  service: string;
  /** The API the cloud rate-limits on (AWS throttles per API): calls then get slots per API, not per service. */
  api?: string;
  /** The cloud quota this call draws from: its token bucket's identity and seeded quota. */
  pace?: { bucket: string; quota: Quota };
}

export interface SchedulerOptions {
  /** Calls in flight across everything. */
  globalConcurrency?: number;
  /** Calls in flight per (provider, account, region, service[, api]). */
  perKeyConcurrency?: number;
  /** An attempt that takes longer is aborted and rejected with a CallTimeoutError (retried like any transient fault). */
  timeoutMs?: number;
  /** Retries of a transient failure after the first attempt (default 3). */
  retries?: number;
  /**
   * Retries the whole scan may spend: this many (default 1,000), plus `retryShare` of the calls it
   * has asked for so far (default 0.25), so a big scan through a 10% fault rate keeps retrying while
   * a cloud that fails everything costs at most about a quarter more calls. Once spent, a transient
   * failure is final.
   */
  retryBudget?: number;
  retryShare?: number;
  /** Retries of a throttled answer after the first attempt, paced by the call's bucket (default 9); they do not spend the retry budget. */
  throttleRetries?: number;
  /** Tuning of the token buckets (tests pass a clock). */
  pacing?: BucketTuning;
  /** Back-off before retry n is drawn from [0, min(cap, base × 2^(n-1))] ("full jitter"). */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** Source of jitter (tests pass a seeded one). */
  random?: () => number;
  /** Told of every attempt as it starts (drives the progress bar). */
  onCall?: (key: CallKey, operation: string) => void;
}

export interface RunOptions {
  /**
   * Cloud-specific transient faults to retry besides the generic ones (`isTransient`: timeouts,
   * resets, cut-off or unparseable bodies, 5xx). Return false to make an error final at once.
   */
  retryable?: (error: unknown) => boolean;
  /**
   * Whether the error is the cloud throttling the call (and any Retry-After it gave). A throttled
   * call slows its bucket down and is retried once the bucket allows, outside every slot.
   */
  throttled?: (error: unknown) => ThrottleSignal | undefined;
  /** The scan's cancellation: no retry is started once it is aborted. */
  signal?: AbortSignal | undefined;
}

export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeoutError';
  readonly code = 'Timeout';
  constructor(operation: string, ms: number) {
    super(`${operation} did not answer within ${ms} ms`);
  }
}

export interface SchedulerStats {
  /** Attempts started. */
  calls: number;
  /** Calls that failed for good (after their retries). */
  failed: number;
  /** Attempts repeated after a transient fault. */
  retries: number;
  /** Transient failures left final because the scan's retry budget was spent. */
  budgetExhausted: number;
  /** Remaining-quota headers that said less than the reserve is left (the bucket then held calls back). */
  paused: number;
  /** Throttled answers seen (each one retried while the call's throttle retries last). */
  throttled: number;
  /** Milliseconds calls spent waiting for their bucket, summed over calls. */
  pacedMs: number;
}

/** How many attempts a failed call made; gap messages say "after N attempts". */
export function attemptsOf(error: unknown): number | undefined {
  const n = (error as { mlscanAttempts?: unknown } | null)?.mlscanAttempts;
  return typeof n === 'number' ? n : undefined;
}

/**
 * The one scheduler every cloud call goes through: a global budget, a budget per account /
 * region / service (per API where the call names one, as AWS throttles per API), a timeout per
 * attempt (the AbortSignal is handed to the SDK), retries of transient faults with jittered
 * exponential back-off, and pacing: a call that declares its cloud quota (`CallKey.pace`) takes a
 * token from that quota's bucket before it is sent (see pacing.ts), a throttled answer slows the
 * bucket down and is retried after the Retry-After the cloud gave, once the bucket allows, and
 * remaining-quota headers cap the bucket. Every wait (back-off, pacing, Retry-After) happens outside the
 * concurrency slots, so it never counts against a timeout or holds a slot other calls could use,
 * but one: a call that took its token on time but got its slot late waits in its own slot (which
 * only calls of the same bucket share) until the bucket, counted by the calls actually sent, has
 * its token again (TokenBucket.admit), so that calls kept waiting together do not reach the cloud
 * together.
 */
export class CallScheduler {
  readonly stats: SchedulerStats = { calls: 0, failed: 0, retries: 0, budgetExhausted: 0, paused: 0, throttled: 0, pacedMs: 0 };
  /** Buckets whose reserve was capped by the latest remaining-quota header: the reserve asked for, the one kept, and the burst learnt. */
  readonly reserveCaps = new Map<string, { asked: number; kept: number; burst: number }>();
  private readonly global: PQueue;
  private readonly perKey = new Map<string, PQueue>();
  private readonly pacer: Pacer;
  /** The number (TokenBucket.send) of the paced call whose code is running. */
  private readonly sending = new AsyncLocalStorage<number>();
  private readonly perKeyConcurrency: number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly throttleRetries: number;
  private retryBudget: number;
  private readonly retryShare: number;
  /** Calls asked for (each counted once, however many attempts it makes). */
  private requested = 0;
  private readonly backoffBaseMs: number;
  private readonly backoffCapMs: number;
  private readonly random: () => number;
  private readonly onCall: SchedulerOptions['onCall'];

  constructor(options: SchedulerOptions = {}) {
    this.global = new PQueue({ concurrency: options.globalConcurrency ?? 32 });
    this.perKeyConcurrency = options.perKeyConcurrency ?? 4;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.throttleRetries = options.throttleRetries ?? 9;
    this.retryBudget = options.retryBudget ?? 1_000;
    this.retryShare = options.retryShare ?? 0.25;
    this.backoffBaseMs = options.backoffBaseMs ?? 200;
    this.backoffCapMs = options.backoffCapMs ?? 5_000;
    this.random = options.random ?? Math.random;
    this.onCall = options.onCall;
    this.pacer = new Pacer(options.pacing);
  }

  /** Timeout of one attempt, for providers that set the same limit on their SDK's requests. */
  get attemptTimeoutMs(): number {
    return this.timeoutMs;
  }

  async run<T>(key: CallKey, operation: string, call: (signal: AbortSignal) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const id = keyString(key);
    this.requested++;
    const bucket = key.pace ? this.pacer.bucket(key.pace.bucket, key.pace.quota) : undefined;
    let throttles = 0;
    for (let attempt = 1; ; attempt++) {
      if (bucket) await this.paceWait(bucket);
      try {
        const answer = await this.slot(id).add(async () => {
          // Checked in the call's own slot, which only calls of the same bucket share: they would wait for it anyway.
          if (bucket) await this.admitted(bucket);
          return this.global.add(() => this.execute(key, operation, call, bucket));
        });
        bucket?.onSuccess();
        return answer;
      } catch (error) {
        const throttle = options.throttled?.(error);
        if (throttle) {
          this.stats.throttled++;
          bucket?.onThrottle();
        }
        const retry = throttle ? this.mayRetryThrottle(error, ++throttles, options) : this.mayRetry(error, attempt - throttles, options);
        if (!retry) {
          this.stats.failed++;
          throw markAttempts(error, attempt);
        }
        this.stats.retries++;
        // All outside the slots: a fault's back-off; a throttled call's Retry-After, then (top of the loop) its slowed-down bucket.
        if (!throttle) {
          this.retryBudget--;
          await delay(this.backoff(attempt - throttles));
        } else if (throttle.retryAfterMs !== undefined) await delay(throttle.retryAfterMs);
        else if (!bucket) await delay(this.backoff(throttles));
      }
    }
  }

  /**
   * The cloud said how many requests are left in the quota `key` draws from: its bucket holds no
   * more (`reserve` kept for others, capped at a share of what the bucket has shown it holds:
   * `reserveCaps` says where).
   */
  observeRemaining(key: CallKey, remaining: number, reserve = 0): void {
    if (!key.pace) return;
    // Called from within the answered call (its SDK pipeline): the call's number says which calls went after it.
    const bucket = this.pacer.bucket(key.pace.bucket, key.pace.quota);
    const kept = bucket.onRemaining(remaining, reserve, this.sending.getStore());
    if (remaining < kept) this.stats.paused++;
    if (kept < reserve) this.reserveCaps.set(key.pace.bucket, { asked: reserve, kept, burst: bucket.learnedBurst });
    else this.reserveCaps.delete(key.pace.bucket);
  }

  async onIdle(): Promise<void> {
    await Promise.all([...this.perKey.values()].map((q) => q.onIdle()));
    await this.global.onIdle();
  }

  private slot(id: string): PQueue {
    let queue = this.perKey.get(id);
    if (!queue) {
      queue = new PQueue({ concurrency: this.perKeyConcurrency });
      this.perKey.set(id, queue);
    }
    return queue;
  }

  private mayRetry(error: unknown, attempt: number, options: RunOptions): boolean {
    if (attempt > this.retries || options.signal?.aborted || retriedBySdk(error)) return false;
    if (!(error instanceof CallTimeoutError || isTransient(error) || options.retryable?.(error) === true)) return false;
    if (this.retryBudget + Math.floor(this.retryShare * this.requested) <= 0) {
      this.stats.budgetExhausted++;
      return false;
    }
    return true;
  }

  /** A throttle the SDK already retried itself (a test's own retry strategy) is left to it, like any fault. */
  private mayRetryThrottle(error: unknown, throttles: number, options: RunOptions): boolean {
    return throttles <= this.throttleRetries && !options.signal?.aborted && !retriedBySdk(error);
  }

  /** Waits for the call's token; a remaining-quota header that arrives meanwhile may hold it back further. */
  private async paceWait(bucket: TokenBucket): Promise<void> {
    let heldBack = bucket.heldBackMs;
    let wait = bucket.reserve();
    while (wait > 0) {
      this.stats.pacedMs += wait;
      await delay(wait);
      wait = Math.ceil(bucket.heldBackMs - heldBack);
      heldBack = bucket.heldBackMs;
    }
  }

  /** Waits until the bucket, counted by the calls actually sent, has the call's token (TokenBucket.admit). */
  private async admitted(bucket: TokenBucket): Promise<void> {
    for (let wait = bucket.admit(); wait > 0; wait = bucket.admit()) {
      this.stats.pacedMs += wait;
      await delay(wait);
    }
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.backoffCapMs, this.backoffBaseMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * ceiling);
  }

  private async execute<T>(key: CallKey, operation: string, call: (signal: AbortSignal) => Promise<T>, bucket: TokenBucket | undefined): Promise<T> {
    this.stats.calls++;
    const sent = bucket?.send();
    this.onCall?.(key, operation);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CallTimeoutError(operation, this.timeoutMs));
      }, this.timeoutMs);
    });
    try {
      const attempt = sent === undefined ? call(controller.signal) : this.sending.run(sent, () => call(controller.signal));
      return await Promise.race([attempt, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * An SDK that already retried the fault itself (AWS reports its attempts in `$metadata`) has
 * spent its own budget on it: retrying it again here would multiply attempts (5 × 4 per page).
 */
function retriedBySdk(error: unknown): boolean {
  const attempts = (error as { $metadata?: { attempts?: unknown } } | null)?.$metadata?.attempts;
  return typeof attempts === 'number' && attempts > 1;
}

function markAttempts(error: unknown, attempts: number): unknown {
  if (error !== null && typeof error === 'object' && Object.isExtensible(error)) {
    Object.defineProperty(error, 'mlscanAttempts', { value: attempts, enumerable: false, configurable: true });
  }
  return error;
}

function keyString(key: CallKey): string {
  return [key.provider, key.account, key.region ?? '', key.service, key.api ?? ''].join('|');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
