import type { Attestation, FactCarriersByProvider, Finding, FrameworkId, ScanResult, Severity } from '../model/index.js';
import { RESULT_SCHEMA_VERSION, atOrAbove } from '../model/index.js';
import { AssetGraph } from '../graph/index.js';
import { runRules, type AnyRule, type EngineStats, type EngineTimings } from '../engine/index.js';
import { FRAMEWORKS, assessFrameworks } from '../frameworks/index.js';
import { createRiskAssessor, riskMatrix, type RiskConfig } from '../risk/index.js';
import { toolVersion } from '../version.js';
import { applySuppressions, dayOf, type SuppressionSet } from '../suppressions/index.js';
import { mergeInventories } from './merge.js';
import type { InventorySource, NormalisedInventory, ProgressEvent } from './source.js';

export interface ScanOptions {
  sources: readonly InventorySource[];
  rules: readonly AnyRule[];
  attestations?: readonly Attestation[];
  risk?: RiskConfig;
  failOn?: Severity | 'none';
  /** Frameworks the gap analysis reports on (default: all). */
  frameworks?: readonly FrameworkId[];
  concurrency?: number;
  ruleTimeoutMs?: number;
  /** The registered providers' fact carriers (`factCarriersOf(plugins)`), so rules that cannot apply say `not_applicable`. */
  factCarriers?: FactCarriersByProvider;
  onProgress?: (event: ProgressEvent) => void;
  /** Accepted risks (`loadSuppressions` in src/suppressions): matching fail, error and unknown findings become `suppressed`, judged against the scan's start day. */
  suppressions?: SuppressionSet;
  /** Injected clock, so tests and reports are reproducible. */
  now?: () => Date;
}

/**
 * Wall time of each step of the scan. `evaluateMs` is rule evaluation alone (rule functions and
 * making their findings); the graph, the candidate index, risk, sort, suppressions and gap
 * analysis are timed apart.
 */
export interface ScanTimings extends EngineTimings {
  collectMs: number;
  graphMs: number;
  suppressionsMs: number;
  gapMs: number;
}

export interface ScanOutcome {
  result: ScanResult;
  stats: EngineStats & ScanTimings;
}

export async function collect(
  sources: readonly InventorySource[],
  onProgress?: (event: ProgressEvent) => void,
): Promise<NormalisedInventory> {
  const inventories = await Promise.all(sources.map((s) => s.collect(onProgress ? { onProgress } : {})));
  return mergeInventories(inventories);
}

/** Collect → graph → rules (with risk) → gap analysis: the whole pipeline, providers and rules injected. */
export async function runScan(options: ScanOptions): Promise<ScanOutcome> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const t0 = performance.now();
  const inventory = await collect(options.sources, options.onProgress);
  const t1 = performance.now();
  const evaluated = await evaluateInventory(inventory, { ...options, today: dayOf(startedAt) });
  const result: ScanResult = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'mlscan', version: toolVersion() },
    scan: {
      startedAt: startedAt.toISOString(),
      finishedAt: now().toISOString(),
      sources: options.sources.map((s) => s.name),
      partial: inventory.gaps.length > 0,
      rules: options.rules.map((r) => r.meta.id),
      ...(options.failOn ? { failOn: options.failOn } : {}),
    },
    inventory: { assets: inventory.assets, edges: inventory.edges },
    ...(inventory.accounts?.length ? { accounts: inventory.accounts } : {}),
    coverage: { gaps: inventory.gaps },
    findings: evaluated.findings,
    frameworks: evaluated.frameworks,
    risk: riskMatrix(options.risk),
    ...(evaluated.suppressions ? { suppressions: evaluated.suppressions } : {}),
  };
  return { result, stats: { ...evaluated.stats, ...evaluated.timings, collectMs: t1 - t0 } };
}

export async function evaluateInventory(
  inventory: NormalisedInventory,
  options: Pick<ScanOptions, 'rules' | 'attestations' | 'risk' | 'concurrency' | 'ruleTimeoutMs' | 'frameworks' | 'factCarriers' | 'suppressions'> & { today?: string },
): Promise<{ findings: Finding[]; frameworks: ScanResult['frameworks']; stats: EngineStats; timings: Omit<ScanTimings, 'collectMs'>; suppressions?: ScanResult['suppressions'] }> {
  const t0 = performance.now();
  const graph = new AssetGraph(inventory.assets, inventory.edges, inventory.gaps);
  const risk = createRiskAssessor(graph, options.risk);
  const t1 = performance.now();
  const { findings: verdicts, stats, timings } = await runRules({
    rules: options.rules,
    graph,
    risk,
    ...(options.risk ? { dataTags: options.risk } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.ruleTimeoutMs ? { timeoutMs: options.ruleTimeoutMs } : {}),
    ...(options.factCarriers ? { factCarriers: options.factCarriers } : {}),
  });
  const t2 = performance.now();
  // Before the gap analysis, which judges a suppressed finding by the verdict it hides.
  const applied = options.suppressions
    ? applySuppressions(verdicts, options.suppressions, { today: options.today ?? dayOf(new Date()), assetsById: new Map(inventory.assets.map((a) => [a.id, a])) })
    : undefined;
  const findings = applied?.findings ?? verdicts;
  const t3 = performance.now();
  const frameworks = assessFrameworks({
    findings,
    rules: options.rules.map((r) => r.meta),
    attestations: options.attestations ?? [],
    ...(options.frameworks?.length ? { frameworks: FRAMEWORKS.filter((f) => options.frameworks!.includes(f.id)) } : {}),
  });
  const t4 = performance.now();
  // The graph step includes the risk assessor's set-up; rules, risk and sort are timed by the engine.
  const stepTimings = { ...timings, graphMs: t1 - t0, suppressionsMs: t3 - t2, gapMs: t4 - t3 };
  return { findings, frameworks, stats, timings: stepTimings, ...(applied ? { suppressions: applied.report } : {}) };
}

/** Findings that fail the build: failing (or erroring) at or above the threshold. */
export function findingsAtOrAbove(findings: readonly Finding[], threshold: Severity | 'none'): Finding[] {
  if (threshold === 'none') return [];
  // A rule that crashed could be hiding a failure, so a gate counts errors too.
  return findings.filter((f) => (f.status === 'fail' || f.status === 'error') && atOrAbove(f.severity, threshold));
}
