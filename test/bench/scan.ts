// npm run bench:scan: live `mlscan scan` runs against the loopback AWS and ARM emulators with the
// clouds' rate limits and a per-call latency on (test/support/emulator/rate-limits.ts), printing
// for each cloud what the scan found against the estate, the calls it made against the fewest an
// honest inventory needs, throttled answers, repeated requests, wall time against the lower bound
// the quotas allow, and peak RSS; then a run with 20% of calls throttled at random (wall time
// against the clean run) and one with 10% of calls faulted (findings against the clean run).
// Not a test: figures, not verdicts (targets are printed beside them, never asserted).
// Knobs (environment): BENCH_AWS_ACCOUNTS, BENCH_AWS_REGIONS, BENCH_AWS_SCALE (SageMaker resources
// per account and region; 1: 181 assets), BENCH_AZURE_SUBSCRIPTIONS, BENCH_AZURE_WORKSPACES,
// BENCH_AZURE_SCALE, BENCH_LATENCY_MS, BENCH_CALL_TIMEOUT_MS, BENCH_SEED, BENCH_CLOUDS (aws,azure).
// The issue's scale: BENCH_AWS_ACCOUNTS=10 BENCH_AWS_REGIONS=4 BENCH_AWS_SCALE=1.5 (about 10,000
// assets) and BENCH_AZURE_SUBSCRIPTIONS=5 BENCH_AZURE_WORKSPACES=4.
import type { ScanResult } from '../../src/model/index.js';
import { startAwsEmulator } from '../support/emulator/aws/emulator.js';
import { startArmEmulator } from '../support/emulator/azure/emulator.js';
import type { EmulatedCloud } from '../support/emulator/cloud.js';
import type { FaultPlan } from '../support/emulator/faults.js';
import type { CallRecord } from '../support/emulator/loopback.js';
import type { RateLimitPlan } from '../support/emulator/rate-limits.js';
import { scanInProcess } from '../support/emulator/run-cli.js';
import { armMinimumCalls, awsMinimumCalls, quotaBound } from './minimum-calls.js';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const knobs = {
  latencyMs: env('BENCH_LATENCY_MS', 20),
  callTimeoutMs: env('BENCH_CALL_TIMEOUT_MS', 5_000),
  seed: env('BENCH_SEED', 10),
  awsScale: env('BENCH_AWS_SCALE', 2),
  awsAccounts: env('BENCH_AWS_ACCOUNTS', 2),
  awsRegions: env('BENCH_AWS_REGIONS', 2),
  azureSubscriptions: env('BENCH_AZURE_SUBSCRIPTIONS', 2),
  azureWorkspaces: env('BENCH_AZURE_WORKSPACES', 3),
  azureScale: env('BENCH_AZURE_SCALE', 1),
};

const AWS_REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'ca-central-1', 'sa-east-1'];

interface Cloud {
  name: 'aws' | 'azure';
  start(faults: FaultPlan | undefined, rateLimits: RateLimitPlan): Promise<{ emulated: EmulatedCloud; minimum: number }>;
}

const CLOUDS: Cloud[] = [
  {
    name: 'aws',
    async start(faults, rateLimits) {
      const regions = AWS_REGIONS.slice(0, Math.max(1, knobs.awsRegions));
      const emulated = await startAwsEmulator({ scale: knobs.awsScale, accounts: knobs.awsAccounts, regions, rateLimits, callBudget: 1_000_000, ...(faults ? { faults } : {}) });
      return { emulated, minimum: awsMinimumCalls(emulated.estates) };
    },
  },
  {
    name: 'azure',
    async start(faults, rateLimits) {
      const emulated = await startArmEmulator({
        subscriptions: knobs.azureSubscriptions,
        workspaces: knobs.azureWorkspaces,
        scale: knobs.azureScale,
        rateLimits,
        callBudget: 1_000_000,
        ...(faults ? { faults } : {}),
      });
      return { emulated, minimum: armMinimumCalls(emulated.estate) };
    },
  },
];

interface Measured {
  estate: number;
  found: number;
  missing: number;
  gaps: number;
  calls: number;
  minimum: number;
  throttled: number;
  repeated: number;
  faulted: number;
  wallS: number;
  /** Seconds the quotas alone require (busiest bucket). */
  quotaS: number;
  bucket: string;
  rssMb: number;
  result: ScanResult | undefined;
}

