import { Command } from 'commander';
import { FINDING_STATUSES, SEVERITIES, type Severity } from '../../model/index.js';
import { openHistory, type HistoryStore, type ScanSummary } from '../../history/index.js';
import type { DiffableFinding } from '../../diff/diffable.js';
import { parseKeep } from '../scan-history.js';
import { parsePositiveInt } from '../parse.js';
import { terminalSafe } from '../output.js';
import { table } from './rules.js';

interface ReadFlags {
  history: string;
  json?: boolean;
}

const HISTORY_OPTION = ['--history <file>', 'the SQLite scan history file (written by mlscan scan --history)'] as const;

export function historyCommand(): Command {
  return new Command('history')
    .description('Show or prune the scans recorded with mlscan scan --history FILE')
    .addCommand(quiet(listCommand()))
    .addCommand(quiet(showCommand()))
    .addCommand(quiet(pruneCommand()));
}

/** Like the top-level commands (main.ts): commander's errors are thrown to main's one-line handler, not printed and exited on. */
function quiet(command: Command): Command {
  return command.exitOverride().configureOutput({ outputError: () => {} });
}

function listCommand(): Command {
  return new Command('list')
    .description('The recorded scans, newest first: when, what was scanned, and what failed by severity')
    .requiredOption(...HISTORY_OPTION)
    .option('--json', 'print JSON instead of a table')
    .action((flags: ReadFlags) => {
      const scans = withHistory(flags.history, 'list', (store) => store.list());
      if (flags.json) return void process.stdout.write(JSON.stringify(scans, null, 2) + '\n');
      const rows = scans.map((s) => [String(s.id), s.finishedAt, terminalSafe(s.sources.join(',')), s.partial ? 'yes' : 'no', String(s.assets), failingCells(s.failing)]);
      process.stdout.write(table(['ID', 'FINISHED', 'SOURCES', 'PARTIAL', 'ASSETS', `FAILING (${SEVERITIES.join('/')})`], rows));
      process.stdout.write(`${scans.length} scan${scans.length === 1 ? '' : 's'}\n`);
    });
}

function showCommand(): Command {
  return new Command('show')
    .description('One recorded scan: its metadata, counts and failing findings')
    .argument('<id>', 'scan id (see mlscan history list)', parsePositiveInt)
    .requiredOption(...HISTORY_OPTION)
    .option('--json', 'print JSON (metadata, counts, assets, gaps and every finding)')
    .action((id: number, flags: ReadFlags) => {
      const { summary, scan } = withHistory(flags.history, 'show', (store) => ({ scan: store.load(id), summary: store.list().find((s) => s.id === id)! }));
      if (flags.json) return void process.stdout.write(JSON.stringify({ ...summary, inventory: scan.inventory, coverage: scan.coverage, findings: scan.findings }, null, 2) + '\n');
      process.stdout.write(describeScan(summary, scan.coverage.gaps.length));
      const failing = scan.findings.filter((f) => f.status === 'fail' || f.status === 'error');
      process.stdout.write(failing.length ? '\n' + table(['SEVERITY', 'STATUS', 'RULE', 'ASSET', 'MESSAGE'], failing.map(findingRow)) : 'no failing finding\n');
    });
}

function pruneCommand(): Command {
  return new Command('prune')
    .description('Delete old scans: keep the newest N (--keep 30) or those of the last N days (--keep 90d); the newest scan is always kept')
    .requiredOption(...HISTORY_OPTION)
    .requiredOption('--keep <N|Nd>', 'the newest N scans, or the scans of the last N days', parseKeep)
    .action((flags: { history: string; keep: ReturnType<typeof parseKeep> }) => {
      const pruned = withHistory(flags.history, 'prune', (store) => store.prune(flags.keep));
      process.stderr.write(`mlscan: ${flags.history}: ${pruned} scan${pruned === 1 ? '' : 's'} pruned\n`);
    });
}

/** Opens an existing history file (read-only unless the subcommand is prune), runs `work`, closes it. */
function withHistory<T>(file: string, subcommand: 'list' | 'show' | 'prune', work: (store: HistoryStore) => T): T {
  const store = openHistory(file, { create: false, write: subcommand === 'prune', command: `history ${subcommand}` });
  try {
    return work(store);
  } finally {
    store.close();
  }
}

function failingCells(failing: Record<Severity, number>): string {
  return SEVERITIES.map((s) => failing[s]).join('/');
}

function describeScan(s: ScanSummary, gaps: number): string {
  const counts = FINDING_STATUSES.filter((status) => s.counts[status] > 0).map((status) => `${s.counts[status]} ${status}`);
  return [
    `scan ${s.id}: ${s.startedAt} .. ${s.finishedAt} (mlscan ${terminalSafe(s.toolVersion)}, recorded ${s.recordedAt})`,
    `sources: ${terminalSafe(s.sources.join(', '))}`,
    `partial: ${s.partial ? `yes (${gaps} coverage gap${gaps === 1 ? '' : 's'})` : 'no'}; fail-on: ${s.failOn ?? 'not recorded'}; rules: ${s.ruleCount}; assets: ${s.assets}`,
    `findings: ${counts.join(', ') || 'none'}`,
    `failing by severity (${SEVERITIES.join('/')}): ${failingCells(s.failing)}`,
  ].join('\n') + '\n';
}

function findingRow(f: DiffableFinding): string[] {
  return [f.severity, f.status, f.ruleId, terminalSafe(f.assetName), terminalSafe(f.message)];
}
