import { UsageError } from '../errors.js';
import { findingsAtOrAbove } from '../scan/run-scan.js';
import { type Finding, type ScanResult, type ScanTrendPoint, type Severity, type SinceLastScan } from '../model/index.js';
import { diffHeadline, failingBySeverity, readReportFile, sinceLastScan, type Baseline, type DiffableScan } from '../diff/index.js';

/** Scans kept in the trend besides the current one. */
export const TREND_SCANS = 10;

export interface BaselineFlags {
  /** A previous JSON report to diff against. */
  baseline?: string;
  /** Exit code from findings new relative to the baseline only. */
  failOnNew?: boolean;
}

/** What `--history` offers a scan: the newest recorded scan and the trend (src/history's store satisfies it). */
export interface HistoryBaseline {
  file: string;
  latest(): { id: number; scan: DiffableScan } | undefined;
  trend(limit: number): readonly ScanTrendPoint[];
}

/** The baseline and trend of a scan, read before it runs (a bad baseline file fails at once, exit 2). */
export interface ScanBaseline {
  baseline?: Baseline;
  trend?: readonly ScanTrendPoint[];
}

/** The `--baseline` report, read and checked before anything is opened or written. */
export function readBaselineReport(flags: BaselineFlags): Baseline | undefined {
  return flags.baseline ? readReportFile(flags.baseline) : undefined;
}

/**
 * `--baseline FILE` (`report`) wins over `--history`; without it the history's newest scan is the
 * baseline (read before this scan is recorded). `--fail-on-new` without either is a usage error.
 */
export function loadScanBaseline(flags: BaselineFlags, history?: HistoryBaseline, report = readBaselineReport(flags)): ScanBaseline {
  const trend = history ? history.trend(TREND_SCANS) : undefined;
  if (report) return { baseline: report, ...(trend ? { trend } : {}) };
  const latest = history?.latest();
  if (history && latest) {
    return { baseline: { ref: { source: 'history', historyId: latest.id, file: history.file, finishedAt: latest.scan.scan.finishedAt }, scan: latest.scan }, ...(trend ? { trend } : {}) };
  }
  if (flags.failOnNew && !history) throw new UsageError('scan: --fail-on-new needs a baseline: give --baseline FILE (a previous mlscan-report.json) or --history FILE');
  return trend ? { trend } : {};
}

/** The result with its `sinceLastScan` block; the trend ends with this scan (id 0: not recorded yet). */
export function withSinceLastScan(result: ScanResult, { baseline, trend }: ScanBaseline): ScanResult {
  if (!baseline) return result;
  const points = trend ? [...trend, { id: 0, finishedAt: result.scan.finishedAt, failing: failingBySeverity(result) }] : undefined;
  return { ...result, sinceLastScan: sinceLastScan(baseline, result, points) };
}

/**
 * The findings `--fail-on-new` gates on: failing (fail or error) at or above the threshold and
 * new or regressed since the baseline. An empty history (the first scan) has no baseline, so
 * every failing finding is new: a gate never passes on a comparison it could not make.
 */
export function newFindingsAtOrAbove(result: ScanResult, threshold: Severity | 'none'): Finding[] {
  const gated = findingsAtOrAbove(result.findings, threshold);
  const since = result.sinceLastScan;
  if (!since) return gated;
  const fresh = new Set([...since.findings.new, ...since.findings.regressed].map((c) => c.fingerprint));
  return gated.filter((f) => fresh.has(f.fingerprint));
}

/** The stderr summary line: "since <date>: N new, N resolved, N not re-assessed". */
export function sinceLine(since: SinceLastScan): string {
  const c = since.counts;
  const extra = [
    c.assetRemoved ? `${c.assetRemoved} gone with their asset` : '',
    c.newlyUnknown ? `${c.newlyUnknown} newly unknown` : '',
    c.accepted ? `${c.accepted} accepted` : '',
  ].filter(Boolean);
  return `since ${since.baseline.finishedAt}: ${diffHeadline(c)}${extra.length ? `, ${extra.join(', ')}` : ''}`;
}
