import type { CallRecord, Loopback } from './loopback.js';

/** A running emulated cloud: what a scan needs to reach it, and what it saw. */
export interface EmulatedCloud {
  /** Asset ids a complete scan reports, sorted. */
  expected: readonly string[];
  /** Every cloud call, in arrival order. */
  calls: readonly CallRecord[];
  server: Loopback;
  /** What a user sets to reach it (endpoints, credentials). */
  env: Record<string, string>;
  /** `mlscan scan` flags that select it. */
  args: string[];
  close(): Promise<void>;
}
