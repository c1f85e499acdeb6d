import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputPathError } from '../../src/errors.js';
import { writeReports, type LockOwner } from '../../src/report/index.js';
import { LOCK_FILE } from '../../src/report/out-lock.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { RULE_META, sampleResult } from './sample-result.js';

const ALL = ['mlscan-inventory.csv', 'mlscan-report.html', 'mlscan-report.json', 'mlscan-report.md'];
const tempDir = useTempDirs('mlscan-set-');

const write = (outDir: string, formats: ('html' | 'md' | 'json' | 'csv')[] = ['html', 'md', 'json', 'csv'], extra = {}) =>
  writeReports(sampleResult(), { formats, outDir, ruleMeta: RULE_META, lockWaitMs: 0, ...extra });

function lockFor(dir: string, owner: Partial<LockOwner>): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), ...owner }));
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', '']);
  return run.pid!;
}

describe('writeReports: one scan, one set', () => {
  it('leaves only the files of the latest scan: formats it did not write are removed', async () => {
    const dir = tempDir();
    await write(dir);
    expect(readdirSync(dir).sort()).toEqual(ALL);
    await write(dir, ['json']);
    expect(readdirSync(dir)).toEqual(['mlscan-report.json']);
  });

  it('keeps the previous set whole when rendering a later file fails, and leaves no staging or lock', async () => {
    const dir = tempDir();
    await write(dir);
    const before = ALL.map((name) => readFileSync(join(dir, name), 'utf8'));
    const broken = sampleResult();
    (broken as { schemaVersion: string }).schemaVersion = '0.9'; // html and md render, json throws
    await expect(writeReports(broken, { formats: ['html', 'md', 'json', 'csv'], outDir: dir, ruleMeta: RULE_META })).rejects.toThrow(/schemaVersion/);
    expect(readdirSync(dir).sort()).toEqual(ALL);
    expect(ALL.map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual(before);
  });

  it('sweeps the staging folders and temporary files a killed run left', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.mlscan-staging-AbC123'));
    writeFileSync(join(dir, '.mlscan-staging-AbC123', 'mlscan-report.html'), 'half');
    writeFileSync(join(dir, '.mlscan-report.html.4242.1700000000000.tmp'), 'half');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    await write(dir, ['md']);
    expect(readdirSync(dir).sort()).toEqual(['mlscan-report.md', 'notes.txt']);
  });

  it('refuses a folder where a report file belongs before moving anything', async () => {
    const dir = tempDir();
    await write(dir, ['md']);
    mkdirSync(join(dir, 'mlscan-report.json'));
    await expect(write(dir, ['md', 'json'])).rejects.toThrow(`${join(dir, 'mlscan-report.json')}: is a folder where mlscan writes a report file`);
    expect(readdirSync(dir).sort()).toEqual(['mlscan-report.json', 'mlscan-report.md']);
  });
});

describe('writeReports: the --out lock', () => {
  it('fails with a user error naming the owner when another live mlscan holds the folder', async () => {
    const dir = tempDir();
    lockFor(dir, {});
    const error = await write(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputPathError);
    expect((error as Error).message).toBe(
      `${dir}: another mlscan (pid ${process.pid} on ${hostname()}) is writing reports here; not waiting (if none runs, delete ${join(dir, LOCK_FILE)})`,
    );
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
  });

  it('waits, bounded, for the owner to finish, and says so once', async () => {
    const dir = tempDir();
    lockFor(dir, {});
    const waits: (LockOwner | undefined)[] = [];
    setTimeout(() => rmSync(join(dir, LOCK_FILE)), 300);
    await write(dir, ['json'], { lockWaitMs: 10_000, onLockWait: (owner: LockOwner | undefined) => waits.push(owner) });
    expect(waits.map((w) => w?.pid)).toEqual([process.pid]);
    expect(readdirSync(dir)).toEqual(['mlscan-report.json']);
  });

  it('breaks a lock whose owner is dead, but not one from another host', async () => {
    const dir = tempDir();
    lockFor(dir, { pid: deadPid() });
    await write(dir, ['json']);
    expect(readdirSync(dir)).toEqual(['mlscan-report.json']);
    lockFor(dir, { pid: deadPid(), host: `not-${hostname()}` });
    await expect(write(dir, ['json'])).rejects.toThrow(/another mlscan \(pid \d+ on not-.*\) is writing reports here/);
  });

  it('treats an empty lock file as being written, and as stale once it is old', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    await expect(write(dir, ['json'])).rejects.toThrow(/another mlscan is writing reports here/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    await write(dir, ['json']);
    expect(readdirSync(dir)).toEqual(['mlscan-report.json']);
  });
});

describe('writeReports: --out problems are user errors', () => {
  it('names a file given as the folder, or in the folder path', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'keep me');
    await expect(write(file)).rejects.toThrow(new OutputPathError(file, 'exists and is not a folder'));
    await expect(write(join(file, 'sub'))).rejects.toThrow(new OutputPathError(join(file, 'sub'), `${file} is a file, not a folder`));
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});
