import { roll } from './prng.js';

/**
 * Per-request faults, rolled once per request attempt:
 *  - `timeout`:  the answer is held for `holdMs` (longer than the scan's call timeout), then sent;
 *  - `truncate`: headers with the full Content-Length, half the body, then the socket is destroyed;
 *  - `reset`:    the socket is reset before anything is answered;
 *  - `http5xx`:  the service's own 500 error body;
 *  - `throttle`: the service's throttling answer (AWS ThrottlingException / SlowDown, ARM 429 with Retry-After).
 * A retry of the same request is a new attempt with its own roll, so a retry can succeed.
 */
export const FAULT_KINDS = ['timeout', 'truncate', 'reset', 'http5xx', 'throttle'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultPlan {
  /** Seed of the dice (default 1). */
  seed?: number;
  /** Share of request attempts that get each fault, e.g. `{ reset: 0.15 }`. */
  rates?: Partial<Record<FaultKind, number>>;
  /** How long a `timeout` answer is held (default 1,500 ms). */
  holdMs?: number;
  /** The listing whose page 2 hands back the token that asked for it: an AWS List operation (`ListTrainingJobs`) or the end of an ARM collection path (`/workspaces/mlw-0-0/models`). */
  repeatToken?: string;
}

/** Decides the fault of each request attempt; counts attempts per request identity. */
export class FaultDice {
  private readonly attempts = new Map<string, number>();
  private readonly seed: number;
  private readonly bands: Array<[FaultKind, number]> = [];

  constructor(private readonly plan: FaultPlan = {}) {
    this.seed = plan.seed ?? 1;
    let upTo = 0;
    for (const kind of FAULT_KINDS) {
      const rate = plan.rates?.[kind] ?? 0;
      if (rate <= 0) continue;
      upTo += rate;
      this.bands.push([kind, upTo]);
    }
    if (upTo > 1) throw new Error(`fault rates add up to ${upTo}, more than 1`);
  }

  get holdMs(): number {
    return this.plan.holdMs ?? 1_500;
  }

  get repeatToken(): string | undefined {
    return this.plan.repeatToken;
  }

  /** The fault for this attempt of the request `identity` (method, path, body), if any. */
  decide(identity: string): FaultKind | undefined {
    const attempt = (this.attempts.get(identity) ?? 0) + 1;
    this.attempts.set(identity, attempt);
    if (this.bands.length === 0) return undefined;
    const u = roll(this.seed, `${attempt}\u0000${identity}`);
    return this.bands.find(([, upTo]) => u < upTo)?.[0];
  }
}
