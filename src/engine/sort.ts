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
 * `findings.sort(compareFindings)`. The engine emits each rule's findings in asset order, so the
 * input is a few long runs of one (severity, rule), each mostly in order already: the runs are
 * grouped by severity and rule (a group keeps its runs in input order, which keeps the sort
 * stable), and a group is sorted only when the check made while reading it finds it out of order.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const groups = runsBySeverityAndRule(findings);
  // Runs are copied out of a snapshot, since the array is rewritten in place.
  const source = findings.slice();
  let next = 0;
  for (const byRule of groups) {
    for (const ruleId of [...byRule.keys()].sort(cmp)) {
      const from = next;
      const { bounds, ordered } = byRule.get(ruleId)!;
      let inOrder = ordered;
      for (let r = 0; r < bounds.length; r += 2) {
        // Where one run of the group meets the next, the order is checked here.
        if (next > from && inOrder) inOrder = compareWithinRule(findings[next - 1]!, source[bounds[r]!]!) <= 0;
        for (let k = bounds[r]!; k < bounds[r + 1]!; k++) findings[next++] = source[k]!;
      }
      if (!inOrder) sortRange(findings, from, next);
    }
  }
  return findings;
}

/** One (severity, rule) group: its runs in input order, and whether each run was in order. */
interface GroupRuns {
  /** [start, end) of each run in the input. */
  bounds: number[];
  ordered: boolean;
}

/**
 * The input's maximal runs of one severity and rule, by rule id in one map per rank, from -1 (a
 * value outside the scale) down to info: one map look-up per run, not per finding. Each finding
 * is read once, so the order within a run is checked in the same pass (on a large estate every
 * read of a finding is a cache miss).
 */
function runsBySeverityAndRule(findings: readonly Finding[]): Map<string, GroupRuns>[] {
  const groups = [-1, ...SEVERITIES.map(severityRank)].map(() => new Map<string, GroupRuns>());
  let start = 0;
  while (start < findings.length) {
    let previous = findings[start]!;
    const { ruleId, severity } = previous;
    let ordered = true;
    let end = start + 1;
    for (; end < findings.length; end++) {
      const finding = findings[end]!;
      if (finding.ruleId !== ruleId || finding.severity !== severity) break;
      if (ordered) ordered = compareWithinRule(previous, finding) <= 0;
      previous = finding;
    }
    const byRule = groups[rankOf(severity) + 1]!;
    const group = byRule.get(ruleId);
    if (!group) byRule.set(ruleId, { bounds: [start, end], ordered });
    else {
      group.bounds.push(start, end);
      group.ordered &&= ordered;
    }
    start = end;
  }
  return groups;
}

/** Stable-sorts findings[from, to) by compareWithinRule. */
function sortRange(findings: Finding[], from: number, to: number): void {
  const range = findings.slice(from, to).sort(compareWithinRule);
  for (let k = 0; k < range.length; k++) findings[from + k] = range[k]!;
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
