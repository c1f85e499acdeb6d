import { existsSync, lstatSync, mkdtempSync, readdirSync, renameSync, rmSync, unlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OutputPathError } from '../errors.js';
import { cleanUpOnInterrupt } from '../lib/interrupt-cleanup.js';

/**
 * The report files of one scan are rendered into a staging folder inside the out folder (the
 * same file system by construction, even when the out folder is a mount point such as a
 * container volume, where its parent would be another file system) and then renamed over the
 * published ones in one tight synchronous loop; report files of formats this scan did not write
 * are removed, so the folder holds one scan's set. What this promises, honestly: a reader never
 * sees a half-written file; once mlscan has exited (or is interrupted) the folder holds one
 * complete set, never a mix; a reader that opens files during the swap itself (a few rename
 * calls, microseconds) can still pair a new file with an old one, because POSIX has no rename of
 * several files at once. A crash inside that loop (power loss) can leave a mix.
 */
export const STAGING_PREFIX = '.mlscan-staging-';
/** Temporary files written beside the reports by mlscan versions before the staging folder. */
const LOOSE_TEMP = /^\.mlscan-(report|inventory)\..*\.tmp$/;

export interface Staging {
  dir: string;
  discard(): void;
}

/** Removes what runs killed by SIGKILL left. Call only with the folder's lock held: then no live writer owns any of it. */
export function sweepLeftovers(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    if (name.startsWith(STAGING_PREFIX) || LOOSE_TEMP.test(name)) rmSync(join(outDir, name), { recursive: true, force: true });
  }
}

export function createStaging(outDir: string): Staging {
  const dir = mkdtempSync(join(outDir, STAGING_PREFIX));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const forget = cleanUpOnInterrupt(remove);
  return {
    dir,
    discard() {
      remove();
      forget();
    },
  };
}

/** Publishes the staged `names` and removes the other report files in `allNames`. */
export function swapIn(staging: string, outDir: string, names: readonly string[], allNames: readonly string[]): void {
  const stale = allNames.filter((name) => !names.includes(name) && lstatIfExists(join(outDir, name)));
  // Checked first, so a folder where a report file belongs fails the swap before any file moved.
  for (const name of [...names, ...stale]) {
    if (lstatIfExists(join(outDir, name))?.isDirectory()) throw new OutputPathError(join(outDir, name), 'is a folder where mlscan writes a report file');
  }
  for (const name of names) renameSync(join(staging, name), join(outDir, name));
  for (const name of stale) unlinkSync(join(outDir, name));
}

function lstatIfExists(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A test hook: with MLSCAN_TEST_PAUSE_FILE set and that file present, writing stops after each
 * staged file until the file is deleted, and says so on stderr. Tests use it to start a second
 * scan or send a signal at an exact point rather than hoping for the timing. Unset, it is free.
 */
export async function pauseForTests(step: string): Promise<void> {
  const file = process.env.MLSCAN_TEST_PAUSE_FILE;
  if (!file || !existsSync(file)) return;
  process.stderr.write(`mlscan: test pause after ${step}\n`);
  while (existsSync(file)) await sleep(20);
}
