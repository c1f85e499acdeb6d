import {
  DIFF_CATEGORIES,
  DIFF_CATEGORY_LABELS,
  DIFF_CATEGORY_MEANINGS,
  SEVERITIES,
  type FindingChange,
  type ScanTrendPoint,
  type SinceLastScan,
} from '../model/index.js';
import { diffHeadline } from '../diff/since-last-scan.js';
import { shortFingerprint } from './findings-view.js';
import type { DiffFindingRow, DiffList, SinceLastScanView, TrendChart, TrendColumn } from './since-last-scan-view-types.js';

export type * from './since-last-scan-view-types.js';

/** Rows listed per category or asset change; the JSON report has them all. */
export const SINCE_LAST_SCAN_ROWS = 100;

const ASSET_CHANGE_LABELS = { added: 'Assets added', removed: 'Assets removed', notSeen: 'Assets not seen (behind a coverage gap)' } as const;

export function sinceLastScanView(since: SinceLastScan): SinceLastScanView {
  const changed = DIFF_CATEGORIES.filter((c) => c !== 'stillFailing');
  const assetKeys = Object.keys(ASSET_CHANGE_LABELS) as (keyof typeof ASSET_CHANGE_LABELS)[];
  return {
    baseline: since.baseline.source === 'history' ? `scan ${since.baseline.historyId ?? '?'} of ${since.baseline.file ?? 'the history'}` : (since.baseline.file ?? 'a JSON report'),
    baselineFinishedAt: since.baseline.finishedAt,
    headline: diffHeadline(since.counts),
    empty: changed.every((c) => since.counts[c] === 0) && assetKeys.every((k) => since.assets[k].length === 0),
    counts: DIFF_CATEGORIES.map((key) => ({
      key,
      label: DIFF_CATEGORY_LABELS[key],
      meaning: DIFF_CATEGORY_MEANINGS[key],
      count: since.counts[key],
      severities: SEVERITIES.filter((s) => since.bySeverity[key][s] > 0).map((s) => `${since.bySeverity[key][s]} ${s}`).join(', '),
    })),
    lists: changed.filter((c) => since.findings[c].length > 0).map((key) => capped(key, DIFF_CATEGORY_LABELS[key], since.findings[key].map(findingRow))),
    assets: assetKeys.filter((k) => since.assets[k].length > 0).map((key) => capped(key, ASSET_CHANGE_LABELS[key], since.assets[key])),
    trend: since.trend && since.trend.length > 1 ? trendChart(since.trend) : null,
  };
}

function capped<Row>(key: string, label: string, rows: readonly Row[]): DiffList<Row> {
  return { key, label, rows: rows.slice(0, SINCE_LAST_SCAN_ROWS), total: rows.length, more: Math.max(0, rows.length - SINCE_LAST_SCAN_ROWS), open: key === 'new' || key === 'regressed' };
}

function findingRow(change: FindingChange): DiffFindingRow {
  const listedNow = change.after === 'fail' || change.after === 'error' || change.after === 'unknown';
  return {
    severity: change.severity,
    ruleId: change.ruleId,
    assetName: change.assetName,
    assetKind: change.assetKind,
    provider: change.provider,
    account: change.account,
    change: `${change.before ?? '(absent)'} → ${change.after ?? '(not in this scan)'}`,
    id: shortFingerprint(change.fingerprint),
    fingerprint: change.fingerprint,
    anchor: listedNow ? `${change.after}:${change.ruleId}` : null,
  };
}

/** Geometry of the trend chart (SVG user units). */
const COLUMN_WIDTH = 28;
const COLUMN_GAP = 20;
const PLOT_HEIGHT = 140;
const TOP_MARGIN = 16;
const LABEL_HEIGHT = 18;

/** Stacked columns of failing findings by severity, one per scan, oldest left; critical at the bottom. */
export function trendChart(points: readonly ScanTrendPoint[]): TrendChart {
  const totals = points.map((p) => SEVERITIES.reduce((n, s) => n + p.failing[s], 0));
  const scale = PLOT_HEIGHT / Math.max(1, ...totals);
  const baseY = TOP_MARGIN + PLOT_HEIGHT;
  const columns = points.map((point, i): TrendColumn => {
    const x = COLUMN_GAP / 2 + i * (COLUMN_WIDTH + COLUMN_GAP);
    let top = baseY;
    const segments = SEVERITIES.filter((s) => point.failing[s] > 0).map((severity) => {
      const height = Math.max(1, Math.round(point.failing[severity] * scale));
      top -= height;
      return { severity, count: point.failing[severity], y: top, height };
    });
    return { label: dayLabel(point), total: totals[i]!, x, textX: x + COLUMN_WIDTH / 2, totalY: top - 4, segments };
  });
  return {
    title: `Failing findings by severity over the last ${points.length} scans`,
    width: points.length * (COLUMN_WIDTH + COLUMN_GAP),
    height: baseY + LABEL_HEIGHT,
    labelY: baseY + LABEL_HEIGHT - 4,
    columns,
    severities: [...SEVERITIES],
    rows: points.map((p, i) => ({ label: `${p.finishedAt} (${p.id > 0 ? `scan ${p.id}` : 'this scan'})`, cells: SEVERITIES.map((s) => p.failing[s]), total: totals[i]! })),
  };
}

/** Month and day of the scan ("12-04") under its column; the table gives the full time. */
function dayLabel(point: ScanTrendPoint): string {
  return /^\d{4}-\d{2}-\d{2}/.test(point.finishedAt) ? point.finishedAt.slice(5, 10) : point.finishedAt.slice(0, 5);
}
