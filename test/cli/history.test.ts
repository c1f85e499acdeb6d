import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openHistory, type ScanSummary } from '../../src/history/index.js';
import type { ScanResult } from '../../src/model/index.js';
import { inProcessCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { runCli as runBuiltCli } from '../support/cli-process.js';
import { describeHistory, historyAvailable } from '../support/node-sqlite.js';

const tempDir = useTempDirs('mlscan-history-cli-');
const stderr = inProcessCli([], {});
const ESTATE = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');

async function scan(dir: string, ...extra: string[]): Promise<number> {
  return main(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', join(dir, 'out'), '--fail-on', 'none', '--allow-partial', ...extra]);
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  return { code: await main(argv), stdout };
}

function report(dir: string): ScanResult {
  return JSON.parse(readFileSync(join(dir, 'out', 'mlscan-report.json'), 'utf8')) as ScanResult;
}

describeHistory('mlscan scan --history', () => {
  it('records each scan after its reports, says so, and lists and shows them', async () => {
    const dir = tempDir();
    const history = join(dir, 'history.db');
    expect(await scan(dir, '--history', history)).toBe(0);
    expect(stderr()).toContain(`mlscan: recorded as scan 1 in ${history}\n`);
    expect(await scan(dir, '--history', history)).toBe(0);
    const result = report(dir);
    const failing = result.findings.filter((f) => f.status === 'fail' || f.status === 'error');

    const list = await run('history', 'list', '--history', history);
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+FINISHED\s+SOURCES\s+PARTIAL\s+ASSETS\s+FAILING \(critical\/high\/medium\/low\/info\)$/);
    expect(lines.slice(1, 3).map((l) => l.split(/\s+/)[0])).toEqual(['2', '1']);
    expect(lines[1]).toContain(result.scan.finishedAt);
    expect(lines[3]).toBe('2 scans');

    const json = JSON.parse((await run('history', 'list', '--history', history, '--json')).stdout) as ScanSummary[];
    expect(json.map((s) => s.id)).toEqual([2, 1]);
    expect(json[0]).toMatchObject({ finishedAt: result.scan.finishedAt, sources: result.scan.sources, partial: result.scan.partial, assets: result.inventory.assets.length, ruleCount: result.scan.rules.length, failOn: 'none' });
    expect(Object.values(json[0]!.failing).reduce((a, b) => a + b, 0)).toBe(failing.length);

    const show = await run('history', 'show', '2', '--history', history);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(`scan 2: ${result.scan.startedAt} .. ${result.scan.finishedAt}`);
    expect(show.stdout).toContain(`assets: ${result.inventory.assets.length}`);
    expect(show.stdout.split('\n').filter((l) => /^(critical|high|medium|low|info)\s+(fail|error)\s/.test(l))).toHaveLength(failing.length);

    const shown = JSON.parse((await run('history', 'show', '1', '--history', history, '--json')).stdout) as { id: number; findings: unknown[]; inventory: { assets: unknown[] } };
    expect(shown.id).toBe(1);
    expect(shown.findings).toHaveLength(result.findings.length);
    expect(shown.inventory.assets).toHaveLength(result.inventory.assets.length);
  });

  it('applies --keep N and --keep Nd after recording', async () => {
    const dir = tempDir();
    const history = join(dir, 'history.db');
    for (let i = 0; i < 3; i++) expect(await scan(dir, '--history', history, '--keep', '2')).toBe(0);
    expect(stderr()).toContain(`mlscan: recorded as scan 3 in ${history} (1 older scan pruned)\n`);
    const store = openHistory(history, { create: false });
    expect(store.list().map((s) => s.id)).toEqual([3, 2]);
    store.close();
    expect(await scan(dir, '--history', history, '--keep', '30d')).toBe(0);
    expect(stderr()).toContain(`mlscan: recorded as scan 4 in ${history}\n`);
  });

  it('reads history and keep from the config file (history relative to it)', async () => {
    const dir = tempDir();
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(config, 'history: scans.db\nkeep: 1\n');
    expect(await scan(dir, '--config', config)).toBe(0);
    expect(await scan(dir, '--config', config)).toBe(0);
    expect(stderr()).toContain(`recorded as scan 2 in ${join(dir, 'scans.db')} (1 older scan pruned)`);
    writeFileSync(config, 'history: scans.db\nkeep: forever\n');
    expect(await scan(dir, '--config', config)).toBe(2);
    expect(stderr()).toMatch(new RegExp(`mlscan: ${config}: \\$\\.keep: .*\\n$`));
  });

  it('refuses a file that is not a history before scanning: one line, exit 2, no report, file unchanged', async () => {
    const dir = tempDir();
    const history = join(dir, 'notes.db');
    writeFileSync(history, 'my notes, not a database\n');
    expect(await scan(dir, '--history', history)).toBe(2);
    expect(stderr()).toBe(`mlscan: ${history}: not a SQLite database, so not an mlscan history file; left unchanged\n`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(readFileSync(history, 'utf8')).toBe('my notes, not a database\n');
  });

  it('is a usage error to give --keep without --history, or a bad --keep', async () => {
    const dir = tempDir();
    expect(await scan(dir, '--keep', '3')).toBe(2);
    expect(stderr()).toBe('mlscan: scan: --keep needs --history FILE (the retention applies to the scan history)\n');
    expect(await scan(dir, '--history', join(dir, 'h.db'), '--keep', '0')).toBe(2);
    expect(stderr()).toContain("option '--keep <N|Nd>' argument '0' is invalid. expected a number of scans (e.g. 30) or of days (e.g. 90d)");
  });
});

describeHistory('mlscan history', () => {
  it('list and show need an existing file and a known id', async () => {
    const dir = tempDir();
    const history = join(dir, 'h.db');
    expect((await run('history', 'list', '--history', history)).code).toBe(2);
    expect(stderr()).toBe(`mlscan: ${history}: no such history file (a scan with --history ${history} creates it)\n`);
    expect(existsSync(history)).toBe(false);
    expect(await scan(dir, '--history', history)).toBe(0);
    expect((await run('history', 'show', '9', '--history', history)).code).toBe(2);
    expect(stderr()).toContain(`mlscan: ${history}: no scan with id 9 (see: mlscan history list --history ${history})\n`);
    expect((await run('history', 'list')).code).toBe(2);
    expect(stderr()).toContain("mlscan: required option '--history <file>' not specified\n");
  });

  it('prune keeps the newest N scans', async () => {
    const dir = tempDir();
    const history = join(dir, 'h.db');
    for (let i = 0; i < 3; i++) await scan(dir, '--history', history);
    expect((await run('history', 'prune', '--history', history, '--keep', '1')).code).toBe(0);
    expect(stderr()).toContain(`mlscan: ${history}: 2 scans pruned\n`);
    expect(JSON.parse((await run('history', 'list', '--history', history, '--json')).stdout).map((s: ScanSummary) => s.id)).toEqual([3]);
  });
});

describe.runIf(!historyAvailable)('the history on a Node.js without node:sqlite (older than 22.16)', () => {
  const version = process.version.replace(/\./g, '\\.');
  const endOfLife = process.versions.node.startsWith('20.') ? ', which reached end of life in April 2026' : '';
  const refusals: [string, (dir: string) => string[]][] = [
    ['scan --history', (dir) => ['scan', '--snapshot', ESTATE, '--format', 'json', '--out', join(dir, 'out'), '--history', join(dir, 'h.db'), '--fail-on', 'none']],
    ['history list', (dir) => ['history', 'list', '--history', join(dir, 'h.db')]],
    ['history prune', (dir) => ['history', 'prune', '--history', join(dir, 'h.db'), '--keep', '3']],
    ['diff --history', (dir) => ['diff', '--history', join(dir, 'h.db')]],
  ];
  for (const [command, argv] of refusals) {
    it(`mlscan ${command}: one line naming the command and the Node.js version, exit 2, nothing written`, () => {
      const dir = tempDir();
      const run = runBuiltCli(argv(dir));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^mlscan: ${command} needs Node\\.js 22\\.16 or newer \\(it uses the built-in node:sqlite\\); this is Node\\.js ${version}${endOfLife}\\n$`));
      expect(run.stdout).toBe('');
      expect(existsSync(join(dir, 'out'))).toBe(false);
      expect(existsSync(join(dir, 'h.db'))).toBe(false);
    });
  }
});
