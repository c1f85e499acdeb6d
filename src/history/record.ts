import { FINDING_STATUSES, type CoverageGap, type FindingStatus, type ScanResult } from '../model/index.js';
import { failingBySeverity } from '../diff/index.js';
import { redactText, redactValues } from '../lib/secrets.js';
import { toolVersion } from '../version.js';
import { pauseInTransactionForTests } from './test-pause.js';
import { inTransaction, type SqliteDatabase } from './sqlite.js';

const INSERT_SCAN = `INSERT INTO scans (started_at, finished_at, recorded_at, tool_version, sources, partial, fail_on, rule_count, rule_ids, plan, asset_count, status_counts, failing_counts)
  VALUES (@startedAt, @finishedAt, @recordedAt, @toolVersion, @sources, @partial, @failOn, @ruleCount, @ruleIds, @plan, @assetCount, @statusCounts, @failingCounts)`;
const INSERT_ASSET = 'INSERT INTO assets (scan_id, id, kind, name, provider, account, region, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_FINDING = `INSERT INTO findings (scan_id, fingerprint, rule_id, status, severity, asset_id, asset_name, asset_kind, provider, account, region, message, suppression)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_GAP = 'INSERT INTO gaps (scan_id, provider, account, region, service, error_code, message, kinds, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * Writes one scan: its metadata, the assets' identity and tags, the findings' verdicts and the
 * coverage gaps, in a single `BEGIN IMMEDIATE` transaction (a second writer waits for the lock;
 * a process killed halfway leaves nothing of the scan). Raw records, facts and evidence are never
 * stored; messages and tags pass the same secret redaction as the reports.
 */
export function recordScan(db: SqliteDatabase, result: ScanResult, plan: unknown): number {
  return inTransaction(db, 'IMMEDIATE', () => {
    const id = Number(db.prepare(INSERT_SCAN).run(scanRow(result, plan)).lastInsertRowid);
    insertAssets(db, id, result);
    pauseInTransactionForTests();
    insertFindings(db, id, result);
    insertGaps(db, id, result.coverage.gaps);
    return id;
  });
}

function scanRow(result: ScanResult, plan: unknown) {
  return {
    startedAt: result.scan.startedAt,
    finishedAt: result.scan.finishedAt,
    recordedAt: new Date().toISOString(),
    toolVersion: result.tool.version || toolVersion(),
    sources: JSON.stringify(result.scan.sources.map((s) => redactText(s))),
    partial: result.scan.partial ? 1 : 0,
    failOn: result.scan.failOn ?? null,
    ruleCount: result.scan.rules.length,
    ruleIds: JSON.stringify(result.scan.rules),
    plan: plan === undefined ? null : JSON.stringify(plan),
    assetCount: result.inventory.assets.length,
    statusCounts: JSON.stringify(statusCounts(result)),
    failingCounts: JSON.stringify(failingBySeverity(result)),
  };
}

export function statusCounts(result: Pick<ScanResult, 'findings'>): Record<FindingStatus, number> {
  const counts = Object.fromEntries(FINDING_STATUSES.map((s) => [s, 0])) as Record<FindingStatus, number>;
  for (const finding of result.findings) counts[finding.status]++;
  return counts;
}

function insertAssets(db: SqliteDatabase, scanId: number, result: ScanResult): void {
  const insert = db.prepare(INSERT_ASSET);
  for (const a of result.inventory.assets) {
    insert.run(scanId, a.id, a.kind, a.name, a.provider, a.account, a.region, JSON.stringify(redactValues(a.tags)));
  }
}

function insertFindings(db: SqliteDatabase, scanId: number, result: ScanResult): void {
  const insert = db.prepare(INSERT_FINDING);
  for (const f of result.findings) {
    const suppression = f.suppression ? JSON.stringify(f.suppression) : null;
    insert.run(scanId, f.fingerprint, f.ruleId, f.status, f.severity, f.assetId, f.assetName, f.assetKind, f.provider, f.account, f.region, redactText(f.message), suppression);
  }
}

function insertGaps(db: SqliteDatabase, scanId: number, gaps: readonly CoverageGap[]): void {
  const insert = db.prepare(INSERT_GAP);
  for (const g of gaps) {
    const message = g.message === undefined ? null : redactText(g.message);
    insert.run(scanId, g.provider, g.account, g.region ?? null, g.service, g.errorCode, message, g.kinds ? JSON.stringify(g.kinds) : null, g.scope ?? null);
  }
}
