import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/scan/pacing.js';
import { CallScheduler, attemptsOf } from '../../src/scan/scheduler.js';
import { ServerBucket } from '../support/emulator/rate-limits.js';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('TokenBucket', () => {
  it('lets a full burst go at once, then paces at the refill rate', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 5, burst: 10 }, { now: clock.now });
    const waits = Array.from({ length: 13 }, () => bucket.reserve());
    expect(waits.slice(0, 10)).toEqual(Array(10).fill(0));
    // Calls 11, 12, 13 wait for tokens 1, 2 and 3 of the refill: 200, 400, 600 ms.
    expect(waits.slice(10)).toEqual([200, 400, 600]);
  });

  it('refills with time, never above the burst', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 2 }, { now: clock.now });
    bucket.reserve();
    bucket.reserve();
    clock.advance(60_000);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 100]);
  });

  it('a throttle halves the rate and the tokens left once per window; successes grow the rate back to the seed, not above', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 20, burst: 20 }, { now: clock.now, decreaseWindowMs: 1_000, increaseShare: 0.25 });
    bucket.onThrottle();
    bucket.onThrottle(); // same window: in-flight calls throttled together count once
    expect(bucket.rate).toBe(10);
    // 10 of the 20 tokens left, then one every 100 ms at the halved rate.
    expect(Array.from({ length: 11 }, () => bucket.reserve()).slice(9)).toEqual([0, 100]);
    clock.advance(1_000);
    bucket.onThrottle();
    expect(bucket.rate).toBe(5);
    bucket.onSuccess();
    expect(bucket.rate).toBe(10);
    for (let i = 0; i < 10; i++) bucket.onSuccess();
    expect(bucket.rate).toBe(20);
  });

  it('never drops below its floor however many throttles', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 16, burst: 16 }, { now: clock.now, decreaseWindowMs: 0, floorShare: 1 / 16 });
    for (let i = 0; i < 50; i++) bucket.onThrottle();
    expect(bucket.rate).toBe(1);
  });

  it('a throttle while the latest remaining-quota header says reads are left is another limit: the bucket keeps its rate', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 25, burst: 250 }, { now: clock.now });
    bucket.onRemaining(240, 100);
    bucket.onThrottle();
    expect(bucket.rate).toBe(25);
    bucket.onRemaining(60, 100);
    bucket.onThrottle();
    expect(bucket.rate).toBe(12.5);
  });

  it('a remaining-quota header counts as spent the calls it could not see: sent after the one it answers, or still waiting', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 25, burst: 250 }, { now: clock.now });
    bucket.onRemaining(250); // the cloud's bucket is full: a reserve of 10 is kept whole
    for (let i = 0; i < 5; i++) bucket.reserve();
    const sent = Array.from({ length: 5 }, () => bucket.send());
    // 20 left when the cloud answered the first of the five; the four sent after it are not counted in it: 20 − 10 − 4 = 6 tokens.
    bucket.onRemaining(20, 10, sent[0]);
    expect(Array.from({ length: 7 }, () => bucket.reserve())).toEqual([0, 0, 0, 0, 0, 0, 40]);
    // The answer to the last one sent: nothing sent after it, but the seven reserved are waiting: 20 − 10 − 7 = 3, above the −1 left.
    bucket.onRemaining(20, 10, sent[4]);
    expect(bucket.reserve()).toBe(80);
  });

  it('a header that deepens the debt holds back the calls already waiting for a token; one that does not, holds back nothing', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 25, burst: 2 }, { now: clock.now });
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 40]);
    bucket.onRemaining(50, 0);
    expect(bucket.heldBackMs).toBe(0);
    const first = bucket.send();
    bucket.send();
    // 0 left when the first was answered; one call sent after it and one waiting: −2 tokens, one deeper than the −1 the waiting call was told.
    bucket.onRemaining(0, 0, first);
    expect(bucket.heldBackMs).toBe(40);
  });

  it('while the header says the bucket is down to the reserve, successes do not grow a throttled rate back; once reads are left they do', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 20, burst: 20 }, { now: clock.now, increaseShare: 0.1 });
    bucket.onRemaining(100); // the cloud has shown 100 reads: a reserve of 10 is kept whole
    bucket.onRemaining(5, 10);
    bucket.onThrottle();
    expect(bucket.rate).toBe(10);
    bucket.onSuccess();
    expect(bucket.rate).toBe(10);
    bucket.onRemaining(50, 10);
    bucket.onSuccess();
    expect(bucket.rate).toBe(12);
  });

  it("a remaining-quota header caps the tokens at what the cloud has left, less the reserve", () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 25, burst: 250 }, { now: clock.now });
    bucket.onRemaining(250);
    bucket.onRemaining(27, 25);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 40]);
  });

  it('keeps at most a quarter of the most the headers have shown the bucket holds: a reserve as large as the bucket is capped', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 25, burst: 250 }, { now: clock.now });
    // A tenant whose bucket holds a third of ARM's documented 250, and a reserve of 250 asked for.
    expect(bucket.onRemaining(83, 250)).toBe(20);
    expect(bucket.learnedBurst).toBe(83);
    // 83 − 20 = 63 calls go at once; uncapped, the reserve would have held back every one.
    const waits = Array.from({ length: 64 }, () => bucket.reserve());
    expect(waits.slice(0, 63)).toEqual(Array(63).fill(0));
    expect(waits[63]).toBe(40);
    // Lower headers do not lower what was learnt; a reserve within the share is kept whole.
    expect(bucket.onRemaining(10, 250)).toBe(20);
    expect(bucket.onRemaining(10, 15)).toBe(15);
    // With the bucket down to the capped reserve, it is the reserve: a throttle there is this bucket's.
    bucket.onRemaining(20, 250);
    bucket.onThrottle();
    expect(bucket.rate).toBe(12.5);
  });
});

