/**
 * Cleanup that must run when the user stops mlscan (Ctrl-C, or `kill` from a CI runner that
 * cancels the job): temporary files, report staging folders, the `--out` lock. While anything is
 * registered, SIGINT and SIGTERM run every cleanup (last registered first) and exit with
 * 128 + the signal number (130, 143), as a shell reports a process the signal ended. With nothing
 * registered the signals keep their default action.
 *
 * Handlers run when the event loop gets control, so a file being rendered synchronously finishes
 * first. SIGKILL runs nothing: what it leaves is swept by the next run (see report/staging.ts).
 */
export const INTERRUPT_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type InterruptSignal = keyof typeof INTERRUPT_EXIT_CODES;
const SIGNALS = Object.keys(INTERRUPT_EXIT_CODES) as InterruptSignal[];

const cleanups = new Set<() => void>();

function interrupted(signal: InterruptSignal): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Best effort: one cleanup failing must not keep the others from running.
    }
  }
  process.exit(INTERRUPT_EXIT_CODES[signal]);
}

const HANDLERS = Object.fromEntries(SIGNALS.map((signal) => [signal, () => interrupted(signal)])) as Record<InterruptSignal, () => void>;

/** Registers `cleanup` (synchronous, idempotent) and returns the function that unregisters it. */
export function cleanUpOnInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) for (const signal of SIGNALS) process.on(signal, HANDLERS[signal]);
  cleanups.add(cleanup);
  return () => {
    if (!cleanups.delete(cleanup) || cleanups.size > 0) return;
    for (const signal of SIGNALS) process.off(signal, HANDLERS[signal]);
  };
}
