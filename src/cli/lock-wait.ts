import { UsageError } from '../errors.js';
import { DEFAULT_LOCK_WAIT_MS } from '../report/index.js';

/**
 * How long a scan waits for another mlscan writing into the same `--out` folder:
 * MLSCAN_LOCK_WAIT_SECONDS (0 fails at once), by default DEFAULT_LOCK_WAIT_MS.
 */
export function lockWaitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.MLSCAN_LOCK_WAIT_SECONDS;
  if (text === undefined || text === '') return DEFAULT_LOCK_WAIT_MS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`MLSCAN_LOCK_WAIT_SECONDS: expected a number of seconds, got '${text}'`);
  return Math.round(seconds * 1000);
}
