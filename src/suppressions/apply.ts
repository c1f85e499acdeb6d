import type { Asset, Finding, FindingSuppression, SuppressionOutcome, SuppressionsReport, SuppressionState } from '../model/index.js';
import { daysBetween } from './dates.js';
import { ruleMatcher, type Suppression, type SuppressionSet } from './load.js';
import { suppressionTest } from './match.js';

/** A suppression that ends within this many days is `expiring`: listed apart and highlighted, so it is renewed or fixed in time. */
export const EXPIRING_WITHIN_DAYS = 30;

/** What a suppression may accept: a verdict that something is wrong or could not be checked. Passes and not_applicable stay as they are. */
const SUPPRESSIBLE: ReadonlySet<Finding['status']> = new Set(['fail', 'error', 'unknown']);

export interface ApplyOptions {
  /** The scan day, YYYY-MM-DD (UTC): a suppression applies up to and including its `expires` day. */
  today: string;
  /** The inventory, for the tag selectors. */
  assetsById: ReadonlyMap<string, Asset>;
}

export interface AppliedSuppressions {
  /** The findings in their order, the suppressed ones with status `suppressed` and the suppression that accepted them. */
  findings: Finding[];
  report: SuppressionsReport;
}

/**
 * Applies the suppressions to the findings. A finding goes to the first in-date suppression (in
 * the order declared) that matches it; every suppression that matches counts it, so an entry
 * made redundant by an earlier one is not reported as unmatched. An expired suppression applies
 * to nothing but counts what it would have matched, so the report can say what came back.
 */
export function applySuppressions(findings: readonly Finding[], set: SuppressionSet, options: ApplyOptions): AppliedSuppressions {
  const entries = set.entries.map((suppression) => ({
    suppression,
    rule: ruleMatcher(suppression.rule),
    test: suppressionTest(suppression),
    inDate: daysBetween(options.today, suppression.expires) >= 0,
    matched: 0,
  }));
  // Findings come in runs of a few hundred rules: the entries that can match a rule are found once per rule.
  const byRule = new Map<string, typeof entries>();
  const candidates = (ruleId: string) => byRule.get(ruleId) ?? byRule.set(ruleId, entries.filter((e) => e.rule(ruleId))).get(ruleId)!;
  const out = findings.map((finding) => {
    if (!SUPPRESSIBLE.has(finding.status)) return finding;
    const asset = options.assetsById.get(finding.assetId);
    let accepted: Suppression | undefined;
    for (const entry of candidates(finding.ruleId)) {
      if (!entry.test(finding, asset)) continue;
      entry.matched++;
      if (entry.inDate) accepted ??= entry.suppression;
    }
    return accepted ? suppressed(finding, accepted) : finding;
  });
  const report: SuppressionsReport = {
    sources: [...set.sources],
    maxDays: set.maxDays,
    entries: entries.map(({ suppression, matched }) => outcome(suppression, matched, options.today)),
  };
  return { findings: out, report };
}

function suppressed(finding: Finding, by: Suppression): Finding {
  const suppression: FindingSuppression = {
    status: finding.status as FindingSuppression['status'],
    id: by.id,
    reason: by.reason,
    ...(by.owner !== undefined ? { owner: by.owner } : {}),
    expires: by.expires,
    ...(by.ticket !== undefined ? { ticket: by.ticket } : {}),
  };
  return { ...finding, status: 'suppressed', suppression };
}

function outcome(suppression: Suppression, matched: number, today: string): SuppressionOutcome {
  const { at: _at, ...declared } = suppression;
  void _at;
  const daysLeft = daysBetween(today, suppression.expires);
  return { ...declared, state: stateOf(daysLeft, matched), matched, daysLeft };
}

export function stateOf(daysLeft: number, matched: number): SuppressionState {
  if (daysLeft < 0) return 'expired';
  if (matched === 0) return 'unmatched';
  return daysLeft < EXPIRING_WITHIN_DAYS ? 'expiring' : 'active';
}
