import { accessSync, constants, mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { OutputPathError } from '../errors.js';

/**
 * `--out` checks made before a scan starts (a live scan can take minutes; finding out afterwards
 * that the folder is a file wastes them) and the file-system errors that still happen while
 * writing, as one-line user errors (exit 2) rather than internal ones.
 */

const PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, expected a file',
  EEXIST: 'exists and is not a folder',
  ENOENT: 'no such file or folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many levels of symbolic links',
};

/**
 * A file-system error on the output path `given` as the user error it is. With `within`, only an
 * error on that path, inside it or on one of its parents counts (a template mlscan failed to
 * read is its own fault, not the user's); any other error is returned unchanged.
 */
export function asOutputPathError(given: string, error: unknown, within?: string): unknown {
  if (error instanceof OutputPathError) return error;
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const problem = code === undefined ? undefined : PROBLEMS[code];
  if (!problem || (within !== undefined && !(path !== undefined && onPath(resolve(path), within)))) return error;
  return new OutputPathError(given, `${problem} (${code})`, { cause: error });
}

function onPath(path: string, dir: string): boolean {
  const [a, b] = path.length < dir.length ? [path, dir] : [dir, path];
  return b === a || b.startsWith(a.endsWith(sep) ? a : a + sep);
}

/** The report folder: an existing writable folder, or a path mlscan can create. Writes nothing. */
export function checkOutDir(dir: string): void {
  const target = resolve(dir);
  const existing = nearestExisting(dir, target);
  if (!existing.stats.isDirectory()) {
    throw new OutputPathError(dir, existing.path === target ? 'exists and is not a folder' : `${existing.path} is a file, not a folder`);
  }
  if (!writable(existing.path)) {
    throw new OutputPathError(dir, existing.path === target ? 'the folder is not writable' : `cannot create it: ${existing.path} is not writable`);
  }
}

/** A file to write (the `inventory` snapshot): not a folder, in an existing writable folder. Writes nothing. */
export function checkOutFile(file: string): void {
  if (/[\\/]$/.test(file) || statIfExists(file, file)?.isDirectory()) {
    throw new OutputPathError(file, `names a folder; give the file to write, e.g. ${join(file, 'snapshot.json')}`);
  }
  const parent = dirname(resolve(file));
  const existing = nearestExisting(file, parent);
  if (!existing.stats.isDirectory()) throw new OutputPathError(file, `${existing.path} is a file, not a folder`);
  if (existing.path !== parent) throw new OutputPathError(file, `the folder ${parent} does not exist`);
  if (!writable(parent)) throw new OutputPathError(file, `the folder ${parent} is not writable`);
}

/**
 * Creates `dir` and its missing parents, one level at a time. Not `mkdirSync(…, { recursive: true })`:
 * where mkdir answers ENOENT under a parent that exists (`/proc/x`, run as root), Node's recursive
 * mkdir retries the parent and the child for ever at full CPU. Here every error is thrown as it is.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let current = resolve(dir); statIfExists(dir, current) === undefined; current = dirname(current)) {
    if (dirname(current) === current) break;
    missing.unshift(current);
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // made meanwhile by another mlscan
    }
  }
}

/** The path itself or its closest ancestor that exists. */
function nearestExisting(given: string, path: string): { path: string; stats: Stats } {
  for (let current = path; ; current = dirname(current)) {
    const stats = statIfExists(given, current);
    if (stats) return { path: current, stats };
    if (dirname(current) === current) throw new OutputPathError(given, 'no part of the path exists');
  }
}

function statIfExists(given: string, path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw asOutputPathError(given, error);
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
