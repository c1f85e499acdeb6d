import type {
  Asset,
  AssetKind,
  FactName,
  FindingStatus,
  FrameworkId,
  Provider,
  ReferenceKind,
  RuleFamily,
  Severity,
} from '../model/index.js';
import type { GraphView, Whereabouts } from '../graph/index.js';

export interface Remediation {
  /** What to change, in plain words. */
  text: string;
  /** A read-write CLI line that fixes it, where one exists (shown, never run by mlscan). */
  cli?: string;
  /** A Terraform snippet that fixes it, where one exists. */
  terraform?: string;
  /** Vendor documentation. */
  url?: string;
}

export interface RuleMeta<M extends string = string> {
  /** Equal to the file path under rules/ without extension, e.g. `exposure/workspace-public-network-access`. */
  id: string;
  title: string;
  family: RuleFamily;
  /** Base severity before the asset's criticality and likelihood adjust it. */
  severity: Severity;
  appliesTo: readonly AssetKind[];
  /** Omit for cross-cloud rules that read only normalised facts. */
  providers?: readonly Provider[];
  /** Why it matters: the threat this control counters. */
  rationale: string;
  remediation: Remediation;
  /** Framework controls this rule gives evidence for (ids must exist in src/frameworks catalogues). */
  controls: Partial<Record<FrameworkId, readonly string[]>>;
  /** External references: Security Hub ids, Azure Policy GUIDs, MCSB ids, research catalogue ids. */
  references?: Partial<Record<ReferenceKind, readonly string[]>>;
  /** Named messages; `{{name}}` is the asset name, other `{{keys}}` come from `data`. */
  messages: Record<M, string>;
}

export interface VerdictOptions {
  data?: Record<string, string | number | boolean>;
  evidence?: Record<string, unknown>;
  path?: string[];
}

export interface Verdict {
  status: Exclude<FindingStatus, 'error'>;
  /** The message id used (absent on `unknown` verdicts, which share one message). */
  messageId?: string;
  message: string;
  evidence: Record<string, unknown>;
  path?: string[];
  missingFacts?: string[];
}

export interface RuleContext<M extends string = string> {
  readonly graph: GraphView;
  pass(messageId: M, options?: VerdictOptions): Verdict;
  fail(messageId: M, options?: VerdictOptions): Verdict;
  /** The data the rule needs is not visible; never counts as a pass. */
  unknown(missingFacts: readonly string[], options?: Omit<VerdictOptions, 'data'>): Verdict;
  /** An `unknown` verdict when any of `facts` is missing from the asset, else undefined. */
  requireFacts(...facts: FactName[]): Verdict | undefined;
  /**
   * An `unknown` verdict when a coverage gap may have hidden assets of any of `kinds` at `where`
   * (default: the asset's account and region), else undefined. Guards every verdict that rests on
   * a relative being absent (no lineage, no other user of a role, no deployment that is off).
   */
  requireSeen(kinds: readonly AssetKind[], where?: Whereabouts): Verdict | undefined;
}

export type RuleOutcome = Verdict | readonly Verdict[];

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /** Narrows `appliesTo` further (e.g. only storage used by ML). Not applicable = no finding. */
  applies?(asset: Asset, graph: GraphView): boolean;
  evaluate(asset: Asset, ctx: RuleContext<M>): RuleOutcome | Promise<RuleOutcome>;
}

/** Identity at run time; at compile time it ties message ids to `meta.messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

// Rules are stored heterogeneously; the message-id type only matters inside each rule.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
