import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inTransaction, nodeVersionProblem, openSqlite, pragma } from '../../src/history/sqlite.js';
import { packageRoot } from '../../src/package-root.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { describeHistory } from '../support/node-sqlite.js';

const tempDir = useTempDirs('mlscan-sqlite-');

/** Runs an ES module script in a child Node (this test's Node) that imports the built history module as `sqlite`. */
function runWithBuiltModule(script: string, flags: string[] = []) {
  const module = pathToFileURL(join(packageRoot(), 'dist/src/history/sqlite.js')).href;
  const source = `const sqlite = await import(${JSON.stringify(module)});\n${script}`;
  return spawnSync(process.execPath, [...flags, '--input-type=module', '-e', source], { encoding: 'utf8', timeout: 60_000 });
}

describe('the Node.js versions the history runs on', () => {
  it('needs 22.16+, 23.10+ or 24+ (the busy timeout of node:sqlite), and says so in one line naming the command', () => {
    expect(nodeVersionProblem('scan --history', '20.20.0')).toBe(
      'scan --history needs Node.js 22.16 or newer (it uses the built-in node:sqlite); this is Node.js v20.20.0, which reached end of life in April 2026',
    );
    expect(nodeVersionProblem('history list', '22.15.1')).toBe('history list needs Node.js 22.16 or newer (it uses the built-in node:sqlite); this is Node.js v22.15.1');
    expect(nodeVersionProblem('--history', '23.9.0')).toMatch(/^--history needs Node\.js 22\.16 or newer .*v23\.9\.0$/);
    expect(nodeVersionProblem('--history', '21.7.3')).toMatch(/v21\.7\.3$/);
    for (const recent of ['22.16.0', '22.23.3', '23.10.0', '24.0.0', '24.21.0', '26.1.0']) expect(nodeVersionProblem('--history', recent)).toBeUndefined();
  });
});

describeHistory('history SQLite on node:sqlite', () => {
  it('drops only node:sqlite’s ExperimentalWarning, and puts process.emitWarning back', () => {
    const file = join(tempDir(), 'warn.db');
    const run = runWithBuiltModule(`
      const before = process.emitWarning;
      const db = sqlite.openSqlite(${JSON.stringify(file)}, {});
      db.exec('CREATE TABLE t (x)');
      db.close();
      console.log(process.emitWarning === before ? 'restored' : 'replaced');
      process.emitWarning('another warning still prints');
    `);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('restored');
    expect(run.stderr).toContain('Warning: another warning still prints');
    expect(run.stderr).not.toMatch(/ExperimentalWarning|SQLite is an experimental feature/);
  });

  it('rolls a transaction back when its work throws, and commits it when it returns', () => {
    const db = openSqlite(join(tempDir(), 'tx.db'), {});
    try {
      db.exec('CREATE TABLE t (x)');
      expect(() => inTransaction(db, 'IMMEDIATE', () => (db.prepare('INSERT INTO t VALUES (?)').run(1), JSON.parse('not json')))).toThrow(SyntaxError);
      expect(db.isTransaction).toBe(false);
      expect(inTransaction(db, 'IMMEDIATE', () => db.prepare('INSERT INTO t VALUES (?)').run(2).changes)).toBe(1);
      expect(db.prepare('SELECT x FROM t').all()).toEqual([{ x: 2 }]);
    } finally {
      db.close();
    }
  });

  it('reads a pragma’s first value, and runs one that returns no rows to the end', () => {
    const db = openSqlite(join(tempDir(), 'pragma.db'), {});
    try {
      expect(pragma(db, 'user_version = 7')).toBeUndefined();
      expect(pragma(db, 'user_version')).toBe(7);
      expect(pragma(db, 'quick_check(1)')).toBe('ok');
    } finally {
      db.close();
    }
  });

  // Kept from better-sqlite3, whose statements aborted Node 24 when the GC finalized them: the
  // history prepares statements freely and keeps none, so it relies on node:sqlite not doing that.
  it('survives forced collections of many prepared statements and pragmas', () => {
    const file = join(tempDir(), 'gc.db');
    const run = runWithBuiltModule(
      `
      const db = sqlite.openSqlite(${JSON.stringify(file)}, {});
      db.exec('CREATE TABLE t (x)');
      for (let round = 0; round < 10; round++) {
        for (let i = 0; i < 500; i++) { db.prepare('SELECT ' + (i % 40)).get(); sqlite.pragma(db, 'user_version'); }
        globalThis.gc();
        await new Promise((done) => setImmediate(done));
      }
      db.close();
      globalThis.gc();
      console.log('clean');
    `,
      ['--expose-gc'],
    );
    expect(run.stderr).not.toMatch(/Assertion failed/);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('clean');
  });
});
