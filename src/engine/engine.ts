import os from 'node:os';
import PQueue from 'p-queue';
import type { Asset, Finding, Severity, SeverityAdjustment } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { AnyRule, RuleOutcome, Verdict } from './define-rule.js';
import { createContext } from './context.js';
import { compareFindings } from './sort.js';

export interface RiskAssessor {
  /** Effective severity of a failing finding on `asset`, and why. */
  assess(base: Severity, asset: Asset, finding: Finding): { severity: Severity; adjustment: SeverityAdjustment };
}

export interface EngineOptions {
  rules: readonly AnyRule[];
  graph: GraphView & { assets: readonly Asset[] };
  /** Rule batches in flight at once. Defaults to the number of CPUs (at least 2). */
  concurrency?: number;
  /** Time an asynchronous evaluation may take before it becomes an `error` finding. */
  timeoutMs?: number;
  /** Assets evaluated per queued task; keeps queue overhead small on large estates. */
  batchSize?: number;
  risk?: RiskAssessor;
}

export interface EngineStats {
  evaluations: number;
  rules: number;
  assets: number;
}

export interface EngineResult {
  findings: Finding[];
  stats: EngineStats;
}

/**
 * Evaluates every rule on every asset it applies to. Each (rule, asset) evaluation is isolated:
 * a throw, a rejected promise, a bad verdict or a timeout becomes an `error` finding.
 */
export async function runRules(options: EngineOptions): Promise<EngineResult> {
  const { rules, graph, risk } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchSize = options.batchSize ?? 2_000;
  const queue = new PQueue({ concurrency: options.concurrency ?? Math.max(2, os.availableParallelism()) });
  const findings: Finding[] = [];
  let evaluations = 0;

  for (const rule of rules) {
    const candidates = candidatesFor(rule, graph);
    for (let start = 0; start < candidates.length; start += batchSize) {
      const batch = candidates.slice(start, start + batchSize);
      void queue.add(async () => {
        for (const asset of batch) {
          let produced = evaluateSyncFirst(rule, asset, graph, timeoutMs);
          if (isPromise(produced)) produced = await produced;
          if (produced === null) continue;
          evaluations++;
          for (const finding of produced) {
            if (finding.status === 'fail' && risk) {
              const { severity, adjustment } = risk.assess(rule.meta.severity, asset, finding);
              finding.severity = severity;
              finding.adjustment = adjustment;
            }
            findings.push(finding);
          }
        }
      });
    }
  }
  await queue.onIdle();
  findings.sort(compareFindings);
  return { findings, stats: { evaluations, rules: rules.length, assets: graph.assets.length } };
}

function candidatesFor(rule: AnyRule, graph: GraphView): Asset[] {
  const out: Asset[] = [];
  for (const kind of rule.meta.appliesTo) {
    for (const asset of graph.ofKind(kind)) {
      if (!rule.meta.providers || rule.meta.providers.includes(asset.provider)) out.push(asset);
    }
  }
  return out;
}

/** Findings of one (rule, asset) evaluation, or null when the rule does not apply to the asset. */
export async function evaluateOne(
  rule: AnyRule,
  asset: Asset,
  graph: GraphView,
  timeoutMs: number,
): Promise<Finding[] | null> {
  return evaluateSyncFirst(rule, asset, graph, timeoutMs);
}

/**
 * Like evaluateOne, but answers synchronously when the rule does: most rules are plain functions,
 * and a promise per (rule, asset) pair costs more than the rule itself on a large estate.
 */
function evaluateSyncFirst(
  rule: AnyRule,
  asset: Asset,
  graph: GraphView,
  timeoutMs: number,
): Finding[] | null | Promise<Finding[] | null> {
  let result: RuleOutcome | Promise<RuleOutcome>;
  try {
    if (rule.applies && !rule.applies(asset, graph)) return null;
    result = rule.evaluate(asset, createContext(rule, asset, graph));
  } catch (error) {
    return [errorFinding(rule, asset, error)];
  }
  const settle = (outcome: RuleOutcome): Finding[] => {
    try {
      return toVerdicts(outcome, rule.meta.id).map((v) => toFinding(rule, asset, v));
    } catch (error) {
      return [errorFinding(rule, asset, error)];
    }
  };
  if (!isPromise(result)) return settle(result);
  return withTimeout(result, timeoutMs, rule.meta.id).then(settle, (error: unknown) => [errorFinding(rule, asset, error)]);
}

function toVerdicts(outcome: RuleOutcome, ruleId: string): readonly Verdict[] {
  const list = Array.isArray(outcome) ? (outcome as readonly Verdict[]) : [outcome as Verdict];
  if (list.length === 0) throw new Error(`rule ${ruleId} returned no verdict`);
  for (const v of list) {
    if (!v || (v.status !== 'pass' && v.status !== 'fail' && v.status !== 'unknown')) {
      throw new Error(`rule ${ruleId} returned an invalid verdict`);
    }
  }
  return list;
}

function toFinding(rule: AnyRule, asset: Asset, v: Verdict): Finding {
  const finding = makeFinding(rule, asset, v.status, v.message, v.evidence);
  if (v.messageId) finding.messageId = v.messageId;
  if (v.path) finding.path = v.path;
  if (v.missingFacts) finding.missingFacts = v.missingFacts;
  return finding;
}

function errorFinding(rule: AnyRule, asset: Asset, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return makeFinding(rule, asset, 'error', `Rule failed to evaluate: ${reason}`, {});
}

/** One object literal for every finding: a single hidden class keeps 500k findings fast (no spreads). */
function makeFinding(rule: AnyRule, asset: Asset, status: Finding['status'], message: string, evidence: Finding['evidence']): Finding {
  return {
    ruleId: rule.meta.id,
    status,
    severity: rule.meta.severity,
    assetId: asset.id,
    assetName: asset.name,
    assetKind: asset.kind,
    provider: asset.provider,
    account: asset.account,
    region: asset.region,
    message,
    evidence,
  };
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<unknown> | undefined)?.then === 'function';
}

function withTimeout<T>(promise: Promise<T>, ms: number, ruleId: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`rule ${ruleId} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
