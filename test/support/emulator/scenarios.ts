import type { Asset } from '../../../src/model/index.js';
import { startAwsEmulator } from './aws/emulator.js';
import { startArmEmulator } from './azure/emulator.js';
import { THREE_PAGE_LISTING } from './azure/estate.js';
import type { FaultKind, FaultPlan } from './faults.js';
import type { EmulatedCloud } from './cloud.js';
import type { CallRecord } from './loopback.js';
import type { RateLimitPlan } from './rate-limits.js';
import { lossesOf, type Losses } from './losses.js';
import { scanInProcess, type ScanOutcome } from './run-cli.js';

export interface CloudDriver {
  name: 'aws' | 'azure';
  /** A listing of three or more pages, for the repeated-token scenario. */
  repeatListing: string;
  /** `small`: the estate the tests use (about half the figures' estate). */
  start(options: { faults?: FaultPlan; small?: boolean; rateLimits?: RateLimitPlan }): Promise<EmulatedCloud>;
}

export const CLOUDS: readonly CloudDriver[] = [
  {
    name: 'aws',
    repeatListing: 'ListTrainingJobs',
    start: ({ faults, small, rateLimits }) => startAwsEmulator({ ...(faults ? { faults } : {}), ...(rateLimits ? { rateLimits } : {}), scale: small ? 0.5 : 1 }),
  },
  {
    name: 'azure',
    repeatListing: THREE_PAGE_LISTING,
    start: ({ faults, small, rateLimits }) => startArmEmulator({ ...(faults ? { faults } : {}), ...(rateLimits ? { rateLimits } : {}), workspaces: small ? 2 : 3 }),
  },
];

export interface Scenario {
  name: string;
  plan(cloud: CloudDriver): FaultPlan | undefined;
}

const rate = (kind: FaultKind, share: number): Scenario => ({ name: `${Math.round(share * 100)}% ${kind === 'truncate' ? 'truncated bodies' : `${kind}s`}`, plan: () => ({ rates: { [kind]: share } }) });

/** The scenarios issue 12's closing note reports. */
export const FIGURE_SCENARIOS: readonly Scenario[] = [
  { name: 'none', plan: () => undefined },
  rate('timeout', 0.1),
  rate('truncate', 0.1),
  rate('reset', 0.15),
  { name: 'repeated page token', plan: (cloud) => ({ repeatToken: cloud.repeatListing }) },
];

export interface ScenarioRun {
  outcome: ScanOutcome;
  calls: CallRecord[];
  expected: readonly string[];
  budgetSpent: boolean;
  handlerErrors: readonly string[];
}

export interface RunSettings {
  /** `--call-timeout` (AWS accepts 1,000 ms at least); a `timeout` fault holds its answer 1.5 times as long. */
  callTimeoutMs?: number;
  seed?: number;
  small?: boolean;
  /** Extra `mlscan scan` flags (default `--fail-on none`). */
  flags?: string[];
  /** The cloud's quotas and latency (rate-limits.ts); off when absent. */
  rateLimits?: RateLimitPlan;
}

/** Starts the cloud with the scenario's faults, runs `mlscan scan` against it in-process, stops the cloud. */
export async function runScenario(cloud: CloudDriver, plan: FaultPlan | undefined, settings: RunSettings = {}): Promise<ScenarioRun> {
  const callTimeoutMs = settings.callTimeoutMs ?? 1_000;
  const faults = plan ? { seed: settings.seed ?? 12, holdMs: Math.round(callTimeoutMs * 1.5), ...plan } : undefined;
  const emulated = await cloud.start({ ...(faults ? { faults } : {}), ...(settings.small ? { small: true } : {}), ...(settings.rateLimits ? { rateLimits: settings.rateLimits } : {}) });
  try {
    const outcome = await scanInProcess([...emulated.args, '--call-timeout', String(callTimeoutMs), ...(settings.flags ?? ['--fail-on', 'none'])], emulated.env);
    return { outcome, calls: [...emulated.calls], expected: emulated.expected, budgetSpent: emulated.server.budgetSpent, handlerErrors: emulated.server.handlerErrors };
  } finally {
    await emulated.close();
  }
}

export interface Figures extends Losses {
  expected: number;
  collected: number;
  gaps: number;
  calls: number;
  faulted: number;
  ms: number;
  code: number;
  partial: boolean | undefined;
}

/** What a run lost against the complete inventory (`complete`: the assets of a fault-free run). */
export function figuresOf(run: ScenarioRun, complete: readonly Asset[]): Figures {
  const reported = run.outcome.result?.inventory.assets ?? [];
  const gaps = run.outcome.result?.coverage.gaps ?? [];
  return {
    ...lossesOf(complete, reported, gaps),
    expected: run.expected.length,
    collected: reported.length,
    gaps: gaps.length,
    calls: run.calls.length,
    faulted: run.calls.filter((c) => c.fault !== undefined).length,
    ms: run.outcome.ms,
    code: run.outcome.code,
    partial: run.outcome.result?.scan.partial,
  };
}
