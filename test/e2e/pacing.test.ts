import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageGap } from '../../src/model/index.js';
import { startAwsEmulator } from '../support/emulator/aws/emulator.js';
import { scanInProcess } from '../support/emulator/run-cli.js';
import { CLOUDS, runScenario, type ScenarioRun } from '../support/emulator/scenarios.js';
import type { CallRecord } from '../support/emulator/loopback.js';

// `mlscan scan` against the loopback emulators with the clouds' quotas on (rate-limits.ts) and
// throttles injected: throttled answers are paced and retried, never a lost asset or a gap
// (issue 10). Short runs, deterministic fault seeds.

const gapKeys = (run: ScenarioRun): string[] => (run.outcome.result?.coverage.gaps ?? []).map((g: CoverageGap) => `${g.service} ${g.errorCode} ${g.scope ?? ''}`).sort();
const found = (run: ScenarioRun): string[] => (run.outcome.result?.inventory.assets ?? []).map((a) => a.id).sort();

describe.each(CLOUDS)('mlscan scan --$name against a rate-limited emulator', (cloud) => {
  let clean: ScenarioRun;

  beforeAll(async () => {
    clean = await runScenario(cloud, undefined, { small: true, callTimeoutMs: 10_000 });
  }, 120_000);

  it('20% of calls throttled at random: every asset, no gap the clean scan did not have', async () => {
    const run = await runScenario(cloud, { rates: { throttle: 0.2 } }, { small: true, callTimeoutMs: 10_000, seed: 20 });
    expect(run.handlerErrors).toEqual([]);
    expect(run.calls.filter((c) => c.fault === 'throttle').length).toBeGreaterThan(run.calls.length / 10);
    expect(found(run)).toEqual([...run.expected]);
    expect(gapKeys(run)).toEqual(gapKeys(clean));
  }, 120_000);

  it('quotas a third of what the scanner is seeded with: it learns from the throttles and loses nothing', async () => {
    const run = await runScenario(cloud, undefined, { small: true, callTimeoutMs: 10_000, rateLimits: { quotaScale: 1 / 3 } });
    const refused = run.calls.filter((c) => c.fault === 'rate-limit').length;
    expect(found(run)).toEqual([...run.expected]);
    expect(gapKeys(run)).toEqual(gapKeys(clean));
    // Mostly each API's first burst, before its bucket has learnt: a quarter of the calls at most.
    expect(refused).toBeLessThan(run.calls.length * 0.25);
  }, 180_000);
});

/** For each throttled request, the wait until the same request came again. */
function retryDelays(calls: readonly CallRecord[]): number[] {
  const delays: number[] = [];
  calls.forEach((call, i) => {
    if (call.fault !== 'throttle') return;
    const retry = calls.slice(i + 1).find((c) => c.identity === call.identity);
    if (retry) delays.push(retry.at - call.at);
  });
  return delays;
}

describe('ARM Retry-After, measured from the emulator log', () => {
  it('a request answered 429 + Retry-After is not sent again before it elapsed, and the scan loses nothing', async () => {
    const azure = CLOUDS.find((c) => c.name === 'azure')!;
    // 10% of calls answered 429 SubscriptionRequestsThrottled with `Retry-After: 1` (second).
    const run = await runScenario(azure, { rates: { throttle: 0.1 } }, { small: true, callTimeoutMs: 10_000, seed: 7 });
    const delays = retryDelays(run.calls);
    expect(delays.length).toBeGreaterThan(0);
    // Timer granularity: a retry may come a few milliseconds early by the server's clock, never more.
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1_000 - 15);
    expect(found(run)).toEqual([...run.expected]);
    expect(run.outcome.result?.coverage.gaps).toEqual([]);
  }, 120_000);
});

describe('an emulated AWS organisation with its quotas on', () => {
  it('2 accounts (one entered with AssumeRole) x 2 regions: every asset of every account and region, each API paced on its own bucket', async () => {
    const emulated = await startAwsEmulator({ scale: 0.25, accounts: 2, regions: ['eu-west-1', 'us-east-1'], rateLimits: { latencyMs: 5 } });
    try {
      const outcome = await scanInProcess([...emulated.args, '--call-timeout', '10000', '--fail-on', 'none'], emulated.env);
      const ids = new Set(outcome.result?.inventory.assets.map((a) => a.id));
      expect(emulated.expected.filter((id) => !ids.has(id))).toEqual([]);
      expect(new Set(outcome.result?.inventory.assets.map((a) => `${a.account} ${a.region}`))).toEqual(
        new Set(['111122223333 eu-west-1', '111122223333 us-east-1', '200000000001 eu-west-1', '200000000001 us-east-1', '111122223333 global', '200000000001 global']),
      );
      expect(emulated.calls.filter((c) => c.operation === 'AssumeRole')).toHaveLength(1);
      // Buckets per credentials, region and API: the member account's calls drew from buckets of their own.
      expect(new Set(emulated.calls.map((c) => c.limit?.bucket.split('|')[0])).size).toBe(2);
    } finally {
      await emulated.close();
    }
  }, 120_000);
});
