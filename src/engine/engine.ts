import os from 'node:os';
import PQueue from 'p-queue';
import type { Asset, AttackType, DataTagKeys, FactCarriersByProvider, Finding, Severity, SeverityAdjustment } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { AnyRule, RuleOutcome, Verdict } from './define-rule.js';
import { createContext } from './context.js';
import { createDataTags, type DataTags } from './data-tags.js';
import { sortFindings } from './sort.js';
import { findingFingerprint } from './fingerprint.js';

export interface RiskAssessor {
  /** Effective severity of a failing finding on `asset`, and why; with the rule, the attack types it enables. */
  assess(
    base: Severity,
    asset: Asset,
    finding: Finding,
    rule?: Pick<AnyRule['meta'], 'id' | 'family' | 'concern'>,
  ): { severity: Severity; adjustment: SeverityAdjustment; attackTypes?: AttackType[] };
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
  /** Tag keys for data classification and owner (default: DEFAULT_DATA_TAG_KEYS). */
  dataTags?: Partial<DataTagKeys>;
  /**
   * The registered providers' fact carriers (`factCarriersOf(plugins)`): a required fact the
   * asset's native type never carries gives `not_applicable`, not `unknown`. Without: `unknown`.
   */
  factCarriers?: FactCarriersByProvider;
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
  const dataTags = createDataTags(graph, options.dataTags);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchSize = options.batchSize ?? 2_000;
  const queue = new PQueue({ concurrency: options.concurrency ?? Math.max(2, os.availableParallelism()) });
  const findings: Finding[] = [];
  let evaluations = 0;

  // A rule runs after the rules that supersede it, and skips the assets they gave a verdict on.
  const decided = new Map<string, Set<string>>();
  for (const round of supersessionRounds(rules)) {
    for (const rule of round) {
      const skip = skippedAssets(rule, rules, decided);
      // Only a rule that supersedes another needs to remember where it gave a verdict.
      const verdicts = rules.some((r) => rule.meta.supersedes?.includes(r.meta.id)) ? new Set<string>() : undefined;
      if (verdicts) decided.set(rule.meta.id, verdicts);
      const candidates = candidatesFor(rule, graph).filter((a) => !skip.has(a.id));
      for (let start = 0; start < candidates.length; start += batchSize) {
        const batch = candidates.slice(start, start + batchSize);
        void queue.add(async () => {
          for (const asset of batch) {
            let produced = evaluateSyncFirst(rule, asset, graph, timeoutMs, dataTags, options.factCarriers);
            if (isPromise(produced)) produced = await produced;
            if (produced === null) continue;
            evaluations++;
            for (const finding of produced) {
              if (verdicts && (finding.status === 'pass' || finding.status === 'fail')) verdicts.add(asset.id);
              if (finding.status === 'fail' && risk) {
                const { severity, adjustment, attackTypes } = risk.assess(rule.meta.severity, asset, finding, rule.meta);
                finding.severity = severity;
                finding.adjustment = adjustment;
                if (attackTypes) finding.attackTypes = attackTypes;
              }
              findings.push(finding);
            }
          }
        });
      }
    }
    await queue.onIdle();
  }
  sortFindings(findings);
  return { findings, stats: { evaluations, rules: rules.length, assets: graph.assets.length } };
}

/**
 * Rules in evaluation order: each round holds the rules whose superseding rules (among those
 * selected) ran in an earlier round. Most scans have two rounds; a cycle is run in one round.
 */
export function supersessionRounds(rules: readonly AnyRule[]): AnyRule[][] {
  const selected = new Set(rules.map((r) => r.meta.id));
  const waitsFor = new Map<string, Set<string>>(rules.map((r) => [r.meta.id, new Set<string>()]));
  for (const rule of rules) {
    for (const id of rule.meta.supersedes ?? []) if (selected.has(id)) waitsFor.get(id)!.add(rule.meta.id);
  }
  const rounds: AnyRule[][] = [];
  const done = new Set<string>();
  let pending = [...rules];
  while (pending.length) {
    let round = pending.filter((r) => [...waitsFor.get(r.meta.id)!].every((id) => done.has(id)));
    if (!round.length) round = pending;
    for (const r of round) done.add(r.meta.id);
    rounds.push(round);
    pending = pending.filter((r) => !done.has(r.meta.id));
  }
  return rounds;
}

