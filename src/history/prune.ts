import { inTransaction, pragma, type SqliteDatabase } from './sqlite.js';
import { newestId } from './read.js';
import type { Retention } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes, in one transaction, every scan beyond the newest `keep` and every scan that finished
 * more than `days` days before `now`, except the newest scan (a history never prunes itself empty).
 * Their assets, findings and gaps go with them (ON DELETE CASCADE); freed pages go back to the file.
 */
export function pruneScans(db: SqliteDatabase, retention: Retention, now: Date): number {
  const deleted = inTransaction(db, 'IMMEDIATE', () => {
    const newest = newestId(db);
    if (newest === undefined) return 0;
    let deleted = 0;
    if (retention.keep !== undefined) {
      deleted += db.prepare('DELETE FROM scans WHERE id NOT IN (SELECT id FROM scans ORDER BY id DESC LIMIT ?)').run(Math.max(1, retention.keep)).changes as number;
    }
    if (retention.days !== undefined) {
      const cutoff = new Date(now.getTime() - retention.days * DAY_MS).toISOString();
      deleted += db.prepare('DELETE FROM scans WHERE julianday(finished_at) < julianday(?) AND id <> ?').run(cutoff, newest).changes as number;
    }
    return deleted;
  });
  if (deleted > 0) pragma(db, 'incremental_vacuum');
  return deleted;
}
