import { severityRank, type Finding } from '../model/index.js';

const STATUS_ORDER = { fail: 0, error: 1, unknown: 2, pass: 3, not_applicable: 4, suppressed: 5 } as const;

/** Stable report order: severity, rule id, asset id, then status and path as tie-breakers. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.assetId, b.assetId) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    cmp((a.path ?? []).join('>'), (b.path ?? []).join('>')) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
