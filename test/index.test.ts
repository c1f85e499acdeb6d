import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSource, listRules, providers, scan, selectRules, rules, snapshotSource, writeReports } from 'mlscan';
import { packageRoot } from '../src/package-root.js';

const SAMPLE = join(packageRoot(), 'providers/snapshot/sample/estate.json');

describe("the library entry point ('mlscan' through package.json exports)", () => {
  it('scans the sample estate from a snapshot source and writes the reports', async () => {
    const result = await scan({ sources: [snapshotSource(SAMPLE)], now: () => new Date('2026-01-01T00:00:00Z') });
    expect(result.inventory.assets).toHaveLength(171); // the bundled estate
    expect(result.findings.some((f) => f.status === 'fail')).toBe(true);
    expect(result.scan.rules.length).toBe(listRules().length);
    const dir = mkdtempSync(join(tmpdir(), 'mlscan-lib-'));
    try {
      const files = await writeReports(result, { outDir: dir, formats: ['json', 'md'] });
      expect(files.map((f) => f.split(/[\\/]/).pop()).sort()).toEqual(['mlscan-report.json', 'mlscan-report.md']);
      expect(readdirSync(dir).sort()).toEqual(['mlscan-report.json', 'mlscan-report.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('narrows the rules and lists the providers', async () => {
    const exposure = selectRules(rules(), { families: ['exposure'] });
    const result = await scan({ sources: [snapshotSource(SAMPLE)], rules: exposure });
    const ids = new Set(exposure.map((r) => r.meta.id));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => ids.has(f.ruleId))).toBe(true);
    expect(providers().map((p) => p.id)).toEqual(['aws', 'azure']);
    await expect(createSource('nope')).rejects.toThrow(/no provider 'nope'/);
  });

  it('is importable by name from plain Node, as a user would', () => {
    const script = `const m = await import('mlscan'); const r = await m.scan({ sources: [m.snapshotSource(${JSON.stringify(SAMPLE)})] }); console.log(r.inventory.assets.length, r.findings.filter((f) => f.status === 'fail').length > 0);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8' });
    expect(out.trim()).toBe('171 true');
  });
});
