import type { SqliteDatabase } from './sqlite.js';
import { UsageError } from '../errors.js';
import type { CoverageGap, FindingStatus, Severity } from '../model/index.js';
import type { DiffableAsset, DiffableFinding, DiffableScan } from '../diff/diffable.js';
import type { ScanSummary, TrendPoint } from './types.js';

interface ScanRow {
  id: number;
  started_at: string;
  finished_at: string;
  recorded_at: string;
  tool_version: string;
  sources: string;
  partial: number;
  fail_on: string | null;
  rule_count: number;
  asset_count: number;
  status_counts: string;
  failing_counts: string;
}

const SUMMARY_COLUMNS = 'id, started_at, finished_at, recorded_at, tool_version, sources, partial, fail_on, rule_count, asset_count, status_counts, failing_counts';

/** Every recorded scan, newest first (by id: ids only grow, and a clock can go back). */
export function listScans(db: SqliteDatabase): ScanSummary[] {
  return (db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM scans ORDER BY id DESC`).all() as ScanRow[]).map(toSummary);
}

function toSummary(row: ScanRow): ScanSummary {
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    recordedAt: row.recorded_at,
    toolVersion: row.tool_version,
    sources: JSON.parse(row.sources) as string[],
    partial: row.partial === 1,
    failOn: (row.fail_on ?? undefined) as Severity | 'none' | undefined,
    ruleCount: row.rule_count,
    assets: row.asset_count,
    counts: JSON.parse(row.status_counts) as Record<FindingStatus, number>,
    failing: JSON.parse(row.failing_counts) as Record<Severity, number>,
  };
}

/** The last `limit` scans' failing counts, oldest first. */
export function trendOf(db: SqliteDatabase, limit: number): TrendPoint[] {
  const rows = db.prepare('SELECT id, finished_at, failing_counts FROM scans ORDER BY id DESC LIMIT ?').all(limit) as Pick<ScanRow, 'id' | 'finished_at' | 'failing_counts'>[];
  return rows.reverse().map((row) => ({ id: row.id, finishedAt: row.finished_at, failing: JSON.parse(row.failing_counts) as Record<Severity, number> }));
}

export function newestId(db: SqliteDatabase): number | undefined {
  return (db.prepare('SELECT max(id) AS id FROM scans').get() as { id: number | null }).id ?? undefined;
}

/** A recorded scan as a diff reads it, its rows in the order they were recorded (the report's order). */
export function loadScan(db: SqliteDatabase, file: string, id: number): DiffableScan {
  const row = db.prepare('SELECT started_at, finished_at, sources, partial FROM scans WHERE id = ?').get(id) as Pick<ScanRow, 'started_at' | 'finished_at' | 'sources' | 'partial'> | undefined;
  if (!row) throw new UsageError(`${file}: no scan with id ${id} (see: mlscan history list --history ${file})`);
  return {
    scan: { startedAt: row.started_at, finishedAt: row.finished_at, sources: JSON.parse(row.sources) as string[], partial: row.partial === 1 },
    inventory: { assets: loadAssets(db, id) },
    coverage: { gaps: loadGaps(db, id) },
    findings: loadFindings(db, id),
  };
}

function loadAssets(db: SqliteDatabase, id: number): DiffableAsset[] {
  const rows = db.prepare('SELECT id, kind, name, provider, account, region, tags FROM assets WHERE scan_id = ? ORDER BY rowid').all(id) as (Omit<DiffableAsset, 'tags'> & { tags: string })[];
  return rows.map((row) => ({ ...row, tags: JSON.parse(row.tags) as Record<string, string> }));
}

interface FindingRow extends Omit<DiffableFinding, 'suppression'> {
  suppression: string | null;
}

function loadFindings(db: SqliteDatabase, id: number): DiffableFinding[] {
  const rows = db
    .prepare(
      `SELECT fingerprint, rule_id AS ruleId, status, severity, asset_id AS assetId, asset_name AS assetName, asset_kind AS assetKind,
        provider, account, region, message, suppression FROM findings WHERE scan_id = ? ORDER BY rowid`,
    )
    .all(id) as FindingRow[];
  return rows.map(({ suppression, ...finding }) => (suppression === null ? finding : { ...finding, suppression: JSON.parse(suppression) as DiffableFinding['suppression'] }));
}

interface GapRow {
  provider: CoverageGap['provider'];
  account: string;
  region: string | null;
  service: string;
  errorCode: string;
  message: string | null;
  kinds: string | null;
  scope: string | null;
}

function loadGaps(db: SqliteDatabase, id: number): CoverageGap[] {
  const rows = db.prepare('SELECT provider, account, region, service, error_code AS errorCode, message, kinds, scope FROM gaps WHERE scan_id = ? ORDER BY rowid').all(id) as GapRow[];
  return rows.map((row) => ({
    provider: row.provider,
    account: row.account,
    ...(row.region !== null ? { region: row.region } : {}),
    service: row.service,
    errorCode: row.errorCode,
    ...(row.message !== null ? { message: row.message } : {}),
    ...(row.kinds !== null ? { kinds: JSON.parse(row.kinds) as CoverageGap['kinds'] } : {}),
    ...(row.scope !== null ? { scope: row.scope } : {}),
  }));
}
