import os from 'node:os';
import PQueue from 'p-queue';
import type { Asset, AttackType, DataTagKeys, FactCarriersByProvider, Finding, Severity, SeverityAdjustment } from '../model/index.js';
import type { GraphView } from '../graph/index.js';
import type { AnyRule, RuleOutcome, Verdict } from './define-rule.js';
import { compileRule, contextFor, type CompiledRule } from './context.js';
import { createDataTags, type DataTags } from './data-tags.js';
import { sortFindings } from './sort.js';
import { DEFAULT_WORKER_AFTER, FingerprintQueue, fingerprintOf } from './fingerprint-queue.js';

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
  /**
   * Findings fingerprinted on this thread before the rest go to a worker thread (Infinity: never
   * a worker). Default: none when the rules may evaluate more (rule, asset) pairs than
   * DEFAULT_WORKER_AFTER (fingerprint-queue.ts), else that many.
   */
  fingerprintWorkerAfter?: number;
}

export interface EngineStats {
  evaluations: number;
  rules: number;
  assets: number;
}

export interface EngineResult {
  findings: Finding[];
  stats: EngineStats;
  timings: EngineTimings;
}

/** Wall time of each engine step, so throughput is measured on rule evaluation alone. */
export interface EngineTimings {
  /**
   * Before the first rule runs: the estate sorted by id and cut into each rule's candidate assets
   * (once per scan, whatever the number of rules).
   */
  indexMs: number;
  /** Rule functions and making their findings (verdicts, messages, fingerprints). */
  evaluateMs: number;
  /** Effective severity of the failing findings (the risk assessor). */
  riskMs: number;
  /** Putting the findings in report order. */
  sortMs: number;
  /** Waiting, after the sort, for the fingerprints hashed on a worker thread during the steps above. */
  fingerprintWaitMs: number;
}

/** What one rule's evaluation needs beside the asset, made once per rule and scan. */
interface RuleRun {
  rule: AnyRule;
  /** The rule's id, severity and parsed messages, read once. */
  compiled: CompiledRule;
  /** Assets a superseding rule gave a pass or fail on, when this rule supersedes another. */
  verdicts: Set<string> | undefined;
}

/** Failing findings with the asset and rule they came from, for the risk step. */
interface FailingFindings {
  findings: Finding[];
  assets: Asset[];
  rules: AnyRule[];
}

/**
 * Evaluates every rule on every asset it applies to. Each (rule, asset) evaluation is isolated:
 * a throw, a rejected promise, a bad verdict or a timeout becomes an `error` finding.
 */
export async function runRules(options: EngineOptions): Promise<EngineResult> {
  const started = performance.now();
  const findings: Finding[] = [];
  const failing: FailingFindings = { findings: [], assets: [], rules: [] };
  const candidates = new CandidateIndex(options.graph);
  // total() lists every rule's candidates: the index is built before the first rule runs.
  const fingerprints = new FingerprintQueue({ workerAfter: options.fingerprintWorkerAfter ?? workerAfterFor(candidates.total(options.rules)) });
  const indexed = performance.now();
  try {
    const evaluations = await evaluateRounds(options, candidates, findings, failing, fingerprints);
    const evaluated = performance.now();
    // Neither the risk step nor the sort reads a fingerprint: the worker hashes meanwhile.
    if (options.risk) assessFailing(options.risk, failing);
    const assessed = performance.now();
    sortFindings(findings);
    const sorted = performance.now();
    await fingerprints.settle();
    return {
      findings,
      stats: { evaluations, rules: options.rules.length, assets: options.graph.assets.length },
      timings: { indexMs: indexed - started, evaluateMs: evaluated - indexed, riskMs: assessed - evaluated, sortMs: sorted - assessed, fingerprintWaitMs: performance.now() - sorted },
    };
  } finally {
    fingerprints.close();
  }
}

/**
 * Findings hashed on this thread before the worker starts: none when the scan will evaluate more
 * pairs than DEFAULT_WORKER_AFTER (it would start anyway, and the first ones would wait on this
 * thread meanwhile), else the default, so that a small scan never starts a worker.
 */
