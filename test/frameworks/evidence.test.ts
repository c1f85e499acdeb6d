import { describe, expect, it } from 'vitest';
import { collectEvidence, judgeRules } from '../../src/frameworks/evidence.js';
import { storageFinding as finding } from '../support/findings.js';

const counts = ({ assetsPassing, assetsFailing, assetsUnknown, failingFindings }: ReturnType<typeof judgeRules>) => ({
  assetsPassing,
  assetsFailing,
  assetsUnknown,
  failingFindings,
});

describe('judgeRules over the scan evidence indexed once', () => {
  const evidence = collectEvidence([
    finding('r1', 'a', 'pass'),
    finding('r1', 'b', 'fail'),
    finding('r1', 'b', 'pass'),
    finding('r1', 'c', 'unknown'),
    finding('r2', 'a', 'error'),
    finding('r2', 'c', 'pass'),
    finding('r2', 'd', 'pass'),
    finding('r2', 'e', 'not_applicable'),
    finding('r3', 'a', 'fail'),
  ]);

  it('counts each asset once by its worst verdict over the rules, whatever was merged before', () => {
    // Merged one after another on the same index: a rule set's counts must not leak into the next.
    expect(counts(judgeRules(['r1'], evidence))).toEqual({ assetsPassing: 1, assetsFailing: 1, assetsUnknown: 1, failingFindings: 1 });
    expect(counts(judgeRules(['r2'], evidence))).toEqual({ assetsPassing: 2, assetsFailing: 0, assetsUnknown: 1, failingFindings: 0 });
    expect(counts(judgeRules(['r1', 'r2'], evidence))).toEqual({ assetsPassing: 1, assetsFailing: 1, assetsUnknown: 2, failingFindings: 1 });
    expect(counts(judgeRules(['r1', 'r2', 'r3'], evidence))).toEqual({ assetsPassing: 1, assetsFailing: 2, assetsUnknown: 1, failingFindings: 2 });
    expect(counts(judgeRules(['r2'], evidence))).toEqual({ assetsPassing: 2, assetsFailing: 0, assetsUnknown: 1, failingFindings: 0 });
  });

  it('gives the same verdict to every control that maps the same rules, naming only the failing ones', () => {
    const first = judgeRules(['r1', 'r2', 'r3'], evidence);
    expect(judgeRules(['r1', 'r2', 'r3'], evidence)).toEqual(first);
    expect(first).toMatchObject({ status: 'partly-met' });
    expect(first.basis).toBe(
      '2 of 4 assets fail rules r1, r3; 1 could not be seen (it counts as unknown, never as a pass)',
    );
  });

  it('ignores a rule that produced no finding', () => {
    expect(judgeRules(['r2', 'quiet'], evidence).basis).toBe(
      '2 of 3 assets pass rules r2, quiet and none fail, but 1 hit a rule error (it counts as unknown, never as a pass)',
    );
  });
});

describe('collectEvidence with an asset judged again later by the same rule', () => {
  it('keeps the worst verdict when the repeats are not next to each other', () => {
    const evidence = collectEvidence([finding('r1', 'a', 'pass'), finding('r1', 'b', 'pass'), finding('r1', 'a', 'fail'), finding('r1', 'b', 'unknown')]);
    expect(counts(judgeRules(['r1'], evidence))).toEqual({ assetsPassing: 0, assetsFailing: 1, assetsUnknown: 1, failingFindings: 1 });
  });
});

describe('collectEvidence numbering assets in any finding order', () => {
  // Report order (rule, then asset) makes the next asset usually the one numbered after the last:
  // the counts must not depend on that guess hitting, nor on ids being the same string object.
  const rules = ['r1', 'r2', 'r3'];
  const statuses = ['pass', 'fail', 'unknown', 'error'] as const;
  const ordered = rules.flatMap((rule, r) =>
    ['a', 'b', 'c', 'd', 'e', 'f']
      .filter((_, i) => (i + r) % 3 !== 0)
      .map((asset, i) => finding(rule, ['asset-', asset].join(''), statuses[(i * 7 + r) % statuses.length]!)),
  );
  const sets = [['r1'], ['r2'], ['r3'], ['r1', 'r2'], ['r2', 'r3'], ['r1', 'r2', 'r3']];
  const verdicts = (findings: typeof ordered) => {
    const evidence = collectEvidence(findings);
    return sets.map((set) => counts(judgeRules(set, evidence)));
  };

  it('gives the same counts for report order, reversed order and rules interleaved', () => {
    const expected = verdicts(ordered);
    expect(verdicts([...ordered].reverse())).toEqual(expected);
    const interleaved = [...ordered].sort((x, y) => (x.assetId < y.assetId ? -1 : x.assetId > y.assetId ? 1 : 0));
    expect(verdicts(interleaved)).toEqual(expected);
    expect(expected[5]).toEqual({ assetsPassing: 1, assetsFailing: 3, assetsUnknown: 2, failingFindings: 3 });
  });
});