describe('TokenBucket.admit (the bucket as the calls actually sent spend it)', () => {
  it('holds back calls whose tokens were reserved on time but that go late and together', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 4 }, { now: clock.now });
    // Six reservations at once: four from the burst, then 100 and 200 ms.
    expect(Array.from({ length: 6 }, () => bucket.reserve())).toEqual([0, 0, 0, 0, 100, 200]);
    // All six were kept waiting for a slot until 300 ms and would now go back to back. The cloud's
    // bucket, full meanwhile, holds 4: admit lets those through (keeping 50 ms of refill in hand), not six.
    clock.advance(300);
    expect(Array.from({ length: 4 }, () => bucket.admit())).toEqual([0, 0, 0, 50]);
    clock.advance(50);
    expect(bucket.admit()).toBe(0);
    expect(bucket.admit()).toBe(100);
  });

  it('refills at the rate in force, halved by a throttle from then on, and never asks for more than the burst holds', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ ratePerSecond: 5, burst: 1 }, { now: clock.now });
    expect(bucket.admit()).toBe(0);
    clock.advance(100); // half a token back at 5/s
    bucket.onThrottle(); // 2.5/s from now on
    // One token (the 50 ms margin would ask for more than the burst of 1): the other half at 2.5/s.
    expect(bucket.admit()).toBe(200);
    clock.advance(200);
    expect(bucket.admit()).toBe(0);
  });
});

const THROTTLED = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
const isThrottle = (error: unknown) => (error === THROTTLED ? {} : undefined);
const paced = (api: string, ratePerSecond: number, burst: number) => ({
  provider: 'aws',
  account: '111122223333',
  region: 'eu-west-1',
  service: 'sagemaker',
  api,
  pace: { bucket: `aws|111122223333|eu-west-1|sagemaker:${api}`, quota: { ratePerSecond, burst } },
});