function workerAfterFor(candidatePairs: number): number {
  return candidatePairs > DEFAULT_WORKER_AFTER ? 0 : DEFAULT_WORKER_AFTER;
}

/** Runs the rules round by round (supersession order); returns the number of evaluations. */
async function evaluateRounds(options: EngineOptions, candidates: CandidateIndex, findings: Finding[], failing: FailingFindings, fingerprints: FingerprintQueue): Promise<number> {
  const { rules, graph } = options;
  const dataTags = createDataTags(graph, options.dataTags);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchSize = options.batchSize ?? 2_000;
  const queue = new PQueue({ concurrency: options.concurrency ?? Math.max(2, os.availableParallelism()) });
  let evaluations = 0;
  const evaluateBatch = async ({ rule, compiled, verdicts }: RuleRun, list: KindList, start: number, end: number) => {
    for (let i = start; i < end; i++) {
      const asset = list.assets[i]!;
      let produced = evaluateSyncFirst(compiled, asset, graph, timeoutMs, dataTags, options.factCarriers);
      if (isPromise(produced)) produced = await produced;
      if (produced === null) continue;
      evaluations++;
      for (let f = 0; f < produced.length; f++) {
        const finding = produced[f]!;
        // The asset's position in the estate is its key: the same position, the same id.
        fingerprints.add(finding, rule.meta, list.positions[i]!);
        if (verdicts && (finding.status === 'pass' || finding.status === 'fail')) verdicts.add(asset.id);
        if (finding.status === 'fail') {
          failing.findings.push(finding);
          failing.assets.push(asset);
          failing.rules.push(rule);
        }
        findings.push(finding);
      }
    }
  };
  // A rule runs after the rules that supersede it, and skips the assets they gave a verdict on.
  const decided = new Map<string, Set<string>>();
  for (const round of supersessionRounds(rules)) {
    for (const rule of round) {
      const skip = skippedAssets(rule, rules, decided);
      // Only a rule that supersedes another needs to remember where it gave a verdict.
      const verdicts = rules.some((r) => rule.meta.supersedes?.includes(r.meta.id)) ? new Set<string>() : undefined;
      if (verdicts) decided.set(rule.meta.id, verdicts);
      const run: RuleRun = { rule, compiled: compileRule(rule), verdicts };
      const list = skip.size ? without(candidates.of(rule), skip) : candidates.of(rule);
      for (let start = 0; start < list.assets.length; start += batchSize) {
        const end = Math.min(list.assets.length, start + batchSize);
        void queue.add(() => evaluateBatch(run, list, start, end));
      }
    }
    await queue.onIdle();
  }
  return evaluations;
}

