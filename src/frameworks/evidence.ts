import type { ControlStatus, Finding } from '../model/index.js';

/**
 * One asset's verdict under a rule, worst first: a single failing finding makes the asset fail,
 * and an asset that could not be judged (rule error, data not visible) is never a pass.
 */
type AssetVerdict = 'fail' | 'error' | 'unknown' | 'pass';
/** Verdicts by weight, so the worst of two is the larger number. */
const PASS = 0;
const UNKNOWN = 1;
const ERROR = 2;
const FAIL = 3;
type Weight = typeof PASS | typeof UNKNOWN | typeof ERROR | typeof FAIL;
const WEIGHT: Record<AssetVerdict, Weight> = { fail: FAIL, error: ERROR, unknown: UNKNOWN, pass: PASS };

/** One rule's evidence: the assets it judged, each with a verdict, by asset number (an asset may repeat). */
interface RuleEvidence {
  assets: Int32Array;
  weights: Uint8Array;
  failingFindings: number;
  /** Findings a suppression accepted: judged by the verdict they hide, and named in the basis. */
  suppressedFindings: number;
}

/** What the rules of one control show together: assets counted by their worst verdict over those rules. */
interface MergedVerdicts {
  /** Assets by weight (PASS, UNKNOWN, ERROR, FAIL). */
  byWeight: [number, number, number, number];
  total: number;
  failingFindings: number;
  suppressedFindings: number;
  failingRules: string[];
}

/**
 * The scan's findings indexed once for the gap analysis: assets numbered, each rule's verdicts in
 * flat arrays, and each distinct set of rules merged once however many controls map it (a rule is
 * typically mapped to a control in every framework).
 */
export class ScanEvidence {
  private readonly worst: Uint8Array;
  /** worst[i] holds for the merge whose generation is seen[i]: nothing to clear between merges. */
  private readonly seen: Uint32Array;
  private generation = 0;
  private readonly merged = new Map<string, MergedVerdicts>();

  constructor(private readonly rules: ReadonlyMap<string, RuleEvidence>, assetCount: number) {
    this.worst = new Uint8Array(assetCount);
    this.seen = new Uint32Array(assetCount);
  }

  /** Each asset judged by any of the rules, counted once by its worst verdict under them. */
  mergedVerdicts(ruleIds: readonly string[]): MergedVerdicts {
    const memoKey = ruleIds.join('\u0000');
    let merged = this.merged.get(memoKey);
    if (!merged) this.merged.set(memoKey, (merged = this.merge(ruleIds)));
    return merged;
  }

  private merge(ruleIds: readonly string[]): MergedVerdicts {
    const out: MergedVerdicts = { byWeight: [0, 0, 0, 0], total: 0, failingFindings: 0, suppressedFindings: 0, failingRules: [] };
    const { worst, seen } = this;
    const byWeight = out.byWeight;
    const generation = ++this.generation;
    for (const ruleId of ruleIds) {
      const evidence = this.rules.get(ruleId);
      if (!evidence) continue;
      out.failingFindings += evidence.failingFindings;
      out.suppressedFindings += evidence.suppressedFindings;
      if (evidence.failingFindings > 0) out.failingRules.push(ruleId);
      const { assets, weights } = evidence;
      for (let k = 0; k < assets.length; k++) {
        const asset = assets[k]!;
        const weight = weights[k] as Weight;
        if (seen[asset] !== generation) {
          seen[asset] = generation;
          worst[asset] = weight;
          byWeight[weight]++;
          out.total++;
        } else if (weight > worst[asset]!) {
          byWeight[worst[asset] as Weight]--;
          worst[asset] = weight;
          byWeight[weight]++;
        }
      }
    }
    return out;
  }
}

/** A rule's evidence while it is being collected. */
interface RuleEvidenceBuilder {
  assets: number[];
  weights: number[];
  failingFindings: number;
  suppressedFindings: number;
}

/**
 * Indexes findings by rule in one pass. A rule's lists may name an asset more than once (one
 * entry per finding, repeats next to each other dropped): merging keeps each asset's worst
 * verdict, so a repeat changes no count, and no per-rule map is needed.
 */
export function collectEvidence(findings: readonly Finding[]): ScanEvidence {
  const assets = new AssetNumbers();
  const byRule = new Map<string, RuleEvidenceBuilder>();
  // Findings come grouped by rule (report order): the rule's entry is looked up once per group.
  let ruleId: string | undefined;
  let evidence: RuleEvidenceBuilder | undefined;
  for (const finding of findings) {
    // A rule that does not apply to an asset says nothing about the control there.
    if (finding.status === 'not_applicable') continue;
    // An accepted risk is still the verdict the control rests on: the gap analysis shows what is, not what was accepted.
    const status: AssetVerdict = finding.status === 'suppressed' ? (finding.suppression?.status ?? 'fail') : finding.status;
    if (finding.ruleId !== ruleId || !evidence) {
      ruleId = finding.ruleId;
      evidence = byRule.get(ruleId);
      if (!evidence) byRule.set(ruleId, (evidence = { assets: [], weights: [], failingFindings: 0, suppressedFindings: 0 }));
    }
    if (status === 'fail') evidence.failingFindings++;
    if (finding.status === 'suppressed') evidence.suppressedFindings++;
    const asset = assets.numberOf(finding.assetId);
    const last = evidence.assets.length - 1;
    if (last >= 0 && evidence.assets[last] === asset) {
      if (WEIGHT[status] > evidence.weights[last]!) evidence.weights[last] = WEIGHT[status];
    } else {
      evidence.assets.push(asset);
      evidence.weights.push(WEIGHT[status]);
    }
  }
  const rules = new Map<string, RuleEvidence>();
  for (const [ruleId, { assets, weights, failingFindings, suppressedFindings }] of byRule) {
    rules.set(ruleId, { assets: Int32Array.from(assets), weights: Uint8Array.from(weights), failingFindings, suppressedFindings });
  }
  return new ScanEvidence(rules, assets.count);
}

