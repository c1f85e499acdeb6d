import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { openSqlite, pragma } from './sqlite.js';
import { UsageError } from '../errors.js';
import { APPLICATION_ID, SCHEMA_VERSION, readIdentity, type FileIdentity } from './schema.js';

/** What is at the history path before it is opened. */
export type FileState = 'missing' | 'empty' | 'database';

/** How long a writer waits for another one's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 30_000;

/** Every refusal leaves the file as it was: the checks run on a read-only connection. */
const UNCHANGED = 'left unchanged';

/** Missing, empty (0 bytes: `touch history.db`, taken as a new history) or something to check; a folder, or a missing folder on the way, is a usage error. */
export function fileState(file: string, create: boolean): FileState {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file}: is a directory, expected a history file`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error instanceof UsageError ? error : new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    if (!create) throw new UsageError(`${file}: no such history file (a scan with --history ${file} creates it)`);
    if (!folderExists(dirname(file))) throw new UsageError(`${file}: folder ${dirname(file)} does not exist`);
    return 'missing';
  }
  if (size === 0 && !create) throw new UsageError(`${file}: empty file, no scan recorded in it yet`);
  return size === 0 ? 'empty' : 'database';
}

function folderExists(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Refuses a file that is not an mlscan history this mlscan can read: foreign, from a newer mlscan. */
export function checkIdentity(file: string, identity: FileIdentity): void {
  if (identity.applicationId !== APPLICATION_ID) {
    const whose = identity.applicationId === 0 ? `a SQLite database with ${identity.objects} schema objects and no application id` : `a SQLite database of another application (application_id 0x${(identity.applicationId >>> 0).toString(16)})`;
    throw new UsageError(`${file}: ${whose}, not an mlscan history file; ${UNCHANGED}`);
  }
  if (identity.userVersion > SCHEMA_VERSION) {
    throw new UsageError(`${file}: written by a newer mlscan (history schema ${identity.userVersion}; this mlscan reads up to ${SCHEMA_VERSION}); ${UNCHANGED}`);
  }
}

/**
 * Reads the identity of an existing file on a read-only connection and runs `PRAGMA quick_check`
 * (a page-level check; a truncated or damaged file fails it) before anything else touches it.
 * Measured: about 110 ms on a 55 MB history (50 scans of 2,000 findings), so every open pays it.
 */
export function probeExisting(file: string): void {
  const db = sqliteGuard(file, () => openSqlite(file, { readOnly: true }));
  try {
    sqliteGuard(file, () => {
      checkIdentity(file, readIdentity(db));
      const problems = pragma(db, 'quick_check(1)') as string;
      if (problems !== 'ok') throw new UsageError(`${file}: the history database is damaged (${terminalLine(problems)}); ${UNCHANGED}`);
    });
  } finally {
    db.close();
  }
}

function terminalLine(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 200);
}

/** Runs `work`, turning SQLite's file errors (not a database, corrupt, busy, read-only, full) into one usage line naming the file. */
export function sqliteGuard<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const problem = sqliteProblem(error);
    if (problem) throw new UsageError(`${file}: ${problem}`, { cause: error });
    throw error;
  }
}

/** SQLite's primary result codes (https://sqlite.org/rescode.html) that have a message of their own. */
const SQLITE = { PERM: 3, BUSY: 5, READONLY: 8, CORRUPT: 11, FULL: 13, CANTOPEN: 14, NOTADB: 26 } as const;

/** A node:sqlite error (`code` 'ERR_SQLITE_ERROR'): its primary result code (an extended code's low byte), else undefined. */
function sqliteResultCode(error: unknown): number | undefined {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ERR_SQLITE_ERROR') return undefined;
  const errcode = (error as Error & { errcode?: unknown }).errcode;
  return typeof errcode === 'number' ? errcode & 0xff : undefined;
}

function sqliteProblem(error: unknown): string | undefined {
  const code = sqliteResultCode(error);
  const message = (error as Error).message;
  switch (code) {
    case SQLITE.NOTADB:
      return `not a SQLite database, so not an mlscan history file; ${UNCHANGED}`;
    case SQLITE.CORRUPT:
      return `the history database is damaged (${terminalLine(message)}); ${UNCHANGED}`;
    case SQLITE.BUSY:
      return `busy: another mlscan held the history file locked for longer than ${BUSY_TIMEOUT_MS / 1000} s`;
    case SQLITE.READONLY:
    case SQLITE.CANTOPEN:
    case SQLITE.PERM:
      return `cannot write the history file (${message})`;
    case SQLITE.FULL:
      return 'the disk is full; the scan was not recorded';
    default:
      return undefined;
  }
}
