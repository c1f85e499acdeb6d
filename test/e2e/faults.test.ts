import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../src/model/index.js';
import { CLOUDS, figuresOf, runScenario, type ScenarioRun } from '../support/emulator/scenarios.js';
import type { FaultKind } from '../support/emulator/faults.js';

// `mlscan scan` against loopback AWS and ARM emulators (real SDKs, real wire formats, real page
// sizes) with faults injected: a scan may lose data, but never silently. Issue 12, cases 1, 2, 5, 6.

const FAULTS: Array<[FaultKind, number]> = [
  ['timeout', 0.1],
  ['truncate', 0.1],
  ['reset', 0.15],
  ['http5xx', 0.1],
  ['throttle', 0.05],
];

describe.each(CLOUDS)('mlscan scan --$name against the emulator', (cloud) => {
  let clean: ScenarioRun;
  let complete: Asset[];

  beforeAll(async () => {
    // A generous call timeout: the complete inventory must not depend on how busy the machine is.
    clean = await runScenario(cloud, undefined, { small: true, callTimeoutMs: 10_000 });
    complete = clean.outcome.result?.inventory.assets ?? [];
  }, 120_000);

  it('without faults: exactly the estate, no gap, exit 0', () => {
    expect(clean.handlerErrors).toEqual([]);
    expect(clean.calls.filter((c) => !c.known).map((c) => `${c.service} ${c.operation}`)).toEqual([]);
    expect(clean.outcome.result?.coverage.gaps).toEqual([]);
    expect(complete.map((a) => a.id).sort()).toEqual([...clean.expected]);
    expect(clean.outcome.result?.scan.partial).toBe(false);
    expect(clean.outcome.code).toBe(0);
  });

  it('a repeated page token: the scan ends, names the listing in a gap, is partial and exits 3', async () => {
    // The clean run's generous call timeout: on a busy machine a 1 s timeout re-sends slow answers, which would count as extra calls.
    const run = await runScenario(cloud, { repeatToken: cloud.repeatListing }, { small: true, callTimeoutMs: 10_000 });
    const f = figuresOf(run, complete);
    // Bounded: no more calls than the complete scan made (pages after the repeat are not read).
    expect(run.budgetSpent).toBe(false);
    expect(f.calls).toBeLessThanOrEqual(clean.calls.length + 2);
    const gaps = run.outcome.result?.coverage.gaps ?? [];
    const naming = gaps.filter((g) =>
      cloud.name === 'aws'
        ? g.service === 'sagemaker' && g.kinds?.includes('training-job') && g.message?.includes('ListTrainingJobs')
        : g.kinds?.includes('model') && `${g.scope ?? ''} ${g.message ?? ''}`.toLowerCase().includes('/workspaces/mlw-0-0'),
    );
    expect(naming, JSON.stringify(gaps)).toHaveLength(1);
    expect(f.lost.length).toBeGreaterThan(0);
    expect(f.unexplained.map((a) => a.id)).toEqual([]);
    expect(f.extra).toEqual([]);
    expect(run.outcome.result?.scan.partial).toBe(true);
    expect(run.outcome.code).toBe(3);
    expect(run.outcome.stderr).toMatch(/the scan was partial: exit 3/);
  }, 120_000);

  it('10% of calls faulted (resets, cut-off bodies, 5xx, throttles): retried until no asset is lost and no gap is added', async () => {
    const run = await runScenario(cloud, { rates: { reset: 0.03, truncate: 0.03, http5xx: 0.02, throttle: 0.02 } }, { small: true, callTimeoutMs: 10_000, seed: 31 });
    const f = figuresOf(run, complete);
    expect(f.faulted).toBeGreaterThan(run.calls.length / 20);
    expect(f.lost.map((a) => a.id)).toEqual([]);
    expect(f.extra).toEqual([]);
    const gaps = (r: ScenarioRun) => (r.outcome.result?.coverage.gaps ?? []).map((g) => `${g.service} ${g.errorCode} ${g.scope ?? ''}`).sort();
    expect(gaps(run)).toEqual(gaps(clean));
  }, 120_000);

  it.each(FAULTS)('%s faults on %d of calls: every asset lost is named by a coverage gap', async (kind, share) => {
    const run = await runScenario(cloud, { rates: { [kind]: share } }, { small: true });
    const f = figuresOf(run, complete);
    expect(run.handlerErrors).toEqual([]);
    expect(run.budgetSpent).toBe(false);
    expect(f.faulted).toBeGreaterThan(0);
    expect(run.outcome.result, run.outcome.stderr).toBeDefined();
    expect(f.extra).toEqual([]);
    expect(f.unexplained.map((a) => `${a.kind} ${a.id}`)).toEqual([]);
    if (f.lost.length > 0) {
      expect(run.outcome.result?.scan.partial).toBe(true);
      expect(run.outcome.code).toBe(3);
    }
  }, 180_000);
});
