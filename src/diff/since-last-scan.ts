import { SEVERITIES, type BaselineRef, type ScanTrendPoint, type Severity, type SinceLastScan } from '../model/index.js';
import type { DiffableScan } from './diffable.js';
import { diffScans, type ScanDiff } from './diff.js';

/** A baseline scan and where it came from (a JSON report file or a history id). */
export interface Baseline {
  ref: BaselineRef;
  scan: DiffableScan;
}

/** The `sinceLastScan` block of a scan result: the diff from `baseline` to `current`, and the trend when a history gave one. */
export function sinceLastScan(baseline: Baseline, current: DiffableScan, trend?: readonly ScanTrendPoint[]): SinceLastScan {
  return fromDiff(baseline.ref, diffScans(baseline.scan, current), trend);
}

export function fromDiff(ref: BaselineRef, diff: ScanDiff, trend?: readonly ScanTrendPoint[]): SinceLastScan {
  return { baseline: ref, counts: diff.counts, bySeverity: diff.bySeverity, findings: diff.findings, assets: diff.assets, ...(trend ? { trend: [...trend] } : {}) };
}

/** Failing findings (fail or error, the gate's notion) of `scan` by severity: the trend point of a scan not yet in a history. */
export function failingBySeverity(scan: Pick<DiffableScan, 'findings'>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of scan.findings) if (f.status === 'fail' || f.status === 'error') counts[f.severity]++;
  return counts;
}

/**
 * The figures a reader wants first: "2 new (1 regressed), 1 resolved, 3 not re-assessed". "New"
 * counts what --fail-on-new counts: new and regressed (pass → fail) findings.
 */
export function diffHeadline(counts: SinceLastScan['counts']): string {
  const fresh = counts.new + counts.regressed;
  return `${fresh} new${counts.regressed ? ` (${counts.regressed} regressed from pass)` : ''}, ${counts.resolved} resolved, ${counts.notReassessed} not re-assessed`;
}

/** Where the baseline came from, in a few words ("history scan 12", "report main-report.json"). */
export function baselineLabel(ref: BaselineRef): string {
  if (ref.source === 'history') return `history scan ${ref.historyId ?? '?'}`;
  return `report ${ref.file ?? '?'}`;
}
