import { UsageError } from '../errors.js';

/**
 * The scan history is a SQLite file read and written through Node's built-in `node:sqlite`
 * (`DatabaseSync`), loaded lazily: scans and reports run on a Node without it, only the history
 * features need it. @types/node 20 has no types for it; these are the parts the history uses.
 */
export type SqliteValue = null | number | bigint | string | Uint8Array;
export type SqliteParameters = SqliteValue[] | [Record<string, SqliteValue>];
export type SqliteRow = Record<string, SqliteValue>;

export interface SqliteStatement {
  run(...parameters: SqliteParameters): { changes: number | bigint; lastInsertRowid: number | bigint };
  /** A row is an object of the selected columns (a SqliteRow): the caller states its shape. */
  get(...parameters: SqliteParameters): unknown;
  all(...parameters: SqliteParameters): unknown[];
  /** The result columns; none for a statement that returns no rows. */
  columns(): { name: string }[];
}

export interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
  readonly isTransaction: boolean;
}

export interface SqliteOpenOptions {
  readOnly?: boolean;
  /** Busy timeout in ms: how long a writer waits for another connection's lock. */
  timeout?: number;
  enableForeignKeyConstraints?: boolean;
  open?: boolean;
}

interface NodeSqlite {
  DatabaseSync: new (path: string, options?: SqliteOpenOptions) => SqliteDatabase;
}

/**
 * The busy `timeout` option concurrent writers rely on came in Node 22.16.0, 23.10.0 and 24.0.0:
 * the oldest minor of the 22 and 23 lines that has it; every later major has it from its .0.
 */
const MINIMUM_MINOR: Readonly<Record<number, number>> = { 22: 16, 23: 10 };
const FIRST_MAJOR_WITH_TIMEOUT_AT_0 = 24;

/**
 * Why the history cannot run on Node `version` (`process.versions.node`), as one line naming what
 * the user ran (`command`, e.g. `scan --history`); undefined when the version is recent enough.
 */
export function nodeVersionProblem(command: string, version: string): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const minimumMinor = MINIMUM_MINOR[major];
  const recentEnough = major >= FIRST_MAJOR_WITH_TIMEOUT_AT_0 || (minimumMinor !== undefined && minor >= minimumMinor);
  if (recentEnough) return undefined;
  const endOfLife = major <= 20 ? ', which reached end of life in April 2026' : '';
  return `${command} needs Node.js 22.16 or newer (it uses the built-in node:sqlite); this is Node.js v${version}${endOfLife}`;
}

let loaded: NodeSqlite | undefined;

/**
 * Loads `node:sqlite` once, or throws a UsageError naming `command` on a Node that has none (too
 * old, or built without it). Node prints an ExperimentalWarning when the module first loads; that
 * one warning is dropped (the history is not experimental to the user), every other one still prints.
 */
export function requireNodeSqlite(command = '--history'): NodeSqlite {
  if (loaded) return loaded;
  const tooOld = nodeVersionProblem(command, process.versions.node);
  if (tooOld) throw new UsageError(tooOld);
  const module = withoutSqliteWarning(() => process.getBuiltinModule('node:sqlite') as NodeSqlite | undefined);
  if (!module) throw new UsageError(`${command} needs the built-in node:sqlite, which this Node.js ${process.version} was built without`);
  loaded = module;
  return module;
}

/** Whether the history can run on this Node (for the tests that need it). */
export function nodeSqliteAvailable(): boolean {
  try {
    requireNodeSqlite();
    return true;
  } catch (error) {
    if (error instanceof UsageError) return false;
    throw error;
  }
}

function withoutSqliteWarning<T>(load: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning: string | Error, ...rest: unknown[]) {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    const text = typeof warning === 'string' ? warning : warning.message;
    if (type === 'ExperimentalWarning' && text.startsWith('SQLite is an experimental feature')) return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    return load();
  } finally {
    process.emitWarning = emitWarning;
  }
}

export function openSqlite(file: string, options: SqliteOpenOptions): SqliteDatabase {
  const { DatabaseSync } = requireNodeSqlite();
  return new DatabaseSync(file, options);
}

/**
 * Runs `PRAGMA <source>` stepped to the end (a pragma such as `incremental_vacuum` works one step
 * at a time): the first column of its first row, or undefined for a pragma that returns no rows.
 */
export function pragma(db: SqliteDatabase, source: string): unknown {
  const statement = db.prepare(`PRAGMA ${source}`);
  if (statement.columns().length === 0) {
    // exec steps to the end; `run()` would take one step only.
    db.exec(`PRAGMA ${source}`);
    return undefined;
  }
  const [first] = statement.all() as SqliteRow[];
  return first === undefined ? undefined : Object.values(first)[0];
}

/**
 * Runs `work` in one transaction: committed when it returns, rolled back when it (or the commit)
 * throws. `IMMEDIATE` takes the write lock at the start, so a second writer waits for the first one
 * (up to the busy timeout) instead of failing halfway; `DEFERRED` reads one consistent snapshot.
 */
export function inTransaction<T>(db: SqliteDatabase, mode: 'IMMEDIATE' | 'DEFERRED', work: () => T): T {
  db.exec(`BEGIN ${mode}`);
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
