import { severityRank, type Finding, type Provider } from '../model/index.js';

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

/**
 * The remediation CLI's commands for the finding's cloud: a cross-cloud rule's `# AWS` / `# Azure`
 * sections narrowed to the finding's provider, comments dropped, one command per entry.
 */
export function cloudCommands(cli: string | undefined, provider: Provider): string[] {
  if (!cli) return [];
  const sections: { header: string; lines: string[] }[] = [{ header: '', lines: [] }];
  for (const line of cli.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (line.startsWith('#')) sections.push({ header: line.toLowerCase(), lines: [] });
    else sections.at(-1)!.lines.push(line);
  }
  const forCloud = sections.filter((s) => s.header.includes(provider));
  return (forCloud.length ? forCloud : sections).flatMap((s) => s.lines);
}
