import { describe } from 'vitest';
import { nodeSqliteAvailable } from '../../src/history/sqlite.js';

/**
 * The scan history needs Node's built-in node:sqlite (Node.js 22.16+). On an older Node its tests
 * are skipped, and the skipped suites' names say why; test/cli/history.test.ts checks the one-line
 * error the CLI gives there instead.
 */
export const historyAvailable = nodeSqliteAvailable();

const HISTORY_SKIP_REASON = `skipped: the scan history needs Node.js 22.16+ (node:sqlite), this is ${process.version}`;

/** `describe` for tests that need the history: skipped, with the reason in its name, on a Node without node:sqlite. */
export function describeHistory(name: string, body: () => void): void {
  describe.skipIf(!historyAvailable)(historyAvailable ? name : `${name} (${HISTORY_SKIP_REASON})`, body);
}
