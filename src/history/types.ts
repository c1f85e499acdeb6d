import type { FindingStatus, ScanTrendPoint, Severity } from '../model/index.js';
import type { DiffableScan } from '../diff/diffable.js';
import type { ScanResult } from '../model/index.js';

/** One point of the failing-findings trend: a recorded scan's id, end time and failing (fail or error) findings by severity. */
export type TrendPoint = ScanTrendPoint;

/** What `history list` shows of one recorded scan. */
export interface ScanSummary {
  id: number;
  startedAt: string;
  finishedAt: string;
  /** When the scan was written to the history (after its reports). */
  recordedAt: string;
  toolVersion: string;
  sources: string[];
  partial: boolean;
  failOn: Severity | 'none' | undefined;
  ruleCount: number;
  assets: number;
  /** Findings by status (every status present, 0 when none). */
  counts: Record<FindingStatus, number>;
  /** Failing findings (fail or error) by severity. */
  failing: Record<Severity, number>;
}

/** How many scans a history keeps: the newest `keep`, and/or those that finished within `days` days. */
export interface Retention {
  keep?: number;
  days?: number;
}

/** A scan history file (SQLite), open for reading and, when opened with `create: true`, writing. */
export interface HistoryStore {
  readonly file: string;
  /** Records a scan in one transaction; returns its id. Never stores raw records, facts or evidence. */
  record(result: ScanResult, meta?: { plan?: unknown }): number;
  /** Every recorded scan, newest first. */
  list(): ScanSummary[];
  /** The scan with this id as a diff reads it; a UsageError when there is none. */
  load(id: number): DiffableScan;
  /** The newest recorded scan, if any. */
  latest(): { id: number; scan: DiffableScan } | undefined;
  /** The last `limit` scans, oldest first. */
  trend(limit: number): TrendPoint[];
  /** Deletes the scans the retention does not keep (never the newest); returns how many. */
  prune(retention: Retention, now?: Date): number;
  close(): void;
}
