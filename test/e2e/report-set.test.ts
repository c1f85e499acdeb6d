// Two scans into one --out, and scans stopped mid-write, with the built CLI. The order is forced
// with MLSCAN_TEST_PAUSE_FILE (writing stops after the first staged file while that file exists),
// never left to timing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/index.js';
import { ROOT, runCli, startCli, stopAll } from '../support/cli-process.js';
import { useTempDirs } from '../support/temp-dirs.js';

const ESTATE = join(ROOT, 'providers', 'snapshot', 'sample', 'estate.json');
const REPORTS = ['mlscan-inventory.csv', 'mlscan-report.html', 'mlscan-report.json', 'mlscan-report.md'];
const PAUSED = /^mlscan: test pause after staging mlscan-report\.html$/;

afterEach(() => stopAll());
const tempDir = useTempDirs('mlscan-set-e2e-');
let fixtures: string;
let tiny: string;
beforeAll(() => {
  // A second estate of two assets, so each report file says which scan wrote it.
  const estate = JSON.parse(readFileSync(ESTATE, 'utf8')) as { assets: unknown[]; edges: unknown[]; references?: unknown };
  fixtures = mkdtempSync(join(tmpdir(), 'mlscan-set-e2e-'));
  tiny = join(fixtures, 'tiny.json');
  writeFileSync(tiny, JSON.stringify({ ...estate, assets: estate.assets.slice(0, 2), edges: [], references: undefined }));
});
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

const scanArgs = (snapshot: string, out: string) => ['scan', '--snapshot', snapshot, '--format', 'html,md,json,csv', '--out', out, '--fail-on', 'none', '--allow-partial', '--quiet'];

/** How many assets each report file describes: one number when the files are one set. */
function assetCounts(out: string): number[] {
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  const island = /<script type="application\/json" id="mlscan-data">([\s\S]*?)<\/script>/.exec(read('mlscan-report.html'))![1]!;
  return [
    (JSON.parse(read('mlscan-report.json')) as ScanResult).inventory.assets.length,
    read('mlscan-inventory.csv').trimEnd().split('\r\n').length - 1,
    (JSON.parse(island) as { inventory: unknown[] }).inventory.length,
    Number(/^\| (\d+) \|/m.exec(read('mlscan-report.md'))![1]),
  ];
}

/** A scan of the full estate, stopped after its first staged file while it holds the lock. */
async function pausedScan(out: string) {
  const pause = join(tempDir(), 'pause');
  writeFileSync(pause, '');
  const scan = startCli(scanArgs(ESTATE, out), { MLSCAN_TEST_PAUSE_FILE: pause });
  await scan.stderrLine(PAUSED);
  return { scan, resume: () => rmSync(pause) };
}

describe('two scans into one --out', () => {
  it('the second fails at once with exit 2, or waits and then writes a whole set of its own', async () => {
    const out = join(tempDir(), 'out');
    const first = await pausedScan(out);

    const impatient = runCli(scanArgs(tiny, out), { MLSCAN_LOCK_WAIT_SECONDS: '0' });
    expect(impatient.code).toBe(2);
    expect(impatient.stderr).toMatch(new RegExp(`^mlscan: ${out}: another mlscan \\(pid ${first.scan.child.pid} on .+\\) is writing reports here; not waiting \\(if none runs, delete .+\\)\\n$`));

    const patient = startCli(scanArgs(tiny, out).filter((a) => a !== '--quiet'), { MLSCAN_LOCK_WAIT_SECONDS: '60' });
    await patient.stderrLine(new RegExp(`waiting for another mlscan \\(pid ${first.scan.child.pid}\\)`));
    expect(readdirSync(out).filter((name) => REPORTS.includes(name))).toEqual([]); // nothing published mid-set

    first.resume();
    expect((await first.scan.finished).code).toBe(0);
    expect((await patient.finished).code).toBe(0);
    expect(assetCounts(out)).toEqual([2, 2, 2, 2]);
    expect(readdirSync(out).sort()).toEqual(REPORTS);
  });
});

describe('a scan stopped while writing', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: exits %i, leaves the previous set whole, no staging folder, lock or .tmp', async (signal, code) => {
    const out = join(tempDir(), 'out');
    expect(runCli(scanArgs(tiny, out)).code).toBe(0);
    const before = REPORTS.map((name) => readFileSync(join(out, name), 'utf8'));
    const { scan } = await pausedScan(out);
    expect(readdirSync(out).some((name) => name.startsWith('.mlscan-staging-'))).toBe(true);
    scan.child.kill(signal);
    const run = await scan.finished;
    expect([run.code, run.signal]).toEqual([code, null]);
    expect(readdirSync(out).sort()).toEqual(REPORTS);
    expect(REPORTS.map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(before);
  });

  it('SIGKILL: cleans nothing, and the next scan breaks the dead lock and sweeps what was left', async () => {
    const out = join(tempDir(), 'out');
    expect(runCli(scanArgs(tiny, out)).code).toBe(0);
    const { scan } = await pausedScan(out);
    scan.child.kill('SIGKILL');
    await scan.finished;
    expect(readdirSync(out).filter((name) => name.startsWith('.')).length).toBe(2); // the lock and the staging folder
    const next = runCli(scanArgs(ESTATE, out), { MLSCAN_LOCK_WAIT_SECONDS: '0' });
    expect([next.code, next.stderr]).toEqual([0, '']);
    expect(readdirSync(out).sort()).toEqual(REPORTS);
    expect(new Set(assetCounts(out)).size).toBe(1);
  });
});
