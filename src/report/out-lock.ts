import { closeSync, lstatSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutputPathError } from '../errors.js';
import { cleanUpOnInterrupt } from '../lib/interrupt-cleanup.js';

/**
 * One mlscan at a time writes into an `--out` folder. The lock is a file created with O_EXCL
 * holding the owner's pid and host; a second scan waits for it (bounded) or fails with a user
 * error. A lock whose owner died (SIGKILL, power loss) is broken when its pid is gone on this
 * host. Limits: a lock written from another host (a shared network folder) is never judged stale,
 * only waited for; breaking a stale lock re-reads it first, but two processes breaking the same
 * stale lock in the same few microseconds could both proceed.
 */
export const LOCK_FILE = '.mlscan.lock';
export const DEFAULT_LOCK_WAIT_MS = 60_000;
const POLL_MS = 100;
/** A lock file still empty this long after it was made lost its writer between create and write. */
const EMPTY_LOCK_STALE_MS = 5_000;

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface LockOptions {
  /** How long to wait for another mlscan writing to the folder; 0 fails at once. */
  waitMs: number;
  /** Called once, when the folder is found locked and waiting starts. */
  onWait?: ((owner: LockOwner | undefined) => void) | undefined;
}

export interface OutLock {
  release(): void;
}

interface SeenLock {
  text: string;
  owner: LockOwner | undefined;
  ageMs: number;
}

export async function lockOutDir(dir: string, options: LockOptions): Promise<OutLock> {
  const file = join(dir, LOCK_FILE);
  const deadline = Date.now() + options.waitMs;
  let waiting = false;
  for (;;) {
    const mine = tryCreate(file);
    if (mine !== undefined) return held(file, mine);
    const seen = readLock(file);
    if (seen === undefined) continue; // released between our attempt and the read
    if (isStale(seen)) {
      breakLock(file, seen);
      continue;
    }
    if (Date.now() >= deadline) throw busy(dir, file, seen.owner, options.waitMs);
    if (!waiting) options.onWait?.(seen.owner);
    waiting = true;
    await sleep(Math.min(POLL_MS, deadline - Date.now()));
  }
}

/** The lock's text when this process created it; undefined when another one holds it. */
function tryCreate(file: string): string | undefined {
  const text = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockOwner);
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return text;
}

function held(file: string, text: string): OutLock {
  const release = () => {
    if (readText(file) === text) unlinkSync(file);
  };
  const forget = cleanUpOnInterrupt(release);
  return {
    release() {
      release();
      forget();
    },
  };
}

function readLock(file: string): SeenLock | undefined {
  try {
    const ageMs = Date.now() - statSync(file).mtimeMs;
    const text = readFileSync(file, 'utf8');
    return { text, owner: parseOwner(text), ageMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // O_EXCL saw an entry that cannot be read: a symbolic link to nowhere. Retrying would spin for ever.
    if (existsAsLink(file)) throw new OutputPathError(file, 'is a broken symbolic link, not a lock mlscan wrote; delete it');
    return undefined;
  }
}

function existsAsLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined; // empty or half-written: its owner is between create and write
  }
}

function isStale(seen: SeenLock): boolean {
  if (!seen.owner) return seen.ageMs > EMPTY_LOCK_STALE_MS;
  return seen.owner.host === hostname() && !processAlive(seen.owner.pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}

function breakLock(file: string, seen: SeenLock): void {
  if (readText(file) !== seen.text) return; // taken over meanwhile: look again
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function busy(dir: string, file: string, owner: LockOwner | undefined, waitMs: number): OutputPathError {
  const who = owner ? `another mlscan (pid ${owner.pid} on ${owner.host})` : 'another mlscan';
  const waited = waitMs > 0 ? `gave up after ${Math.round(waitMs / 1000)} s` : 'not waiting';
  return new OutputPathError(dir, `${who} is writing reports here; ${waited} (if none runs, delete ${file})`);
}
