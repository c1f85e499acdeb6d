import { severityRank, type Finding } from '../model/index.js';

/**
 * How many assets a finding reaches: the distinct assets along its graph path (public endpoint →
 * model → training data), or 1 for a finding about one asset alone.
 */
export function blastRadius(finding: Pick<Finding, 'assetId' | 'path'>): number {
  return new Set([finding.assetId, ...(finding.path ?? [])]).size;
}

/**
 * Failing findings in the order a reader should fix them: adjusted (effective) severity first,
 * then blast radius, then rule id and asset name so the same scan always lists the same order.
 */
export function byPriority(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    blastRadius(b) - blastRadius(a) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.assetName.localeCompare(b.assetName) ||
    a.assetId.localeCompare(b.assetId)
  );
}

/** The first `limit` of `findings` by priority, and how many were left out. */
export function topFindings(findings: readonly Finding[], limit: number): { top: Finding[]; more: number } {
  const sorted = [...findings].sort(byPriority);
  return { top: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}
