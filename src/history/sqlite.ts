import Database from 'better-sqlite3';

/**
 * Every database and statement the history opens stays referenced for the life of the process.
 * On Node 24, better-sqlite3 12 aborts the whole process when the garbage collector finalizes one
 * of its statements at the wrong moment (`node::RemoveEnvironmentCleanupHook` assertion, from the
 * ObjectWrap destructor; upstream WiseLibs/better-sqlite3 issue 1515, closed without a fix for 12.x,
 * and 13.x no longer runs on Node 20). A statement that is never collected is never finalized by
 * the GC: a history command prepares a few dozen, so keeping them costs nothing. Pragmas go through
 * `pragma()` below rather than `db.pragma()`, whose statements bypass `prepare`.
 */
const retained: object[] = [];

export type SqliteDatabase = Database.Database;

export function openSqlite(file: string, options: Database.Options): SqliteDatabase {
  const db = new Database(file, options);
  retained.push(db);
  const prepare = db.prepare.bind(db) as (...args: unknown[]) => Database.Statement;
  db.prepare = ((...args: unknown[]) => {
    const statement = prepare(...args);
    retained.push(statement);
    return statement;
  }) as SqliteDatabase['prepare'];
  return db;
}

/**
 * Runs `PRAGMA <source>` through the retained `prepare`, stepped to the end (a pragma such as
 * `incremental_vacuum` works one step at a time): the first column of its first row, or undefined.
 */
export function pragma(db: SqliteDatabase, source: string): unknown {
  const statement = db.prepare(`PRAGMA ${source}`);
  if (!statement.reader) {
    // exec steps to the end and makes no statement object; `run()` would take one step only.
    db.exec(`PRAGMA ${source}`);
    return undefined;
  }
  return statement.pluck().all()[0];
}
