import { SEVERITIES, severityRank, type Finding, type Severity } from '../model/index.js';

const STATUS_ORDER = { fail: 0, error: 1, unknown: 2, pass: 3, not_applicable: 4, suppressed: 5 } as const;
/** severityRank as a table: the comparator runs millions of times on a large estate. */
const SEVERITY_ORDER: Readonly<Record<string, number>> = Object.fromEntries(SEVERITIES.map((s) => [s, severityRank(s)]));
/** severityRank, -1 for a value outside the scale as there. */
const rankOf = (severity: Severity) => SEVERITY_ORDER[severity] ?? -1;

/** Stable report order: severity, rule id, asset id, then status and path as tie-breakers. */
export function compareFindings(a: Finding, b: Finding): number {
  return rankOf(a.severity) - rankOf(b.severity) || cmp(a.ruleId, b.ruleId) || compareWithinRule(a, b);
}

/**
 * Sorts `findings` in place into compareFindings order, with the same result as a stable
 * `findings.sort(compareFindings)`: findings are grouped by severity and rule first (each group
 * keeps their order), so the comparator only ever runs within a group, on the remaining keys.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  // One group list per rank, from -1 (a value outside the scale) down to info.
  const groups = [-1, ...SEVERITIES.map(severityRank)].map(() => new Map<string, Finding[]>());
  for (const finding of findings) {
    const byRule = groups[rankOf(finding.severity) + 1]!;
    const group = byRule.get(finding.ruleId);
    if (group) group.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  let i = 0;
  for (const byRule of groups) {
    for (const ruleId of [...byRule.keys()].sort(cmp)) {
      for (const finding of byRule.get(ruleId)!.sort(compareWithinRule)) findings[i++] = finding;
    }
  }
  return findings;
}

function compareWithinRule(a: Finding, b: Finding): number {
  return (
    cmp(a.assetId, b.assetId) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    cmp((a.path ?? []).join('>'), (b.path ?? []).join('>')) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
