import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite, pragma } from '../../src/history/sqlite.js';
import { afterEach, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/index.js';
import { runCli, startCli, stopAll } from '../support/cli-process.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { describeHistory } from '../support/node-sqlite.js';

// The built CLI in child processes: a process killed inside the history transaction, and two
// scans recording into one file at once. MLSCAN_TEST_HISTORY_PAUSE_FILE stops a scan inside its
// transaction (after the scan row and its assets, before the findings) until the file is deleted.
const tempDir = useTempDirs('mlscan-history-proc-');
const ESTATE = join('providers', 'snapshot', 'sample', 'estate.json');
const PAUSED = /test pause inside the history transaction/;
afterEach(stopAll);

const scanArgs = (history: string, out: string) => ['scan', '--snapshot', ESTATE, '--format', 'json', '--out', out, '--history', history, '--fail-on', 'none', '--allow-partial', '-q'];

function findingsIn(out: string): number {
  return (JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult).findings.length;
}

/** Rows per scan id, per table, and SQLite's own integrity verdict. */
function contents(history: string) {
  const db = openSqlite(history, { readOnly: true });
  try {
    const perScan = (table: string) => Object.fromEntries((db.prepare(`SELECT scan_id AS id, count(*) AS n FROM ${table} GROUP BY scan_id`).all() as { id: number; n: number }[]).map((r) => [r.id, r.n]));
    return {
      scans: (db.prepare('SELECT id FROM scans ORDER BY id').all() as { id: number }[]).map((r) => r.id),
      findings: perScan('findings'),
      assets: perScan('assets'),
      integrity: pragma(db, 'integrity_check'),
    };
  } finally {
    db.close();
  }
}

describeHistory('history under a killed scan and concurrent scans', () => {
  it('a scan killed inside its transaction leaves no half-recorded scan, and the next scan records fine', async () => {
    const dir = tempDir();
    const history = join(dir, 'history.db');
    const pause = join(dir, 'pause');
    const first = runCli(scanArgs(history, join(dir, 'first')));
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('ExperimentalWarning'); // node:sqlite's load-time warning is dropped, on Node 22 and 24
    const before = contents(history);
    writeFileSync(pause, '');
    const killed = startCli(scanArgs(history, join(dir, 'killed')), { MLSCAN_TEST_HISTORY_PAUSE_FILE: pause });
    await killed.stderrLine(PAUSED);
    killed.child.kill('SIGKILL');
    expect((await killed.finished).signal).toBe('SIGKILL');
    rmSync(pause);

    expect(existsSync(join(dir, 'killed', 'mlscan-report.json'))).toBe(true); // the reports came first
    const after = contents(history);
    expect(after).toEqual(before);
    expect(after.scans).toEqual([1]);
    expect(after.integrity).toBe('ok');

    const next = runCli(scanArgs(history, join(dir, 'next')));
    expect(next.code).toBe(0);
    const recorded = contents(history);
    expect(recorded.scans).toEqual([1, 2]);
    expect(recorded.findings[2]).toBe(findingsIn(join(dir, 'next')));
    expect(recorded.assets[2]).toBe(before.assets[1]);
  });

  it('two scans recording into one file at once both land: the second waits for the first one’s transaction', async () => {
    const dir = tempDir();
    const history = join(dir, 'history.db');
    const pause = join(dir, 'pause');
    expect(runCli(scanArgs(history, join(dir, 'first'))).code).toBe(0);
    writeFileSync(pause, '');
    const first = startCli(scanArgs(history, join(dir, 'a')), { MLSCAN_TEST_HISTORY_PAUSE_FILE: pause });
    await first.stderrLine(PAUSED);
    const second = startCli(scanArgs(history, join(dir, 'b')));
    while (!existsSync(join(dir, 'b', 'mlscan-report.json')) && second.child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    expect(second.child.exitCode).toBeNull(); // its reports are written; it waits for the lock to record
    rmSync(pause);
    const [a, b] = await Promise.all([first.finished, second.finished]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr + b.stderr).not.toMatch(/ExperimentalWarning|SQLite is an experimental feature/);

    const recorded = contents(history);
    expect(recorded.scans).toEqual([1, 2, 3]);
    expect(recorded.findings).toEqual({ 1: findingsIn(join(dir, 'first')), 2: findingsIn(join(dir, 'a')), 3: findingsIn(join(dir, 'b')) });
    expect(recorded.integrity).toBe('ok');
  });
});
