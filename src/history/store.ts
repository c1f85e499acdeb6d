import { inTransaction, openSqlite, pragma, requireNodeSqlite, type SqliteDatabase } from './sqlite.js';
import { UsageError } from '../errors.js';
import { BUSY_TIMEOUT_MS, checkIdentity, fileState, probeExisting, sqliteGuard } from './open-checks.js';
import { listScans, loadScan, newestId, trendOf } from './read.js';
import { pruneScans } from './prune.js';
import { recordScan } from './record.js';
import { SCHEMA_VERSION, migrate, readIdentity } from './schema.js';
import type { HistoryStore } from './types.js';

/**
 * Opens a scan history file; `command` names what the user ran (e.g. `scan --history`) in the one
 * line a Node without node:sqlite gives. `create: true` (a scan recording into it) creates a missing or empty
 * file and migrates an older schema forward; `create: false` (list, show, diff) opens read-only
 * (`write: true`, for prune, opens an existing file for writing) and a missing file is a usage error. Anything that is not an mlscan history this mlscan can
 * read (not SQLite, damaged, another application's database, a newer schema) is one usage line
 * naming the file, found on a read-only connection before any write, so the file is left as it was.
 */
export function openHistory(file: string, options: { create: boolean; write?: boolean; command?: string }): HistoryStore {
  requireNodeSqlite(options.command);
  const writable = options.create || options.write === true;
  const state = fileState(file, options.create);
  if (state === 'database') probeExisting(file);
  const db = sqliteGuard(file, () => connect(file, writable));
  return storeOver(db, file, writable);
}

function connect(file: string, writable: boolean): SqliteDatabase {
  // fileState() has already refused a missing file where one must exist; a read-only open never creates one.
  const db = openSqlite(file, { readOnly: !writable, timeout: BUSY_TIMEOUT_MS, enableForeignKeyConstraints: true });
  try {
    if (!writable) {
      const identity = readIdentity(db);
      checkIdentity(file, identity);
      if (identity.userVersion < SCHEMA_VERSION) throw new UsageError(`${file}: history schema ${identity.userVersion} is older than this mlscan's (${SCHEMA_VERSION}); a scan with --history ${file} upgrades it`);
      return db;
    }
    initialize(db, file);
    pragma(db, 'journal_mode = WAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates the schema in a new file or migrates an old one, under the write lock (two first scans
 * may race to create it). A current file needs no lock: a writer opening it never waits for another.
 */
function initialize(db: SqliteDatabase, file: string): void {
  const current = readIdentity(db);
  if (current.objects > 0 && current.userVersion === SCHEMA_VERSION) return checkIdentity(file, current);
  // Only in a file with no table yet, outside a transaction: pruned scans give their pages back.
  if (current.objects === 0) pragma(db, 'auto_vacuum = INCREMENTAL');
  inTransaction(db, 'IMMEDIATE', () => {
    const identity = readIdentity(db);
    if (identity.objects === 0 && identity.applicationId === 0 && identity.userVersion === 0) return migrate(db, 0);
    checkIdentity(file, identity);
    if (identity.userVersion < SCHEMA_VERSION) migrate(db, identity.userVersion);
  });
}

function storeOver(db: SqliteDatabase, file: string, writable: boolean): HistoryStore {
  const guard = <T>(work: () => T): T => sqliteGuard(file, work);
  const writing = () => {
    if (!writable) throw new Error(`history ${file} was opened read-only`);
  };
  return {
    file,
    record: (result, meta = {}) => (writing(), guard(() => recordScan(db, result, meta.plan))),
    list: () => guard(() => listScans(db)),
    load: (id) => guard(() => loadScan(db, file, id)),
    latest: () =>
      guard(() =>
        inTransaction(db, 'DEFERRED', () => {
          const id = newestId(db);
          return id === undefined ? undefined : { id, scan: loadScan(db, file, id) };
        }),
      ),
    trend: (limit) => guard(() => trendOf(db, limit)),
    prune: (retention, now = new Date()) => (writing(), guard(() => pruneScans(db, retention, now))),
    close: () => db.close(),
  };
}