async function measure(cloud: Cloud, faults: FaultPlan | undefined, rateLimits: RateLimitPlan): Promise<Measured> {
  const { emulated, minimum } = await cloud.start(faults, rateLimits);
  try {
    const outcome = await scanInProcess([...emulated.args, '--call-timeout', String(knobs.callTimeoutMs), '--fail-on', 'none'], emulated.env);
    const calls: readonly CallRecord[] = emulated.calls;
    const found = new Set(outcome.result?.inventory.assets.map((a) => a.id) ?? []);
    const bound = quotaBound(calls.filter((c) => c.fault !== 'rate-limit'));
    return {
      estate: emulated.expected.length,
      found: found.size,
      missing: emulated.expected.filter((id) => !found.has(id)).length,
      gaps: outcome.result?.coverage.gaps.length ?? Number.NaN,
      calls: calls.length,
      minimum,
      throttled: calls.filter((c) => c.fault === 'rate-limit' || c.fault === 'throttle').length,
      repeated: calls.filter((c) => c.repeat).length,
      faulted: calls.filter((c) => c.fault !== undefined && c.fault !== 'rate-limit').length,
      wallS: outcome.ms / 1000,
      quotaS: bound.seconds,
      bucket: `${bound.bucket} (${bound.calls} calls)`,
      rssMb: process.resourceUsage().maxRSS / 1024,
      result: outcome.result,
    };
  } finally {
    await emulated.close();
  }
}

/** Findings as comparable keys: rule, asset and status. */
function findingKeys(result: ScanResult | undefined): Set<string> {
  return new Set((result?.findings ?? []).map((f) => `${f.ruleId} ${f.assetId} ${f.status}`));
}

function difference(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (!b.has(k)) n++;
  return n;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const write = (line = ''): void => void process.stdout.write(`${line}\n`);

/**
 * The lower bound of a run: the busiest quota bucket's (calls − burst) / refill, or what the same
 * scan takes when no quota binds (latency on, quotas a million times larger: the latency chains of
 * dependent calls and the CPU work of scanner and emulator on this machine), whichever is longer.
 */
function boundOf(m: Measured, unpaced: Measured): number {
  return Math.max(m.quotaS, unpaced.wallS);
}

function printMain(name: string, m: Measured, unpaced: Measured): void {
  const bound = boundOf(m, unpaced);
  write(`| ${name} | ${m.estate} | ${m.found}${m.missing ? ` (${m.missing} missing)` : ''} | ${m.gaps} | ${m.calls} | ${m.minimum} | ${fmt(m.calls / m.minimum, 2)} | ${m.throttled} | ${m.repeated} | ${fmt(m.wallS)} s | ${fmt(m.quotaS)} s / ${fmt(unpaced.wallS)} s | ${fmt(m.wallS / bound, 2)} | ${fmt(m.rssMb, 0)} MB |`);
}

async function benchCloud(cloud: Cloud): Promise<void> {
  const limits: RateLimitPlan = { latencyMs: knobs.latencyMs };
  write(`\n${cloud.name.toUpperCase()}\n`);
  write('| run | assets in estate | found | gaps | calls | minimum | calls / minimum | throttled | repeated | wall | bound: quotas / unpaced | wall / bound | peak RSS |');
  write('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const unpaced = await measure(cloud, undefined, { latencyMs: knobs.latencyMs, quotaScale: 1e6 });
  printMain('no quota binding (latency only)', unpaced, unpaced);
  const clean = await measure(cloud, undefined, limits);
  printMain('clean (quotas + latency)', clean, unpaced);
  const throttled = await measure(cloud, { seed: knobs.seed, rates: { throttle: 0.2 } }, limits);
  printMain('20% random throttles', throttled, unpaced);
  const faulty = await measure(cloud, { seed: knobs.seed, holdMs: Math.round(knobs.callTimeoutMs * 1.5), rates: { reset: 0.03, truncate: 0.03, http5xx: 0.02, timeout: 0.02 } }, limits);
  printMain('10% faults', faulty, unpaced);
  write();
  write(`busiest bucket of the clean run: ${clean.bucket}`);
  const cleanKeys = findingKeys(clean.result);
  const faultKeys = findingKeys(faulty.result);
  write(`20% throttles vs clean: wall ${fmt(throttled.wallS / clean.wallS, 2)}x (target <= 3)`);
  write(`10% faults vs clean: ${faulty.faulted} faulted answers; findings ${faultKeys.size} vs ${cleanKeys.size}: ${difference(cleanKeys, faultKeys)} missing, ${difference(faultKeys, cleanKeys)} extra (target: the same findings)`);
  write(`clean: wall / bound ${fmt(clean.wallS / boundOf(clean, unpaced), 2)} (target <= 1.3), calls / minimum ${fmt(clean.calls / clean.minimum, 2)} (target <= 1.05), peak RSS ${fmt(clean.rssMb, 0)} MB (target <= 1024)`);
}

async function main(): Promise<void> {
  const started = performance.now();
  write(`mlscan bench:scan: ${JSON.stringify(knobs)}, node ${process.version}`);
  const only = process.env.BENCH_CLOUDS?.split(',');
  for (const cloud of CLOUDS) if (!only || only.includes(cloud.name)) await benchCloud(cloud);
  write(`\ntotal ${fmt((performance.now() - started) / 1000)} s`);
}

await main();
