import type { ControlStatus, Finding } from '../model/index.js';

/**
 * One asset's verdict under a rule, worst first: a single failing finding makes the asset fail,
 * and an asset that could not be judged (rule error, data not visible) is never a pass.
 */
type AssetVerdict = 'fail' | 'error' | 'unknown' | 'pass';
const WEIGHT: Record<AssetVerdict, number> = { fail: 3, error: 2, unknown: 1, pass: 0 };

export interface RuleEvidence {
  verdicts: Map<string, AssetVerdict>;
  failingFindings: number;
  /** Findings a suppression accepted: judged by the verdict they hide, and named in the basis. */
  suppressedFindings: number;
}

/** Indexes findings by rule in one pass; each asset keeps its worst verdict. */
export function collectEvidence(findings: readonly Finding[]): Map<string, RuleEvidence> {
  const byRule = new Map<string, RuleEvidence>();
  for (const finding of findings) {
    // A rule that does not apply to an asset says nothing about the control there.
    if (finding.status === 'not_applicable') continue;
    // An accepted risk is still the verdict the control rests on: the gap analysis shows what is, not what was accepted.
    const status: AssetVerdict = finding.status === 'suppressed' ? (finding.suppression?.status ?? 'fail') : finding.status;
    let evidence = byRule.get(finding.ruleId);
    if (!evidence) byRule.set(finding.ruleId, (evidence = { verdicts: new Map(), failingFindings: 0, suppressedFindings: 0 }));
    if (status === 'fail') evidence.failingFindings++;
    if (finding.status === 'suppressed') evidence.suppressedFindings++;
    const before = evidence.verdicts.get(finding.assetId);
    if (before === undefined || WEIGHT[status] > WEIGHT[before]) evidence.verdicts.set(finding.assetId, status);
  }
  return byRule;
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
export function judgeRules(ruleIds: readonly string[], evidence: ReadonlyMap<string, RuleEvidence>): AutomatedVerdict {
  const assets = new Map<string, AssetVerdict>();
  const failingRules: string[] = [];
  let failingFindings = 0;
  let suppressed = 0;
  for (const ruleId of ruleIds) {
    const ev = evidence.get(ruleId);
    if (!ev) continue;
    failingFindings += ev.failingFindings;
    suppressed += ev.suppressedFindings;
    if (ev.failingFindings > 0) failingRules.push(ruleId);
    for (const [assetId, verdict] of ev.verdicts) {
      const before = assets.get(assetId);
      if (before === undefined || WEIGHT[verdict] > WEIGHT[before]) assets.set(assetId, verdict);
    }
  }
  const n: Record<AssetVerdict, number> = { fail: 0, error: 0, unknown: 0, pass: 0 };
  for (const verdict of assets.values()) n[verdict]++;
  const counts = { assetsPassing: n.pass, assetsFailing: n.fail, assetsUnknown: n.error + n.unknown, failingFindings };
  const total = assets.size;
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