/** Severity, adjustment and attack types of every failing finding, from the risk assessor. */
function assessFailing(risk: RiskAssessor, failing: FailingFindings): void {
  for (let i = 0; i < failing.findings.length; i++) {
    const finding = failing.findings[i]!;
    const rule = failing.rules[i]!;
    const { severity, adjustment, attackTypes } = risk.assess(rule.meta.severity, failing.assets[i]!, finding, rule.meta);
    finding.severity = severity;
    finding.adjustment = adjustment;
    if (attackTypes) finding.attackTypes = attackTypes;
  }
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

/**
 * The assets each rule applies to, in id order across all its kinds: a rule's findings then come
 * out in report order (asset id within a rule), and sorting them costs little more than a check.
 * The estate is sorted by id once and cut into one list per kind, each asset with its position in
 * the whole; a several-kind rule's lists are merged by position (integers, not long ids), once per
 * set of kinds and providers. The lists are shared and only read.
 */
class CandidateIndex {
  private byKind: Map<string, KindList> | undefined;
  private readonly byRule = new Map<AnyRule, KindList>();
  private readonly bySelection = new Map<string, KindList>();

  constructor(private readonly graph: GraphView & { assets: readonly Asset[] }) {}

  of(rule: AnyRule): KindList {
    let list = this.byRule.get(rule);
    if (list) return list;
    const { appliesTo, providers } = rule.meta;
    const kinds = [...new Set(appliesTo)];
    const selection = JSON.stringify([kinds, providers ?? null]);
    list = this.bySelection.get(selection);
    if (!list) {
      let merged: KindList = NO_CANDIDATES;
      for (const kind of kinds) {
        const ofKind = this.kinds().get(kind);
        if (ofKind) merged = merged.assets.length ? mergeByPosition(merged, ofKind) : ofKind;
      }
      list = providers ? filterList(merged, (a) => providers.includes(a.provider)) : merged;
      this.bySelection.set(selection, list);
    }
    this.byRule.set(rule, list);
    return list;
  }

  /** (rule, asset) pairs the rules may evaluate: an upper bound on the evaluations of a scan. */
  total(rules: readonly AnyRule[]): number {
    let pairs = 0;
    for (const rule of rules) pairs += this.of(rule).assets.length;
    return pairs;
  }

  private kinds(): Map<string, KindList> {
    if (this.byKind) return this.byKind;
    this.byKind = new Map();
    const sorted = sortedById(this.graph.assets);
    for (let position = 0; position < sorted.length; position++) {
      const asset = sorted[position]!;
      let list = this.byKind.get(asset.kind);
      if (!list) this.byKind.set(asset.kind, (list = { assets: [], positions: [] }));
      list.assets.push(asset);
      list.positions.push(position);
    }
    return this.byKind;
  }
}

/** One kind's assets in id order, each with its position in the whole estate's id order. */
interface KindList {
  assets: Asset[];
  positions: number[];
}

const NO_CANDIDATES: KindList = { assets: [], positions: [] };

/** The entries of `list` whose asset `keep` accepts, positions kept beside them. */
function filterList(list: KindList, keep: (asset: Asset) => boolean): KindList {
  const out: KindList = { assets: [], positions: [] };
  for (let i = 0; i < list.assets.length; i++) {
    if (!keep(list.assets[i]!)) continue;
    out.assets.push(list.assets[i]!);
    out.positions.push(list.positions[i]!);
  }
  return out;
}

/** `list` without the assets whose ids are in `skip`. */
function without(list: KindList, skip: ReadonlySet<string>): KindList {
  return filterList(list, (asset) => !skip.has(asset.id));
}

/** Two lists of distinct positions merged into one, in position order. */
function mergeByPosition(a: KindList, b: KindList): KindList {
  const out: KindList = { assets: [], positions: [] };
  let i = 0;
  let j = 0;
  while (i < a.assets.length || j < b.assets.length) {
    if (j >= b.assets.length || (i < a.assets.length && a.positions[i]! < b.positions[j]!)) {
      out.assets.push(a.assets[i]!);
      out.positions.push(a.positions[i++]!);
    } else {
      out.assets.push(b.assets[j]!);
      out.positions.push(b.positions[j++]!);
    }
  }
  return out;
}

/**
 * `assets` in id order (UTF-16 code units, as `<` compares); assets that share an id keep their
 * estate order (the sort is stable).
 */
function sortedById(assets: readonly Asset[]): Asset[] {
  // Equality first: ids are long and seldom equal, and one `<` then decides (two would scan the shared prefix twice).
  return [...assets].sort((a, b) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1));
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
  let findings = evaluateSyncFirst(compileRule(rule), asset, graph, timeoutMs, createDataTags(graph, dataTags), factCarriers);
  if (isPromise(findings)) findings = await findings;
  for (const finding of findings ?? []) finding.fingerprint = fingerprintOf(rule.meta, finding.assetId, finding.subject);
  return findings;
}

/**
 * Like evaluateOne, but answers synchronously when the rule does: most rules are plain functions,
 * and a promise per (rule, asset) pair costs more than the rule itself on a large estate. The
 * findings' fingerprints are left to the caller (empty strings until then).
 */
