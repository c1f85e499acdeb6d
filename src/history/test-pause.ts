import { existsSync } from 'node:fs';

const tick = new Int32Array(new SharedArrayBuffer(4));

/**
 * Tests only: with MLSCAN_TEST_HISTORY_PAUSE_FILE naming an existing file, a scan being recorded
 * stops inside its transaction (after the scan row and assets, before the findings), says so on
 * stderr, and waits until the file is deleted. A test kills the process there, or starts a second
 * writer, at an exact point. The wait is synchronous because the transaction is. Unset, it is free.
 */
export function pauseInTransactionForTests(): void {
  const file = process.env.MLSCAN_TEST_HISTORY_PAUSE_FILE;
  if (!file || !existsSync(file)) return;
  process.stderr.write('mlscan: test pause inside the history transaction\n');
  while (existsSync(file)) Atomics.wait(tick, 0, 0, 20);
}
