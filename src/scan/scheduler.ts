import PQueue from 'p-queue';

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
  /** A call that takes longer is aborted and rejected with a CallTimeoutError. */
  timeoutMs?: number;
  /** Told of every call as it starts (drives the progress bar). */
  onCall?: (key: CallKey, operation: string) => void;
}

export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeoutError';
  readonly code = 'Timeout';
  constructor(operation: string, ms: number) {
    super(`${operation} did not answer within ${ms} ms`);
  }
}

export interface SchedulerStats {
  calls: number;
  failed: number;
  paused: number;
}

/**
 * The one scheduler every cloud call goes through: a global budget, a budget per account /
 * region / service, a per-call timeout (the AbortSignal is handed to the SDK), and pacing when a
 * cloud says its quota is nearly spent. Retries on throttling are left to each SDK's own retry
 * strategy (AWS adaptive mode, Azure's throttling policy), which see the wire responses.
 */
export class CallScheduler {
  readonly stats: SchedulerStats = { calls: 0, failed: 0, paused: 0 };
  private readonly global: PQueue;
  private readonly perKey = new Map<string, PQueue>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly perKeyConcurrency: number;
  private readonly timeoutMs: number;
  private readonly onCall: SchedulerOptions['onCall'];

  constructor(options: SchedulerOptions = {}) {
    this.global = new PQueue({ concurrency: options.globalConcurrency ?? 32 });
    this.perKeyConcurrency = options.perKeyConcurrency ?? 4;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.onCall = options.onCall;
  }

  run<T>(key: CallKey, operation: string, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const id = keyString(key);
    let queue = this.perKey.get(id);
    if (!queue) {
      queue = new PQueue({ concurrency: this.perKeyConcurrency });
      this.perKey.set(id, queue);
    }
    return queue.add(() => this.global.add(() => this.execute(id, key, operation, call))) as Promise<T>;
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
    } catch (error) {
      this.stats.failed++;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

function keyString(key: CallKey): string {
  return [key.provider, key.account, key.region ?? '', key.service].join('|');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
