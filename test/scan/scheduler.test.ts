import { describe, expect, it } from 'vitest';
import { attemptsOf, CallScheduler, CallTimeoutError } from '../../src/scan/scheduler.js';

const KEY = { provider: 'aws', account: '111122223333', region: 'eu-west-1', service: 'sagemaker' };

function resetError(): Error {
  return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
}

function denied(): Error {
  return Object.assign(new Error('not allowed'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
}

/** A scheduler that does not sleep between retries (jitter drawn as 0). */
function scheduler(options: ConstructorParameters<typeof CallScheduler>[0] = {}): CallScheduler {
  return new CallScheduler({ random: () => 0, ...options });
}

describe('CallScheduler retries', () => {
  it('retries a transient fault and returns the answer of the attempt that worked', async () => {
    const s = scheduler();
    let attempts = 0;
    const answer = await s.run(KEY, 'ListThings', async () => {
      attempts++;
      if (attempts < 3) throw resetError();
      return 'page';
    });
    expect(answer).toBe('page');
    expect(attempts).toBe(3);
    expect(s.stats).toMatchObject({ calls: 3, retries: 2, failed: 0 });
  });

  it('gives up after the configured retries and says how many attempts were made', async () => {
    const s = scheduler({ retries: 2 });
    const error = await s.run(KEY, 'ListThings', async () => Promise.reject(resetError())).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('ECONNRESET');
    expect(attemptsOf(error)).toBe(3);
    expect(s.stats).toMatchObject({ calls: 3, retries: 2, failed: 1 });
  });

  it('never retries a denial', async () => {
    const s = scheduler();
    let attempts = 0;
    const error = await s
      .run(KEY, 'DescribeKey', async () => {
        attempts++;
        throw denied();
      })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('AccessDeniedException');
    expect(attempts).toBe(1);
    expect(attemptsOf(error)).toBe(1);
  });

  it('leaves a fault the SDK already retried to the SDK: attempts do not multiply', async () => {
    const s = scheduler();
    let attempts = 0;
    const unavailable = Object.assign(new Error('unavailable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503, attempts: 5 } });
    const error = await s
      .run(KEY, 'ListThings', async () => {
        attempts++;
        throw unavailable;
      })
      .catch((e: unknown) => e);
    expect(error).toBe(unavailable);
    expect(attempts).toBe(1);
  });

  it('retries what the provider calls retryable', async () => {
    const s = scheduler();
    let attempts = 0;
    const throttled = Object.assign(new Error('slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
    const answer = await s.run(
      KEY,
      'ListThings',
      async () => {
        if (++attempts === 1) throw throttled;
        return 'ok';
      },
      { retryable: (e) => (e as Error).name === 'ThrottlingException' },
    );
    expect(answer).toBe('ok');
    expect(attempts).toBe(2);
  });

  it('times out one attempt, aborts its signal, and retries it', async () => {
    const s = scheduler({ timeoutMs: 20 });
    const signals: AbortSignal[] = [];
    const answer = await s.run(KEY, 'ListThings', (signal) => {
      signals.push(signal);
      if (signals.length === 1) return new Promise<string>(() => undefined); // never answers
      return Promise.resolve('second');
    });
    expect(answer).toBe('second');
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('reports a call that times out on every attempt as a CallTimeoutError', async () => {
    const s = scheduler({ timeoutMs: 10, retries: 1 });
    const error = await s.run(KEY, 'ListThings', () => new Promise<never>(() => undefined)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(attemptsOf(error)).toBe(2);
  });

  it('stops retrying once the scan-wide budget is spent', async () => {
    const s = scheduler({ retries: 5, retryBudget: 2 });
    let attempts = 0;
    await s
      .run(KEY, 'ListThings', async () => {
        attempts++;
        throw resetError();
      })
      .catch(() => undefined);
    expect(attempts).toBe(3);
    expect(s.stats).toMatchObject({ retries: 2, budgetExhausted: 1 });
  });

  it('grows the budget with the calls the scan asks for, so a big scan keeps retrying a steady fault rate', async () => {
    const s = scheduler({ retries: 1, retryBudget: 0, retryShare: 0.5 });
    const failedOnce = new Set<number>();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        s
          .run(KEY, 'ListThings', async () => {
            if (failedOnce.has(i)) return 'ok';
            failedOnce.add(i);
            throw resetError();
          })
          .catch(() => 'failed'),
      ),
    );
    // 8 calls asked for: 4 retries allowed (half of them), the rest fail for good.
    expect(s.stats).toMatchObject({ retries: 4, budgetExhausted: 4 });
    expect(results.filter((r) => r === 'ok')).toHaveLength(4);
  });

  it('does not retry once the scan is cancelled', async () => {
    const s = scheduler();
    const cancel = new AbortController();
    let attempts = 0;
    await s
      .run(
        KEY,
        'ListThings',
        async () => {
          attempts++;
          cancel.abort();
          throw resetError();
        },
        { signal: cancel.signal },
      )
      .catch(() => undefined);
    expect(attempts).toBe(1);
  });

  it('frees the concurrency slot while a retry waits', async () => {
    const s = new CallScheduler({ perKeyConcurrency: 1, backoffBaseMs: 200, backoffCapMs: 200, random: () => 1 });
    const order: string[] = [];
    let failedOnce = false;
    const flaky = s.run(KEY, 'Flaky', async () => {
      if (!failedOnce) {
        failedOnce = true;
        order.push('flaky failed');
        throw resetError();
      }
      order.push('flaky answered');
      return 'flaky';
    });
    // Queued behind the first attempt; runs during the back-off, not after it.
    await new Promise((r) => setTimeout(r, 10));
    const other = s.run(KEY, 'Other', async () => {
      order.push('other answered');
      return 'other';
    });
    await Promise.all([flaky, other]);
    expect(order).toEqual(['flaky failed', 'other answered', 'flaky answered']);
  });
});
