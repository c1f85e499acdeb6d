import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { useTempDirs } from '../support/temp-dirs.js';

// On Node 24, better-sqlite3 12 aborts the process when the GC finalizes one of its statements at
// the wrong moment (a node::RemoveEnvironmentCleanupHook assertion). The history keeps every
// statement it prepares; this drives thousands of them and pragmas through the GC in a child
// process (the built module, as `npm test` builds first) and expects a clean exit on every Node.
const tempDir = useTempDirs('mlscan-sqlite-gc-');

describe('history SQLite handles under garbage collection', () => {
  it('survive forced collections of many prepared statements and pragmas', () => {
    const module = pathToFileURL(join(packageRoot(), 'dist/src/history/sqlite.js')).href;
    const file = join(tempDir(), 'gc.db');
    const script = `
      const { openSqlite, pragma } = await import(${JSON.stringify(module)});
      const db = openSqlite(${JSON.stringify(file)}, {});
      db.exec('CREATE TABLE t (x)');
      for (let round = 0; round < 20; round++) {
        for (let i = 0; i < 500; i++) { db.prepare('SELECT ' + (i % 40)).get(); pragma(db, 'user_version'); }
        globalThis.gc();
        await new Promise((done) => setImmediate(done));
      }
      db.close();
      globalThis.gc();
      console.log('clean');
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).not.toMatch(/Assertion failed/);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('clean');
  });
});
