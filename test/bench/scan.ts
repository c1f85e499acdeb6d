// npm run bench:scan: live `mlscan scan` runs against the loopback AWS and ARM emulators with the
// clouds' rate limits and a per-call latency on (test/support/emulator/rate-limits.ts), printing
// for each cloud what the scan found against the estate, the calls it made against the fewest an
// honest inventory needs, throttled answers, repeated requests, wall time against the lower bound
// the quotas allow, and peak RSS; then a run with 20% of calls throttled at random (wall time
// against the clean run) and one with 10% of calls faulted (findings against the clean run).
// Each scan runs in a child process of its own (scan-child.ts) while the emulators stay here, so
// "scan peak RSS" is the scan's alone; "bench peak RSS" is this process's (emulators, estates).
// The clean run's calls are also printed by service against the minimum, and by operation.
// Not a test: figures, not verdicts (targets are printed beside them, never asserted).
// Knobs (environment): BENCH_AWS_ACCOUNTS, BENCH_AWS_REGIONS, BENCH_AWS_SCALE (SageMaker resources
// per account and region; 1: 181 assets), BENCH_AZURE_SUBSCRIPTIONS, BENCH_AZURE_WORKSPACES,
// BENCH_AZURE_SCALE, BENCH_LATENCY_MS, BENCH_CALL_TIMEOUT_MS, BENCH_SEED, BENCH_CLOUDS (aws,azure),
// BENCH_QUICK=1 (the clean run alone: no unpaced, throttled or faulted run).
// The issue's scale: BENCH_AWS_ACCOUNTS=10 BENCH_AWS_REGIONS=4 BENCH_AWS_SCALE=1.5 (about 10,000
// assets) and BENCH_AZURE_SUBSCRIPTIONS=5 BENCH_AZURE_WORKSPACES=4.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startAwsEmulator } from '../support/emulator/aws/emulator.js';
import { startArmEmulator } from '../support/emulator/azure/emulator.js';
import type { EmulatedCloud } from '../support/emulator/cloud.js';
import type { FaultPlan } from '../support/emulator/faults.js';
import type { CallRecord } from '../support/emulator/loopback.js';
import type { RateLimitPlan } from '../support/emulator/rate-limits.js';
import { armMinimumCalls, awsMinimumByService, quotaBound } from './minimum-calls.js';
import type { ChildScan } from './scan-child.js';

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
  start(faults: FaultPlan | undefined, rateLimits: RateLimitPlan): Promise<{ emulated: EmulatedCloud; minimum: ReadonlyMap<string, number> }>;
}

const CLOUDS: Cloud[] = [
  {
    name: 'aws',
    async start(faults, rateLimits) {
      const regions = AWS_REGIONS.slice(0, Math.max(1, knobs.awsRegions));
      const emulated = await startAwsEmulator({ scale: knobs.awsScale, accounts: knobs.awsAccounts, regions, rateLimits, callBudget: 1_000_000, ...(faults ? { faults } : {}) });
      return { emulated, minimum: awsMinimumByService(emulated.estates) };
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
      return { emulated, minimum: new Map([['arm', armMinimumCalls(emulated.estate)]]) };
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
  /** The clean minimum by service (AWS signing service; `arm` for all of Azure). */
  minimumByService: ReadonlyMap<string, number>;
  /** Calls by service (as the minimum counts them), the repeated ones (retries) among them, and calls by `service operation`. */
  callsByService: ReadonlyMap<string, number>;
  retriesByService: ReadonlyMap<string, number>;
  callsByOperation: ReadonlyMap<string, number>;
  throttled: number;
  repeated: number;
  faulted: number;
  wallS: number;
  /** Seconds the quotas alone require (busiest bucket). */
  quotaS: number;
  bucket: string;
  /** Peak RSS of the child process that ran the scan. */
  scanRssMb: number;
  /** Peak RSS of this process so far (emulators, estates, earlier runs). */
  benchRssMb: number;
  findingKeys: Set<string>;
}

const CHILD = fileURLToPath(new URL('./scan-child.js', import.meta.url));
/** Environment variables of the clouds' credential chains and endpoints, not passed on to the child. */
const CLOUD_ENV = /^(AWS_|AZURE_|MSI_|IDENTITY_|IMDS_)/;

/** Runs one scan in a child process against the emulator (scan-child.ts) and reads back its summary. */
function scanInChild(args: readonly string[], cloudEnv: Record<string, string>): Promise<ChildScan> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CLOUD_ENV.test(key)));
  const child = spawn(process.execPath, [CHILD, ...args], { env: { ...env, NO_COLOR: '1', ...cloudEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as ChildScan);
      } catch {
        reject(new Error(`scan child exited ${code} without a summary; stderr: ${stderr}`));
      }
    });
  });
}

