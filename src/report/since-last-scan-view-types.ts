import type { AssetRef, DiffCategory, Severity } from '../model/index.js';

/** The "Since the last scan" section of the HTML and Markdown reports (built by since-last-scan-view.ts). */
export interface DiffCountRow {
  key: DiffCategory;
  label: string;
  meaning: string;
  count: number;
  /** "1 high, 2 low"; empty when the count is 0. */
  severities: string;
}

export interface DiffFindingRow {
  severity: Severity;
  ruleId: string;
  assetName: string;
  assetKind: string;
  provider: string;
  account: string;
  /** "pass → fail", "fail → (gone)". */
  change: string;
  /** First 12 hex digits of the fingerprint. */
  id: string;
  fingerprint: string;
  /** Id of the HTML report's rule group that lists the finding now (`fail:<rule id>`), when it is in one. */
  anchor: string | null;
}

export interface DiffList<Row> {
  key: string;
  label: string;
  rows: Row[];
  total: number;
  /** How many more than the rows shown. */
  more: number;
  /** Shown unfolded in the HTML report (what a reader acts on first: new and regressed findings). */
  open: boolean;
}

export interface TrendSegment {
  severity: Severity;
  count: number;
  y: number;
  height: number;
}

export interface TrendColumn {
  label: string;
  total: number;
  x: number;
  textX: number;
  totalY: number;
  segments: TrendSegment[];
}

export interface TrendChart {
  title: string;
  width: number;
  height: number;
  labelY: number;
  columns: TrendColumn[];
  severities: Severity[];
  /** The same numbers as a table: one row per scan. */
  rows: { label: string; cells: number[]; total: number }[];
}

export interface SinceLastScanView {
  baseline: string;
  baselineFinishedAt: string;
  /** "2 new, 1 resolved, 3 not re-assessed". */
  headline: string;
  /** Nothing changed: every change category is 0 and no asset came or went. */
  empty: boolean;
  counts: DiffCountRow[];
  /** Non-empty change categories, in DIFF_CATEGORIES order (still failing is counted, not listed). */
  lists: DiffList<DiffFindingRow>[];
  assets: DiffList<AssetRef>[];
  trend: TrendChart | null;
}
