import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ScanResultSchema, type ScanResult } from '../../src/model/index.js';
import { inProcessCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { describeHistory, historyAvailable } from '../support/node-sqlite.js';

const tempDir = useTempDirs('mlscan-diff-history-');
const stderr = inProcessCli([], {});
const estate = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');
const HIDDEN_ACCOUNT = 'b3e9d4f2-71a6-4c58-8e2d-0f9a6c3b5e17';

/** The sample estate with its Azure sandbox subscription behind a coverage gap and one key fixed. */
function changedEstate(dir: string): string {
  const snapshot = JSON.parse(readFileSync(estate, 'utf8')) as { assets: { id: string; name: string; account: string; facts: Record<string, unknown> }[]; edges: { from: string; to: string }[]; coverage: { gaps: unknown[] } };
  snapshot.assets.find((a) => a.name === 'alias/ds-sandbox')!.facts.keyRotation = true;
  const hidden = new Set(snapshot.assets.filter((a) => a.account === HIDDEN_ACCOUNT).map((a) => a.id));
  snapshot.assets = snapshot.assets.filter((a) => !hidden.has(a.id));
  snapshot.edges = snapshot.edges.filter((e) => !hidden.has(e.from) && !hidden.has(e.to));
  snapshot.coverage.gaps.push({ provider: 'azure', account: HIDDEN_ACCOUNT, service: 'Microsoft.Resources', errorCode: 'AuthorizationFailed' });
  const file = join(dir, 'changed.json');
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

async function scan(snapshot: string, dir: string, history: string): Promise<ScanResult> {
  const out = join(dir, 'out');
  expect(await main(['scan', '--snapshot', snapshot, '--format', 'json,html', '--out', out, '--history', history, '--fail-on', 'none', '--allow-partial'])).toBe(0);
  return ScanResultSchema.parse(JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')));
}

async function diff(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  return { code: await main(['diff', ...argv]), stdout };
}

describeHistory('since the last scan from a --history file', () => {
  it('the first scan has no baseline; the second diffs against it (empty) with a trend; a changed estate resolves one and hides its account', async () => {
    const dir = tempDir();
    const history = join(dir, 'history.sqlite');
    const first = await scan(estate, dir, history);
    expect(first.sinceLastScan).toBeUndefined();
    const second = await scan(estate, dir, history);
    const since = second.sinceLastScan!;
    expect(since.baseline).toEqual({ source: 'history', historyId: 1, file: history, finishedAt: first.scan.finishedAt });
    expect([since.counts.new, since.counts.regressed, since.counts.resolved, since.counts.notReassessed, since.counts.assetRemoved, since.counts.newlyUnknown]).toEqual([0, 0, 0, 0, 0, 0]);
    const failing = first.findings.filter((f) => f.status === 'fail' || f.status === 'error');
    expect(since.trend!.map((p) => [p.id, Object.values(p.failing).reduce((a, b) => a + b, 0)])).toEqual([[1, failing.length], [0, failing.length]]);
    const html = readFileSync(join(dir, 'out', 'mlscan-report.html'), 'utf8');
    expect(html).toContain('<figcaption>Failing findings by severity over the last 2 scans</figcaption>');
    expect(html).toContain(`<td>${second.scan.finishedAt} (this scan)</td>`);

    const third = (await scan(changedEstate(dir), dir, history)).sinceLastScan!;
    expect(third.baseline.historyId).toBe(2);
    expect(third.findings.resolved.map((c) => c.assetName)).toEqual(['alias/ds-sandbox']);
    expect(third.counts.notReassessed).toBe(failing.filter((f) => f.account === HIDDEN_ACCOUNT).length);
    expect(third.counts.new + third.counts.regressed + third.counts.assetRemoved).toBe(0);
    expect(third.trend!.map((p) => p.id)).toEqual([1, 2, 0]);
  });

  it('mlscan diff --history compares the last two scans by default, and any two by id', async () => {
    const dir = tempDir();
    const history = join(dir, 'history.sqlite');
    await scan(estate, dir, history);
    const only = await diff('--history', history);
    expect(only.code).toBe(2);
    expect(stderr()).toContain(`mlscan: diff: ${history} holds 1 scan(s): give --from and --to, or scan twice with --history first\n`);
    await scan(estate, dir, history);
    await scan(changedEstate(dir), dir, history);
    const latest = await diff('--history', history, '--json');
    expect(latest.code).toBe(0);
    const json = JSON.parse(latest.stdout) as { from: { historyId: number }; to: { historyId: number }; counts: Record<string, number> };
    expect([json.from.historyId, json.to.historyId, json.counts.resolved]).toEqual([2, 3, 1]);
    const same = JSON.parse((await diff('--history', history, '--from', '1', '--to', '2', '--json')).stdout) as { counts: { resolved: number; new: number; notReassessed: number } };
    expect(same.counts.resolved + same.counts.new + same.counts.notReassessed).toBe(0);
  });

  it('--fail-on-new with an empty history counts every failing finding as new (nothing to compare with)', async () => {
    const dir = tempDir();
    const code = await main(['scan', '--snapshot', estate, '--format', 'json', '--out', join(dir, 'out'), '--history', join(dir, 'h.sqlite'), '--fail-on-new', '--allow-partial']);
    expect(code).toBe(1);
    expect(stderr()).toMatch(/\d+ new finding\(s\) at or above high: exit 1/);
  });
});

describe('history files that cannot serve', () => {
  it('a bad --baseline next to --history fails before the history file is created', async () => {
    const dir = tempDir();
    const history = join(dir, 'h.sqlite');
    expect(await main(['scan', '--snapshot', estate, '--out', join(dir, 'out'), '--history', history, '--baseline', join(dir, 'missing.json')])).toBe(2);
    expect(stderr()).toBe(`mlscan: ${join(dir, 'missing.json')}: $: file not found\n`);
    expect(existsSync(history)).toBe(false);
  });

  it.skipIf(!historyAvailable)('mlscan diff --history on a file that does not exist is one line, exit 2, and creates nothing', async () => {
    const missing = join(tempDir(), 'nope.sqlite');
    expect((await diff('--history', missing)).code).toBe(2);
    expect(stderr()).toMatch(/^mlscan: .*nope\.sqlite.*\n$/);
    expect(existsSync(missing)).toBe(false);
  });
});
