import { describe, expect, it } from 'vitest';
import { compareFindings, sortFindings } from '../../src/engine/index.js';
import type { Finding, Severity } from '../../src/model/index.js';
import { seededRandom } from '../support/emulator/prng.js';

const SEVERITIES: readonly string[] = ['critical', 'high', 'medium', 'low', 'info', 'bogus'];
const STATUSES: readonly Finding['status'][] = ['fail', 'error', 'unknown', 'pass', 'not_applicable', 'suppressed'];

/** Findings drawn from few values, so every key of the comparator ties often; `n` numbers each one. */
function findings(count: number, seed: number): Finding[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const finding = {
      ruleId: pick(['a/x', 'a/y', 'b/x']),
      fingerprint: `fp-${n}`,
      status: pick(STATUSES),
      severity: pick(SEVERITIES) as Severity,
      assetId: pick(['asset-1', 'asset-2', 'asset-10']),
      assetName: 'name',
      assetKind: 'workspace',
      provider: 'aws',
      account: '111122223333',
      region: 'eu-west-1',
      message: pick(['m1', 'm2']),
      evidence: {},
    } as Finding;
    if (random() < 0.5) finding.path = [pick(['p', 'q']), pick(['r', 's'])];
    return finding;
  });
}

const pick = <T>(random: () => number, list: readonly T[]) => list[Math.floor(random() * list.length)]!;

describe('sortFindings', () => {
  it('orders like a stable sort with compareFindings, ties kept in their order', () => {
    for (const seed of [1, 2, 3]) {
      const input = findings(2_000, seed);
      const expected = [...input].sort(compareFindings).map((f) => f.fingerprint);
      expect(sortFindings([...input]).map((f) => f.fingerprint)).toEqual(expected);
    }
  });

  it('orders engine-like input (each rule in asset order, severities raised on some) like the stable sort', () => {
    // Runs of one (severity, rule) already in order, split where the risk step moved a finding's
    // severity, with several findings per asset: the check finds most groups in order, not all.
    for (const seed of [5, 6]) {
      const random = seededRandom(seed);
      const input = findings(3_000, seed)
        .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0))
        .map((f) => ({ ...f, severity: (random() < 0.9 ? 'medium' : pick(random, SEVERITIES)) as Severity }));
      const expected = [...input].sort(compareFindings).map((f) => f.fingerprint);
      expect(sortFindings([...input]).map((f) => f.fingerprint)).toEqual(expected);
    }
  });

  it('sorts in place: the array it was given is the array it returns', () => {
    const input = findings(50, 4);
    const sorted = sortFindings(input);
    expect(sorted).toBe(input);
    expect(sorted[0]!.severity).toBe('bogus');
    expect(sorted.at(-1)!.severity).toBe('info');
  });
});
