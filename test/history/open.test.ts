import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openSqlite, pragma, type SqliteDatabase } from '../../src/history/sqlite.js';
import { expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION, openHistory } from '../../src/history/index.js';
import { UsageError } from '../../src/errors.js';
import { sqliteGuard } from '../../src/history/open-checks.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { describeHistory } from '../support/node-sqlite.js';
import { historyResult } from './history-result.js';

const tempDir = useTempDirs('mlscan-history-open-');

function sqliteFile(file: string, setup: (db: SqliteDatabase) => void): string {
  const db = openSqlite(file, {});
  setup(db);
  db.close();
  return file;
}

/** A history of a few scans cut to half its size: the header and first page are intact, later pages are gone. */
function truncatedHistory(file: string): string {
  const store = openHistory(file, { create: true });
  for (let i = 0; i < 4; i++) store.record(historyResult({ failingHigh: 300 }));
  store.close();
  truncateSync(file, Math.floor(statSync(file).size / 2 / 4096) * 4096);
  return file;
}

const refused: [string, (dir: string) => string, RegExp][] = [
  ['random bytes', (dir) => (writeFileSync(join(dir, 'h.db'), randomBytes(8192)), join(dir, 'h.db')), /: not a SQLite database, so not an mlscan history file; left unchanged$/],
  ['a text file', (dir) => (writeFileSync(join(dir, 'h.db'), 'scan history\n'.repeat(50)), join(dir, 'h.db')), /: not a SQLite database/],
  ['a truncated history', (dir) => truncatedHistory(join(dir, 'h.db')), /: the history database is damaged \(.+\); left unchanged$/],
  [
    'another application’s database',
    (dir) => sqliteFile(join(dir, 'h.db'), (db) => (pragma(db, 'application_id = 1234'), db.exec('CREATE TABLE t (x)'))),
    /: a SQLite database of another application \(application_id 0x4d2\), not an mlscan history file; left unchanged$/,
  ],
  [
    'a plain SQLite database with other tables',
    (dir) => sqliteFile(join(dir, 'h.db'), (db) => db.exec("CREATE TABLE scans (id INTEGER); INSERT INTO scans VALUES (1)")),
    /: a SQLite database with 1 schema objects and no application id, not an mlscan history file; left unchanged$/,
  ],
  [
    'a history from a newer mlscan',
    (dir) => sqliteFile(join(dir, 'h.db'), (db) => (pragma(db, `application_id = ${APPLICATION_ID}`), pragma(db, `user_version = ${SCHEMA_VERSION + 1}`), db.exec('CREATE TABLE scans (id INTEGER)'))),
    new RegExp(`: written by a newer mlscan \\(history schema ${SCHEMA_VERSION + 1}; this mlscan reads up to ${SCHEMA_VERSION}\\); left unchanged$`),
  ],
];

describeHistory('opening a file that is not a history this mlscan can use', () => {
  for (const [what, make, message] of refused) {
    for (const create of [true, false]) {
      it(`refuses ${what} in one line and leaves it byte for byte (create: ${create})`, () => {
        const dir = tempDir();
        const file = make(dir);
        const before = readFileSync(file);
        let error: unknown;
        try {
          openHistory(file, { create }).close();
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(UsageError);
        const text = (error as Error).message;
        expect(text.startsWith(`${file}: `)).toBe(true);
        expect(text).toMatch(message);
        expect(text).not.toContain('\n');
        expect(readFileSync(file).equals(before)).toBe(true);
      });
    }
  }
});

describeHistory('opening a history file', () => {
  it('creates a missing file, and needs it for reading', () => {
    const file = join(tempDir(), 'new.db');
    expect(() => openHistory(file, { create: false })).toThrow(new UsageError(`${file}: no such history file (a scan with --history ${file} creates it)`));
    openHistory(file, { create: true }).close();
    const db = openSqlite(file, { readOnly: true });
    expect(pragma(db, 'application_id')).toBe(APPLICATION_ID);
    expect(pragma(db, 'user_version')).toBe(SCHEMA_VERSION);
    expect(pragma(db, 'journal_mode')).toBe('wal');
    expect(pragma(db, 'auto_vacuum')).toBe(2);
    db.close();
    expect(openHistory(file, { create: false }).list()).toEqual([]);
  });

  it('takes an empty (0-byte) file as a new history, but has nothing to read in it', () => {
    const file = join(tempDir(), 'touched.db');
    writeFileSync(file, '');
    expect(() => openHistory(file, { create: false })).toThrow(new UsageError(`${file}: empty file, no scan recorded in it yet`));
    const store = openHistory(file, { create: true });
    expect(store.record(historyResult())).toBe(1);
    store.close();
  });

  it('names a missing folder and a folder given for the file', () => {
    const dir = tempDir();
    const file = join(dir, 'no-such-folder', 'history.db');
    expect(() => openHistory(file, { create: true })).toThrow(new UsageError(`${file}: folder ${join(dir, 'no-such-folder')} does not exist`));
    mkdirSync(join(dir, 'a-folder'));
    expect(() => openHistory(join(dir, 'a-folder'), { create: true })).toThrow(new UsageError(`${join(dir, 'a-folder')}: is a directory, expected a history file`));
  });

  it('names the file when SQLite refuses a write (node:sqlite’s result code, not its message, decides)', () => {
    const file = join(tempDir(), 'read-only.db');
    openHistory(file, { create: true }).close();
    const reader = openSqlite(file, { readOnly: true });
    try {
      expect(() => sqliteGuard(file, () => reader.exec('DELETE FROM scans'))).toThrow(new UsageError(`${file}: cannot write the history file (attempt to write a readonly database)`));
      expect(() => sqliteGuard(file, () => reader.exec('SELECT * FROM no_such_table'))).toThrow(/^no such table: no_such_table$/);
    } finally {
      reader.close();
    }
  });
});

describeHistory('a history another process is writing', () => {
  it('opens and reads without waiting for the writer, and a writer that waits too long is one line', () => {
    const file = join(tempDir(), 'busy.db');
    const seed = openHistory(file, { create: true });
    seed.record(historyResult());
    seed.close();
    const writer = openSqlite(file, {});
    writer.exec('BEGIN IMMEDIATE; DELETE FROM scans;');
    try {
      const started = performance.now();
      const reader = openHistory(file, { create: false });
      expect(reader.list().map((s) => s.id)).toEqual([1]); // the writer's uncommitted delete is invisible
      reader.close();
      openHistory(file, { create: true }).close(); // opening to record later takes no lock
      expect(performance.now() - started).toBeLessThan(5_000);
      const impatient = openSqlite(file, { timeout: 50 });
      expect(() => sqliteGuard(file, () => impatient.exec('BEGIN IMMEDIATE'))).toThrow(
        new UsageError(`${file}: busy: another mlscan held the history file locked for longer than 30 s`),
      );
      impatient.close();
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });
});
