import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Buffer small chunks into writes of about this size; fewer syscalls, bounded memory. */
const FLUSH_BYTES = 1 << 20;

/**
 * Writes `chunks` to a temporary file next to `file` and renames it into place, so a reader (or
 * a CI job uploading the report) sees the old file or the complete new one, never half of it.
 * If producing a chunk throws, the temporary file is removed and `file` is left untouched.
 */
export function writeFileAtomic(file: string, chunks: Iterable<string>): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', 0o644);
  let closed = false;
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= FLUSH_BYTES) {
        writeSync(fd, pending.join(''));
        pending = [];
        pendingLength = 0;
      }
    }
    if (pending.length) writeSync(fd, pending.join(''));
    fsyncSync(fd);
    closeSync(fd);
    closed = true;
    renameSync(temp, file);
  } catch (error) {
    if (!closed) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