describe('CallScheduler pacing', () => {
  it('sends no faster than the bucket allows', async () => {
    const s = new CallScheduler();
    const key = paced('ListModels', 20, 2);
    const sentAt: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: 6 }, () => s.run(key, 'ListModels', async () => sentAt.push(performance.now() - started))));
    // 2 at once, then one every 50 ms: the sixth at about 200 ms.
    expect(Math.max(...sentAt)).toBeGreaterThanOrEqual(190);
    expect(s.stats.pacedMs).toBeGreaterThan(0);
  });

  it('calls that waited for a slot past their tokens do not reach the cloud together: none is throttled', async () => {
    const s = new CallScheduler({ perKeyConcurrency: 1 });
    const key = paced('DescribeModel', 20, 2);
    const cloud = new ServerBucket({ ratePerSecond: 20, burst: 2 });
    let refused = 0;
    const started = performance.now();
    const sentAt: number[] = [];
    const send = async (holdMs: number) => {
      if (!cloud.take()) refused++;
      sentAt.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, holdMs));
    };
    // The first call holds the only slot for 300 ms; the six after it took their tokens by 250 ms.
    await Promise.all([s.run(key, 'DescribeModel', () => send(300)), ...Array.from({ length: 6 }, () => s.run(key, 'DescribeModel', () => send(0)))]);
    expect(refused).toBe(0);
    // Spaced by the refill once the slot is free (50 ms a token, 50 ms kept in hand), not sent at once at 300 ms.
    expect(Math.max(...sentAt)).toBeGreaterThanOrEqual(500);
  });

  it('a remaining-quota header that arrives while a call waits for its token holds that call back', async () => {
    const s = new CallScheduler();
    const key = { provider: 'azure', account: 'sub', service: 'Microsoft.Storage', pace: { bucket: 'azure|sub|reads', quota: { ratePerSecond: 20, burst: 1 } } };
    s.observeRemaining(key, 100); // ARM has shown 100 reads: a reserve of 2 is kept whole
    const started = performance.now();
    let waitingSentAt = 0;
    // The first call goes at once; the second is told to wait 50 ms (one token at 20/s).
    const first = s.run(key, 'first', async () => {
      await new Promise((r) => setTimeout(r, 10));
      // ARM's answer to the first call: nothing left above a reserve of 2. The waiting call is 2 tokens deeper in debt: 100 ms more.
      s.observeRemaining(key, 0, 2);
    });
    const second = s.run(key, 'second', async () => void (waitingSentAt = performance.now() - started));
    await Promise.all([first, second]);
    expect(waitingSentAt).toBeGreaterThanOrEqual(145);
  });

  it('says which buckets had their reserve capped, and what was kept: a reserve within a quarter of the learnt burst is no cap', () => {
    const s = new CallScheduler();
    const key = (sub: string) => ({ provider: 'azure', account: sub, service: 'Microsoft.Storage', pace: { bucket: `azure|${sub}|reads`, quota: { ratePerSecond: 25, burst: 250 } } });
    s.observeRemaining(key('small'), 80, 250);
    s.observeRemaining(key('full'), 249, 25);
    expect([...s.reserveCaps]).toEqual([['azure|small|reads', { asked: 250, kept: 20, burst: 80 }]]);
    // Below the kept reserve the bucket pauses; below the reserve asked for but above the kept one it does not.
    s.observeRemaining(key('small'), 30, 250);
    expect(s.stats.paused).toBe(0);
    s.observeRemaining(key('small'), 19, 250);
    expect(s.stats.paused).toBe(1);
  });

  it('retries a throttled answer once the bucket allows, without spending the retry budget, and counts it', async () => {
    const s = new CallScheduler({ retryBudget: 0 });
    let attempts = 0;
    const answer = await s.run(
      paced('DescribeModel', 100, 1),
      'DescribeModel',
      async () => {
        if (++attempts < 4) throw THROTTLED;
        return 'model';
      },
      { throttled: isThrottle },
    );
    expect(answer).toBe('model');
    expect(s.stats).toMatchObject({ calls: 4, throttled: 3, retries: 3, failed: 0, budgetExhausted: 0 });
  });

  it('a call throttled on every attempt fails after its throttle retries, saying how many attempts it made', async () => {
    const s = new CallScheduler({ throttleRetries: 2 });
    const error = await s.run(paced('ListTags', 1_000, 10), 'ListTags', () => Promise.reject(THROTTLED), { throttled: isThrottle }).catch((e: unknown) => e);
    expect(error).toBe(THROTTLED);
    expect(attemptsOf(error)).toBe(3);
    expect(s.stats).toMatchObject({ throttled: 3, failed: 1 });
  });

  it('does not hold a concurrency slot while a throttled call waits for its bucket', async () => {
    const s = new CallScheduler({ perKeyConcurrency: 1 });
    const throttledKey = paced('ListEndpoints', 1_000, 1);
    const order: string[] = [];
    let first = true;
    const slow = s.run(
      throttledKey,
      'ListEndpoints',
      async () => {
        if (first) {
          first = false;
          order.push('throttled');
          throw THROTTLED;
        }
        order.push('retried');
      },
      // Retry-After of 300 ms: the retry sleeps that long outside the slot.
      { throttled: (e) => (e === THROTTLED ? { retryAfterMs: 300 } : undefined) },
    );
    await new Promise((r) => setTimeout(r, 20));
    await s.run({ ...throttledKey, pace: undefined }, 'ListEndpoints', async () => order.push('other'));
    await slow;
    expect(order).toEqual(['throttled', 'other', 'retried']);
  });

  it('APIs of one service get their own slots: a busy API does not hold up another', async () => {
    const s = new CallScheduler({ perKeyConcurrency: 1 });
    const order: string[] = [];
    let release!: () => void;
    const busy = s.run(paced('ListTrainingJobs', 1_000, 10), 'ListTrainingJobs', () => new Promise<void>((r) => (release = r)));
    await s.run(paced('ListModels', 1_000, 10), 'ListModels', async () => order.push('ListModels'));
    order.push('before release');
    release();
    await busy;
    expect(order).toEqual(['ListModels', 'before release']);
  });
});