async function measure(cloud: Cloud, faults: FaultPlan | undefined, rateLimits: RateLimitPlan): Promise<Measured> {
  const { emulated, minimum } = await cloud.start(faults, rateLimits);
  try {
    const outcome = await scanInChild([...emulated.args, '--call-timeout', String(knobs.callTimeoutMs), '--fail-on', 'none'], emulated.env);
    const calls: readonly CallRecord[] = emulated.calls;
    const found = new Set(outcome.assetIds);
    const bound = quotaBound(calls.filter((c) => c.fault !== 'rate-limit'));
    return {
      estate: emulated.expected.length,
      found: found.size,
      missing: emulated.expected.filter((id) => !found.has(id)).length,
      gaps: outcome.gaps,
      calls: calls.length,
      minimum: [...minimum.values()].reduce((n, c) => n + c, 0),
      minimumByService: minimum,
      ...countCalls(calls, minimum.has('arm')),
      throttled: calls.filter((c) => c.fault === 'rate-limit' || c.fault === 'throttle').length,
      repeated: calls.filter((c) => c.repeat).length,
      faulted: calls.filter((c) => c.fault !== undefined && c.fault !== 'rate-limit').length,
      wallS: outcome.ms / 1000,
      quotaS: bound.seconds,
      bucket: `${bound.bucket} (${bound.calls} calls)`,
      scanRssMb: outcome.maxRssKb / 1024,
      benchRssMb: process.resourceUsage().maxRSS / 1024,
      findingKeys: new Set(outcome.findingKeys),
    };
  } finally {
    await emulated.close();
  }
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

/** A run's row; without the unpaced run (BENCH_QUICK) the bound is not known and wall / bound is not printed. */
function printMain(name: string, m: Measured, unpaced: Measured | undefined): void {
  const versus = unpaced ? `${fmt(m.quotaS)} s / ${fmt(unpaced.wallS)} s | ${fmt(m.wallS / boundOf(m, unpaced), 2)}` : `${fmt(m.quotaS)} s / not run | –`;
  write(`| ${name} | ${m.estate} | ${m.found}${m.missing ? ` (${m.missing} missing)` : ''} | ${m.gaps} | ${m.calls} | ${m.minimum} | ${fmt(m.calls / m.minimum, 2)} | ${m.throttled} | ${m.repeated} | ${fmt(m.wallS)} s | ${versus} | ${fmt(m.scanRssMb, 0)} MB | ${fmt(m.benchRssMb, 0)} MB |`);
}

function countCalls(calls: readonly CallRecord[], arm: boolean): Pick<Measured, 'callsByService' | 'retriesByService' | 'callsByOperation'> {
  const callsByService = new Map<string, number>();
  const retriesByService = new Map<string, number>();
  const callsByOperation = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const call of calls) {
    bump(callsByService, arm ? 'arm' : call.service);
    if (call.repeat) bump(retriesByService, arm ? 'arm' : call.service);
    bump(callsByOperation, `${call.service} ${call.operation}`);
  }
  return { callsByService, retriesByService, callsByOperation };
}