/** Assets on which a rule superseding `rule` already gave a pass or fail. */
function skippedAssets(rule: AnyRule, rules: readonly AnyRule[], decided: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const skip = new Set<string>();
  for (const other of rules) {
    if (!other.meta.supersedes?.includes(rule.meta.id)) continue;
    for (const id of decided.get(other.meta.id) ?? []) skip.add(id);
  }
  return skip;
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
  dataTags?: Partial<DataTagKeys>,
  factCarriers?: FactCarriersByProvider,
): Promise<Finding[] | null> {
  return evaluateSyncFirst(rule, asset, graph, timeoutMs, createDataTags(graph, dataTags), factCarriers);
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
  dataTags: DataTags,
  factCarriers: FactCarriersByProvider | undefined,
): Finding[] | null | Promise<Finding[] | null> {
  let result: RuleOutcome | Promise<RuleOutcome>;
  try {
    if (rule.applies && !rule.applies(asset, graph, dataTags)) return null;
    result = rule.evaluate(asset, createContext(rule, asset, graph, dataTags, factCarriers));
  } catch (error) {
    return [errorFinding(rule, asset, error)];
  }
  // No closure for the synchronous case: it is almost every evaluation.
  if (!isPromise(result)) return settle(rule, asset, result);
  return withTimeout(result, timeoutMs, rule.meta.id).then(
    (outcome) => settle(rule, asset, outcome),
    (error: unknown) => [errorFinding(rule, asset, error)],
  );
}

/** The findings of a rule's outcome, or an `error` finding when the outcome is not a valid verdict list. */
function settle(rule: AnyRule, asset: Asset, outcome: RuleOutcome): Finding[] {
  try {
    return distinctFingerprints(rule, toVerdicts(outcome, rule.meta.id).map((v) => toFinding(rule, asset, v)));
  } catch (error) {
    return [errorFinding(rule, asset, error)];
  }
}

const VERDICT_STATUSES: ReadonlySet<string> = new Set<Verdict['status']>(['pass', 'fail', 'unknown', 'not_applicable']);

function toVerdicts(outcome: RuleOutcome, ruleId: string): readonly Verdict[] {
  const list = Array.isArray(outcome) ? (outcome as readonly Verdict[]) : [outcome as Verdict];
  if (list.length === 0) throw new Error(`rule ${ruleId} returned no verdict`);
  for (const v of list) {
    if (!v || !VERDICT_STATUSES.has(v.status)) {
      throw new Error(`rule ${ruleId} returned an invalid verdict`);
    }
  }
  return list;
}

/**
 * A rule that gives several verdicts for one asset should name each one's subject; where two still
 * share a fingerprint, the later ones get their position as subject (`#2`, `#3`), so that history
 * and diff never fold two findings into one. Stable as long as the rule's verdict order is.
 */
function distinctFingerprints(rule: AnyRule, findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const n = (seen.get(finding.fingerprint) ?? 0) + 1;
    seen.set(finding.fingerprint, n);
    if (n > 1) {
      finding.subject = `${finding.subject ?? ''}#${n}`;
      finding.fingerprint = findingFingerprint(rule.meta.id, finding.assetId, rule.meta.concern, finding.subject);
    }
  }
  return findings;
}

function toFinding(rule: AnyRule, asset: Asset, v: Verdict): Finding {
  const finding = makeFinding(rule, asset, v.status, v.message, v.evidence, v.subject);
  if (v.subject !== undefined) finding.subject = v.subject;
  if (v.messageId) finding.messageId = v.messageId;
  if (v.path) finding.path = v.path;
  if (v.missingFacts) finding.missingFacts = v.missingFacts;
  if (v.reason) finding.reason = v.reason;
  return finding;
}

function errorFinding(rule: AnyRule, asset: Asset, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return makeFinding(rule, asset, 'error', `Rule failed to evaluate: ${reason}`, {});
}

/** One object literal for every finding: a single hidden class keeps 500k findings fast (no spreads). */
function makeFinding(rule: AnyRule, asset: Asset, status: Finding['status'], message: string, evidence: Finding['evidence'], subject?: string): Finding {
  return {
    ruleId: rule.meta.id,
    fingerprint: findingFingerprint(rule.meta.id, asset.id, rule.meta.concern, subject),
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
