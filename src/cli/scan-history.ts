import { InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';
import { openHistory, type HistoryStore, type Retention } from '../history/index.js';
import type { ScanResult } from '../model/index.js';

export interface HistoryFlags {
  /** SQLite file every scan is recorded in (created when missing). */
  history?: string;
  /** Retention applied after recording: the newest N scans, or the scans of the last N days. */
  keep?: Retention;
}

/** `--keep 30` keeps the newest 30 scans; `--keep 90d` the scans of the last 90 days. */
export function parseKeep(value: string | number): Retention {
  const match = /^([1-9]\d*)(d?)$/.exec(String(value).trim());
  if (!match) throw new InvalidArgumentError('expected a number of scans (e.g. 30) or of days (e.g. 90d)');
  return match[2] ? { days: Number(match[1]) } : { keep: Number(match[1]) };
}

/** The history a scan records into, and the retention applied after recording. */
export interface ScanHistory {
  store: HistoryStore;
  retention: Retention | undefined;
}

/**
 * The history a scan records into (flag, else config), opened before the scan so that a file that
 * is not a history fails at once (exit 2) rather than after a scan of many minutes.
 */
export function openScanHistory(flags: HistoryFlags, config: { history?: string; keep?: string | number }): ScanHistory | undefined {
  const file = flags.history ?? config.history;
  const retention = flags.keep ?? (config.keep !== undefined ? parseKeep(config.keep) : undefined);
  if (!file) {
    if (retention) throw new UsageError('scan: --keep needs --history FILE (the retention applies to the scan history)');
    return undefined;
  }
  const command = flags.history ? 'scan --history' : 'scan with history: in the config file';
  return { store: openHistory(file, { create: true, command }), retention };
}

/**
 * Records the scan after its reports were written (a scan whose reports failed is not in the
 * history, so the next scan's "since the last scan" never diffs against a scan nobody saw), then
 * applies the retention and closes the file. Returns the stderr line that says so.
 */
export function recordInHistory({ store, retention }: ScanHistory, result: ScanResult, plan: unknown): string {
  try {
    const id = store.record(result, { plan });
    const pruned = retention ? store.prune(retention) : 0;
    return `mlscan: recorded as scan ${id} in ${store.file}${pruned ? ` (${pruned} older scan${pruned === 1 ? '' : 's'} pruned)` : ''}\n`;
  } finally {
    store.close();
  }
}