function evaluateSyncFirst(
  compiled: CompiledRule,
  asset: Asset,
  graph: GraphView,
  timeoutMs: number,
  dataTags: DataTags,
  factCarriers: FactCarriersByProvider | undefined,
): Finding[] | null | Promise<Finding[] | null> {
  const { rule } = compiled;
  let result: RuleOutcome | Promise<RuleOutcome>;
  try {
    if (rule.applies && !rule.applies(asset, graph, dataTags)) return null;
    result = rule.evaluate(asset, contextFor(compiled, asset, graph, dataTags, factCarriers));
  } catch (error) {
    return [errorFinding(compiled, asset, error)];
  }
  // No closure for the synchronous case: it is almost every evaluation.
  if (!isPromise(result)) return settle(compiled, asset, result);
  return withTimeout(result, timeoutMs, compiled.id).then(
    (outcome) => settle(compiled, asset, outcome),
    (error: unknown) => [errorFinding(compiled, asset, error)],
  );
}

/** The findings of a rule's outcome, or an `error` finding when the outcome is not a valid verdict list. */
function settle(rule: CompiledRule, asset: Asset, outcome: RuleOutcome): Finding[] {
  try {
    // One verdict, the common case: one array, not a wrapper and a mapped copy.
    if (!Array.isArray(outcome)) return [toFinding(rule, asset, checked(outcome as Verdict, rule.id))];
    const verdicts = outcome as readonly Verdict[];
    if (verdicts.length === 0) throw new Error(`rule ${rule.id} returned no verdict`);
    return distinctSubjects(verdicts.map((v) => toFinding(rule, asset, checked(v, rule.id))));
  } catch (error) {
    return [errorFinding(rule, asset, error)];
  }
}

const VERDICT_STATUSES: ReadonlySet<string> = new Set<Verdict['status']>(['pass', 'fail', 'unknown', 'not_applicable']);

function checked(v: Verdict, ruleId: string): Verdict {
  if (!v || !VERDICT_STATUSES.has(v.status)) throw new Error(`rule ${ruleId} returned an invalid verdict`);
  return v;
}

/**
 * A rule that gives several verdicts for one asset should name each one's subject; where two still
 * share one (and so would share a fingerprint: one rule, one asset), the later ones get their
 * position as subject (`#2`, `#3`), so that history and diff never fold two findings into one.
 * Stable as long as the rule's verdict order is.
 */
function distinctSubjects(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Map<string | undefined, number>();
  for (const finding of findings) {
    const n = (seen.get(finding.subject) ?? 0) + 1;
    seen.set(finding.subject, n);
    if (n > 1) finding.subject = `${finding.subject ?? ''}#${n}`;
  }
  return findings;
}

function toFinding(rule: CompiledRule, asset: Asset, v: Verdict): Finding {
  return makeFinding(rule, asset, v.status, v.message, v.evidence, v);
}

function errorFinding(rule: CompiledRule, asset: Asset, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return makeFinding(rule, asset, 'error', `Rule failed to evaluate: ${reason}`, {});
}

/**
 * One object literal for every finding: a single hidden class keeps 500k findings fast (no spreads).
 * The optional fields the engine and the risk step may set are in it too, undefined until then (in
 * the order they were once added, so JSON.stringify, which skips undefined, writes the same text):
 * a field added later would move every finding to a new hidden class and give each its own
 * out-of-object property store. The fingerprint is filled in by the caller (FingerprintQueue).
 */
function makeFinding(rule: CompiledRule, asset: Asset, status: Finding['status'], message: string, evidence: Finding['evidence'], v?: Verdict): Finding {
  return {
    ruleId: rule.id,
    fingerprint: '',
    status,
    severity: rule.severity,
    assetId: asset.id,
    assetName: asset.name,
    assetKind: asset.kind,
    provider: asset.provider,
    account: asset.account,
    region: asset.region,
    message,
    evidence,
    subject: v?.subject,
    messageId: v?.messageId || undefined,
    // The finding's own array: a rule may hand over a path the graph shares (frozen) with others.
    path: v?.path ? [...v.path] : undefined,
    missingFacts: v?.missingFacts || undefined,
    reason: v?.reason || undefined,
    adjustment: undefined,
    attackTypes: undefined,
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
