/** What the process exit code tells a pipeline. */
export const EXIT = {
  /** Everything was seen and nothing fails at or above --fail-on. */
  clean: 0,
  /** Something fails (or a rule errored) at or above --fail-on; with --fail-on-new, only what is new or regressed since the baseline counts. */
  findings: 1,
  /** Bad flag or bad input file: nothing was scanned or written. */
  usage: 2,
  /**
   * Nothing fails, but the result is incomplete: coverage gaps hid part of the estate (see the
   * report), or a live scan found no asset at all in its scope; --allow-partial makes this 0.
   */
  partial: 3,
  /** mlscan itself failed; --debug prints the stack. */
  internal: 4,
} as const;

export function scanExitCode(failing: number, partial: boolean, allowPartial: boolean): number {
  if (failing > 0) return EXIT.findings;
  return partial && !allowPartial ? EXIT.partial : EXIT.clean;
}
