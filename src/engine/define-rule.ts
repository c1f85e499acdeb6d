import type { Asset, AssetKind, FactName, RuleMeta, Verdict, VerdictOptions } from '../model/index.js';
import type { GraphView, Whereabouts } from '../graph/index.js';
import type { DataTags } from './data-tags.js';

export type { Remediation, RuleMeta, Verdict, VerdictOptions } from '../model/index.js';

export interface RuleContext<M extends string = string> {
  readonly graph: GraphView;
  /** Data classification and owner under the scan's configured tag keys, inherited along the graph. */
  readonly dataTags: DataTags;
  pass(messageId: M, options?: VerdictOptions): Verdict;
  fail(messageId: M, options?: VerdictOptions): Verdict;
  /** The data the rule needs is not visible; never counts as a pass. */
  unknown(missingFacts: readonly string[], options?: Omit<VerdictOptions, 'data'>): Verdict;
  /** The rule cannot apply to this asset by construction (`reason`, one clause); counted neither as pass nor as unknown. */
  notApplicable(reason: string): Verdict;
  /**
   * When any of `facts` is missing from the asset: `not_applicable` if the asset's provider
   * declares that no collector ever sets one of them on its native type (fact carriers), else
   * `unknown` (not read). Undefined when every fact is there.
   */
  requireFacts(...facts: FactName[]): Verdict | undefined;
  /**
   * `requireFacts` read on a relative of the asset (the model an endpoint serves): `not_applicable`
   * when the relative's provider never sets one of `facts` on the relative's native type.
   */
  requireFactsOf(relative: Asset, ...facts: FactName[]): Verdict | undefined;
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
  applies?(asset: Asset, graph: GraphView, dataTags: DataTags): boolean;
  evaluate(asset: Asset, ctx: RuleContext<M>): RuleOutcome | Promise<RuleOutcome>;
}

/** The concern a rule judges: its declared `concern`, else its id. */
export function concernOf(meta: Pick<RuleMeta, 'id' | 'concern'>): string {
  return meta.concern ?? meta.id;
}

/** Identity at run time; at compile time it ties message ids to `meta.messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

// Rules are stored heterogeneously; the message-id type only matters inside each rule.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
