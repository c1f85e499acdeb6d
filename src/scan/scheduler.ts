import PQueue from 'p-queue';
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
}

export interface SchedulerOptions {
  /** Calls in flight across everything. */
  globalConcurrency?: number;
  /** Calls in flight per (provider, account, region, service). */
  perKeyConcurrency?: number;
  /** An attempt that takes longer is aborted and rejected with a CallTimeoutError (retried like any transient fault). */
  timeoutMs?: number;
  /** Retries of a transient failure after the first attempt (default 3). */
  retries?: number;
  /** Retries the whole scan may spend; once spent, a transient failure is final (default 1,000). */
  retryBudget?: number;
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
  paused: number;
}

/** How many attempts a failed call made; gap messages say "after N attempts". */
export function attemptsOf(error: unknown): number | undefined {
  const n = (error as { mlscanAttempts?: unknown } | null)?.mlscanAttempts;
  return typeof n === 'number' ? n : undefined;
}

/**
 * The one scheduler every cloud call goes through: a global budget, a budget per account /
 * region / service, a timeout per attempt (the AbortSignal is handed to the SDK), retries of
 * transient faults with jittered exponential back-off, and pacing when a cloud says its quota is
 * nearly spent. A retry waits outside the concurrency slots, so back-off never counts against a
 * timeout or holds a slot other calls could use. Throttling answers the SDKs see on the wire are
 * retried by each SDK's own strategy (AWS adaptive mode, Azure's throttling policy) inside one
 * attempt; the providers give the SDKs a per-request timeout, so an SDK's own back-off does not
 * run into this attempt timeout either.
 */
export class CallScheduler {
  readonly stats: SchedulerStats = { calls: 0, failed: 0, retries: 0, budgetExhausted: 0, paused: 0 };
  private readonly global: PQueue;
  private readonly perKey = new Map<string, PQueue>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly perKeyConcurrency: number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private retryBudget: number;
  private readonly backoffBaseMs: number;
  private readonly backoffCapMs: number;
  private readonly random: () => number;
  private readonly onCall: SchedulerOptions['onCall'];

  constructor(options: SchedulerOptions = {}) {
    this.global = new PQueue({ concurrency: options.globalConcurrency ?? 32 });
    this.perKeyConcurrency = options.perKeyConcurrency ?? 4;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.retryBudget = options.retryBudget ?? 1_000;
    this.backoffBaseMs = options.backoffBaseMs ?? 200;
    this.backoffCapMs = options.backoffCapMs ?? 5_000;
    this.random = options.random ?? Math.random;
    this.onCall = options.onCall;
  }

  /** Timeout of one attempt, for providers that set the same limit on their SDK's requests. */
  get attemptTimeoutMs(): number {
    return this.timeoutMs;
  }

  async run<T>(key: CallKey, operation: string, call: (signal: AbortSignal) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const id = keyString(key);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.slot(id).add(() => this.global.add(() => this.execute(id, key, operation, call)));
      } catch (error) {
        if (!this.mayRetry(error, attempt, options)) {
          this.stats.failed++;
          throw markAttempts(error, attempt);
        }
        this.stats.retries++;
        this.retryBudget--;
        await delay(this.backoff(attempt));
      }
    }
  }

  /** Holds back new calls for `key` for `ms` (e.g. when remaining-quota headers run low). */
  pause(key: CallKey, ms: number): void {
    const id = keyString(key);
    const until = Date.now() + ms;
    if ((this.pausedUntil.get(id) ?? 0) < until) {
      this.pausedUntil.set(id, until);
      this.stats.paused++;
    }
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
    if (this.retryBudget <= 0) {
      this.stats.budgetExhausted++;
      return false;
    }
    return true;
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.backoffCapMs, this.backoffBaseMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * ceiling);
  }

  private async execute<T>(id: string, key: CallKey, operation: string, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const wait = (this.pausedUntil.get(id) ?? 0) - Date.now();
    if (wait > 0) await delay(wait);
    this.stats.calls++;
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
      return await Promise.race([call(controller.signal), timeout]);
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
  return [key.provider, key.account, key.region ?? '', key.service].join('|');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