/**
 * Asset ids numbered 0, 1, 2, ... in the order first seen. Report order walks each rule's assets
 * in id order, so an asset is often the one numbered right after the previous asset asked about
 * (or that same one again): that guess is checked by identity, which costs no hashing of a long
 * id, and the map is asked only when the guess misses.
 */
class AssetNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private previous = -1;

  get count(): number {
    return this.ids.length;
  }

  numberOf(id: string): number {
    const { ids, previous } = this;
    let n: number | undefined;
    if (ids[previous + 1] === id) n = previous + 1;
    else if (previous >= 0 && ids[previous] === id) n = previous;
    else {
      n = this.numbers.get(id);
      if (n === undefined) {
        n = ids.length;
        this.numbers.set(id, n);
        ids.push(id);
      }
    }
    this.previous = n;
    return n;
  }
}

/** What the rules mapped to one control show, before any attestation is considered. */
export interface AutomatedVerdict {
  status: ControlStatus;
  /** One clause, no final full stop, so callers can extend it into a sentence. */
  basis: string;
  assetsPassing: number;
  assetsFailing: number;
  assetsUnknown: number;
  failingFindings: number;
}

/**
 * The automated status of a control from the rules that map to it and ran. Met needs at least one
 * judged asset and every asset passing; assets that could not be judged keep a control at partly met,
 * and a control with nothing but unknowns and errors is not assessed.
 */
export function judgeRules(ruleIds: readonly string[], evidence: ScanEvidence): AutomatedVerdict {
  const { byWeight, total, failingFindings, suppressedFindings: suppressed, failingRules } = evidence.mergedVerdicts(ruleIds);
  const n: Record<AssetVerdict, number> = { fail: byWeight[FAIL], error: byWeight[ERROR], unknown: byWeight[UNKNOWN], pass: byWeight[PASS] };
  const counts = { assetsPassing: n.pass, assetsFailing: n.fail, assetsUnknown: n.error + n.unknown, failingFindings };
  const unseen = unseenClause(n.error, n.unknown);
  // An accepted risk does not make a control met: say that the verdicts include findings a suppression hides in the reports.
  const accepted = suppressed === 0 ? '' : suppressed === 1
    ? '; 1 finding is suppressed as an accepted risk, still counted here by its own verdict'
    : `; ${suppressed} findings are suppressed as accepted risks, still counted here by their own verdicts`;

  if (ruleIds.length === 0) return { status: 'not-assessed', basis: 'no rule that ran gives evidence for this control', ...counts };
  if (total === 0) return { status: 'not-assessed', basis: `${ruleList(ruleIds)} found no asset to judge`, ...counts };
  if (n.fail > 0) {
    return {
      status: n.pass > 0 ? 'partly-met' : 'not-met',
      basis: `${total === 1 ? 'the only asset judged fails' : `${n.fail} of ${total} assets fail`} ${ruleList(failingRules)}${unseen ? `; ${unseen}` : ''}${accepted}`,
      ...counts,
    };
  }
  if (n.pass === 0) return { status: 'not-assessed', basis: `none of the ${plural(total, 'asset')} could be judged by ${ruleList(ruleIds)}: ${unseen}${accepted}`, ...counts };
  if (unseen) return { status: 'partly-met', basis: `${n.pass} of ${plural(total, 'asset')} pass ${ruleList(ruleIds)} and none fail, but ${unseen}${accepted}`, ...counts };
  return { status: 'met', basis: `${total === 1 ? 'the only asset judged passes' : `all ${total} assets pass`} ${ruleList(ruleIds)}`, ...counts };
}

function unseenClause(errors: number, unknown: number): string {
  const parts: string[] = [];
  if (errors) parts.push(`${errors} hit a rule error`);
  if (unknown) parts.push(`${unknown} could not be seen`);
  return parts.length ? `${parts.join(' and ')} (${errors + unknown === 1 ? 'it counts' : 'they count'} as unknown, never as a pass)` : '';
}

/** "rule X", "rules X, Y", "rules X, Y, Z and 4 more": bases stay one readable sentence. */
export function ruleList(ids: readonly string[]): string {
  const shown = ids.slice(0, 3).join(', ');
  const more = ids.length > 3 ? ` and ${ids.length - 3} more` : '';
  return `${ids.length === 1 ? 'rule' : 'rules'} ${shown}${more}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