/** The clean run's calls by service against the minimum, and its busiest operations. */
function printBreakdown(m: Measured): void {
  const byService = m.callsByService;
  write('\n| service | calls | of which retries | minimum | calls − retries − minimum |');
  write('|---|---|---|---|---|');
  const services = [...new Set([...byService.keys(), ...m.minimumByService.keys()])].sort();
  for (const service of services) {
    const calls = byService.get(service) ?? 0;
    const minimum = m.minimumByService.get(service) ?? 0;
    const retries = m.retriesByService.get(service) ?? 0;
    write(`| ${service} | ${calls} | ${retries} | ${minimum} | ${calls - retries - minimum} |`);
  }
  const busiest = [...m.callsByOperation].sort((a, b) => b[1] - a[1]).slice(0, 15);
  write(`\nbusiest operations of the clean run: ${busiest.map(([op, n]) => `${op} ${n}`).join(', ')}`);
  const firstTries = (service: string): number => (byService.get(service) ?? 0) - (m.retriesByService.get(service) ?? 0);
  const over = new Set(services.filter((service) => firstTries(service) > (m.minimumByService.get(service) ?? 0)));
  const ofOver = [...m.callsByOperation].filter(([op]) => over.has(op.split(' ')[0]!)).sort();
  write(`operations of the services above their minimum (retries aside): ${ofOver.map(([op, n]) => `${op} ${n}`).join(', ')}`);
}

const HEADER = '| run | assets in estate | found | gaps | calls | minimum | calls / minimum | throttled | repeated | wall | bound: quotas / unpaced | wall / bound | scan peak RSS (child) | bench peak RSS (this process) |';

async function benchCloud(cloud: Cloud): Promise<void> {
  const limits: RateLimitPlan = { latencyMs: knobs.latencyMs };
  write(`\n${cloud.name.toUpperCase()}\n`);
  write(HEADER);
  write(`|${'---|'.repeat(14)}`);
  const quick = process.env.BENCH_QUICK === '1';
  const unpaced = quick ? undefined : await measure(cloud, undefined, { latencyMs: knobs.latencyMs, quotaScale: 1e6 });
  if (unpaced) printMain('no quota binding (latency only)', unpaced, unpaced);
  const clean = await measure(cloud, undefined, limits);
  printMain('clean (quotas + latency)', clean, unpaced);
  printBreakdown(clean);
  const cleanSummary = `calls / minimum ${fmt(clean.calls / clean.minimum, 3)} (target <= 1.05), scan peak RSS ${fmt(clean.scanRssMb, 0)} MB (target <= 1024)`;
  if (!unpaced) return write(`\nclean: ${cleanSummary}`);
  const throttled = await measure(cloud, { seed: knobs.seed, rates: { throttle: 0.2 } }, limits);
  printMain('20% random throttles', throttled, unpaced);
  const faulty = await measure(cloud, { seed: knobs.seed, holdMs: Math.round(knobs.callTimeoutMs * 1.5), rates: { reset: 0.03, truncate: 0.03, http5xx: 0.02, timeout: 0.02 } }, limits);
  printMain('10% faults', faulty, unpaced);
  write();
  write(`busiest bucket of the clean run: ${clean.bucket}`);
  const cleanKeys = clean.findingKeys;
  const faultKeys = faulty.findingKeys;
  write(`20% throttles vs clean: wall ${fmt(throttled.wallS / clean.wallS, 2)}x (target <= 3)`);
  write(`10% faults vs clean: ${faulty.faulted} faulted answers; findings ${faultKeys.size} vs ${cleanKeys.size}: ${difference(cleanKeys, faultKeys)} missing, ${difference(faultKeys, cleanKeys)} extra (target: the same findings)`);
  write(`clean: wall / bound ${fmt(clean.wallS / boundOf(clean, unpaced), 2)} (target <= 1.3), ${cleanSummary}; bench process peak RSS ${fmt(Math.max(clean.benchRssMb, faulty.benchRssMb), 0)} MB`);
}

async function main(): Promise<void> {
  const started = performance.now();
  write(`mlscan bench:scan: ${JSON.stringify(knobs)}, node ${process.version}`);
  const only = process.env.BENCH_CLOUDS?.split(',');
  for (const cloud of CLOUDS) if (!only || only.includes(cloud.name)) await benchCloud(cloud);
  write(`\ntotal ${fmt((performance.now() - started) / 1000)} s`);
}

await main();
