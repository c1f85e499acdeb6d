import { pragma, type SqliteDatabase } from './sqlite.js';

/** `PRAGMA application_id` of an mlscan history file: "MLSC" in ASCII. A SQLite file with another id is not ours. */
export const APPLICATION_ID = 0x4d4c5343;

/**
 * Each entry moves the schema from version `index` to `index + 1` (`PRAGMA user_version`); the
 * schema version this mlscan writes is their count. A file at an older version is migrated forward
 * when opened for writing; a newer one is refused (an older mlscan never rewrites a newer file).
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE scans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    sources TEXT NOT NULL,
    partial INTEGER NOT NULL CHECK (partial IN (0, 1)),
    fail_on TEXT,
    rule_count INTEGER NOT NULL,
    rule_ids TEXT NOT NULL,
    plan TEXT,
    asset_count INTEGER NOT NULL,
    status_counts TEXT NOT NULL,
    failing_counts TEXT NOT NULL
  );
  CREATE INDEX scans_by_finished_at ON scans (finished_at);
  CREATE TABLE assets (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    provider TEXT NOT NULL, account TEXT NOT NULL, region TEXT NOT NULL,
    tags TEXT NOT NULL
  );
  CREATE INDEX assets_by_scan ON assets (scan_id);
  CREATE TABLE findings (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL, rule_id TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL,
    asset_id TEXT NOT NULL, asset_name TEXT NOT NULL, asset_kind TEXT NOT NULL,
    provider TEXT NOT NULL, account TEXT NOT NULL, region TEXT NOT NULL,
    message TEXT NOT NULL, suppression TEXT
  );
  CREATE INDEX findings_by_scan ON findings (scan_id, fingerprint);
  CREATE TABLE gaps (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    provider TEXT NOT NULL, account TEXT NOT NULL, region TEXT,
    service TEXT NOT NULL, error_code TEXT NOT NULL, message TEXT, kinds TEXT, scope TEXT
  );
  CREATE INDEX gaps_by_scan ON gaps (scan_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The header fields that say whose file this is and which schema it holds. */
export interface FileIdentity {
  applicationId: number;
  userVersion: number;
  /** Tables, indexes, views and triggers in the file. */
  objects: number;
}

export function readIdentity(db: SqliteDatabase): FileIdentity {
  return {
    applicationId: pragma(db, 'application_id') as number,
    userVersion: pragma(db, 'user_version') as number,
    objects: (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n,
  };
}

/** Creates the schema in an empty file, or migrates an older one forward; call inside a write transaction. */
export function migrate(db: SqliteDatabase, from: number): void {
  for (let version = from; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]!);
  pragma(db, `application_id = ${APPLICATION_ID}`);
  pragma(db, `user_version = ${SCHEMA_VERSION}`);
}
