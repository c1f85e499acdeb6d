import { Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../../errors.js';
import type { Severity } from '../../model/index.js';
import { diffScans, fromDiff, readReportFile, type Baseline, type ScanDiff } from '../../diff/index.js';
import { sinceLastScanView } from '../../report/since-last-scan-view.js';
import { sinceLastScanMarkdown } from '../../report/since-last-scan-markdown.js';
import { displayStrings } from '../../report/text-limits.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled, createStyler } from '../output.js';
import { parseThreshold } from '../parse.js';
import { formatDiffText, newFailing } from '../diff-text.js';
import { openHistoryForDiff, type DiffHistory } from '../diff-history.js';

interface DiffFlags {
  from?: string;
  to?: string;
  history?: string;
  json?: boolean;
  format?: 'text' | 'md';
  failOn?: Severity | 'none';
}

function parseDiffFormat(value: string): 'text' | 'md' {
  if (value === 'text' || value === 'md') return value;
  throw new InvalidArgumentError('expected one of: text, md');
}

/**
 * `mlscan diff`: what changed between two scans, each a JSON report file or a history id. Exit 0,
 * or 1 when findings new or regressed in `--to` fail at or above `--fail-on` (default high).
 */
export function diffCommand(): Command {
  return new Command('diff')
    .description('Show what changed between two scans (JSON reports or history ids): new, resolved, not re-assessed, ...')
    .option('--from <id|file>', 'the older scan: a history id or a JSON report (default: the scan before --to in --history)')
    .option('--to <id|file>', 'the newer scan: a history id or a JSON report (default: the newest scan in --history)')
    .option('--history <file>', 'the scan history file (SQLite) that ids refer to')
    .option('--json', 'print the diff as JSON')
    .option('--format <format>', 'text (default) or md (Markdown, as in the reports)', parseDiffFormat)
    .option('--fail-on <severity>', 'exit 1 if a new or regressed finding fails at or above: critical, high, medium, low, info, none (default: high)', parseThreshold)
    .action((flags: DiffFlags) => {
      process.exitCode = runDiffCommand(flags);
    });
}

export function runDiffCommand(flags: DiffFlags): number {
  const history = flags.history ? openHistoryForDiff(flags.history) : undefined;
  try {
    const { from, to } = resolveSides(flags, history);
    const diff = diffScans(from.scan, to.scan);
    process.stdout.write(render(flags, from, to, diff));
    const failOn = flags.failOn ?? 'high';
    return newFailing(diff, failOn).length > 0 ? EXIT.findings : EXIT.clean;
  } finally {
    history?.close();
  }
}

function render(flags: DiffFlags, from: Baseline, to: Baseline, diff: ScanDiff): string {
  if (flags.json) return JSON.stringify({ from: from.ref, to: to.ref, ...diff }, null, 2) + '\n';
  if (flags.format === 'md') return sinceLastScanMarkdown(displayStrings(sinceLastScanView(fromDiff(from.ref, diff))), '## mlscan diff');
  return formatDiffText(from, to, diff, createStyler(colorEnabled(process.stdout)));
}

/** `--to` defaults to the newest scan of the history and `--from` to the one before it. */
function resolveSides(flags: DiffFlags, history: DiffHistory | undefined): { from: Baseline; to: Baseline } {
  if (!history && (!flags.from || !flags.to)) {
    throw new UsageError('diff: give --from and --to (JSON reports or history ids), or --history FILE to compare its last two scans');
  }
  const recent = history && (!flags.from || !flags.to) ? history.trend(2) : [];
  const to = flags.to ?? (recent.length ? String(recent.at(-1)!.id) : undefined);
  const from = flags.from ?? (recent.length > 1 ? String(recent.at(-2)!.id) : undefined);
  if (to === undefined || from === undefined) {
    throw new UsageError(`diff: ${history?.file ?? 'the history'} holds ${recent.length} scan(s): give --from and --to, or scan twice with --history first`);
  }
  return { from: side('--from', from, history), to: side('--to', to, history) };
}

/** A history id (digits only) or a JSON report file. */
function side(flag: string, value: string, history: DiffHistory | undefined): Baseline {
  if (!/^\d+$/.test(value)) return readReportFile(value);
  if (!history) throw new UsageError(`diff: ${flag} ${value}: a history id needs --history FILE (or give a JSON report file)`);
  const id = Number(value);
  const scan = history.load(id);
  return { ref: { source: 'history', historyId: id, file: history.file, finishedAt: scan.scan.finishedAt }, scan };
}
