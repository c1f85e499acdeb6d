import { describe, expect, it } from 'vitest';
import { diffScans, type Baseline, type DiffableScan } from '../../src/diff/index.js';
import { DIFF_TEXT_ROWS, formatDiffText, newFailing } from '../../src/cli/diff-text.js';
import { createStyler } from '../../src/cli/output.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import type { Severity } from '../../src/model/index.js';

const HOSTILE = 'evil\u001b[2J\u0007name';

function side(file: string, findings: { name: string; severity: Severity; status: 'fail' | 'pass' }[]): Baseline {
  const scan: DiffableScan = {
    scan: { startedAt: 't', finishedAt: `${file}-end`, sources: [], partial: false },
    inventory: { assets: findings.map((f) => ({ id: `arn:${f.name}`, kind: 'storage', name: f.name, provider: 'aws', account: '1', region: 'r', tags: {} })) },
    coverage: { gaps: [] },
    findings: findings.map((f) => ({ fingerprint: findingFingerprint('rule/x', `arn:${f.name}`), ruleId: 'rule/x', status: f.status, severity: f.severity, assetId: `arn:${f.name}`, assetName: f.name, assetKind: 'storage', provider: 'aws', account: '1', region: 'r', message: '' })),
  };
  return { ref: { source: 'file', file, finishedAt: scan.scan.finishedAt }, scan };
}

describe('mlscan diff text', () => {
  const from = side('a.json', [{ name: HOSTILE, severity: 'high', status: 'pass' }, { name: 'gone-fixed', severity: 'low', status: 'fail' }]);
  const to = side('b.json', [{ name: HOSTILE, severity: 'high', status: 'fail' }, { name: 'gone-fixed', severity: 'low', status: 'pass' }, { name: 'fresh', severity: 'medium', status: 'fail' }]);
  const diff = diffScans(from.scan, to.scan);

  it('prints the counts, then the lists with cloud strings made terminal-safe', () => {
    const text = formatDiffText(from, to, diff, createStyler(false));
    expect(text).toContain('mlscan diff: report a.json (a.json-end) → report b.json (b.json-end)\n');
    expect(text).toMatch(/\n {2}New failing +1 {2}\(1 medium\)\n {2}Regressed \(pass → fail\) +1 {2}\(1 high\)\n {2}Resolved +1 {2}\(1 low\)\n/);
    expect(text).toContain('\n  high     rule/x  evil?[2J?name (aws 1)  pass → fail\n');
    expect(text).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(text).toContain('Assets added (1)\n  storage          fresh (aws 1 r)\n');
  });

  it('new failing for the exit code: new and regressed at or above the threshold', () => {
    expect(newFailing(diff, 'high').map((c) => c.assetName)).toEqual([HOSTILE]);
    expect(newFailing(diff, 'medium').map((c) => c.assetName)).toEqual(['fresh', HOSTILE]);
    expect(newFailing(diff, 'none')).toEqual([]);
  });

  it(`lists at most ${DIFF_TEXT_ROWS} findings per category`, () => {
    const many = side('c.json', Array.from({ length: DIFF_TEXT_ROWS + 3 }, (_, i) => ({ name: `b${i}`, severity: 'low' as const, status: 'fail' as const })));
    const text = formatDiffText(side('e.json', []), many, diffScans(side('e.json', []).scan, many.scan), createStyler(false));
    expect(text).toContain(`  … and 3 more (--json lists them all)\n`);
  });
});
