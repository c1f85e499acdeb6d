import type { ScanResult, Severity } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import type { Styler } from './output.js';
import { terminalSafe } from './output.js';

export interface SummaryInput {
  result: ScanResult;
  files: readonly string[];
  gate: { threshold: Severity | 'none'; failing: number; partial: boolean };
  elapsedMs: number;
}

/** The few lines printed on stderr after a scan. */
export function formatSummary({ result, files, gate, elapsedMs }: SummaryInput, style: Styler): string {
  const lines: string[] = [];
  const accounts = new Set(result.inventory.assets.map((a) => `${a.provider}:${a.account}`));
  lines.push(
    `${style.bold('mlscan')} ${result.tool.version}: ${result.inventory.assets.length} assets in ${accounts.size} accounts, ` +
      `${result.scan.rules.length} rules, ${(elapsedMs / 1000).toFixed(1)} s`,
  );
  const byStatus = { fail: 0, error: 0, unknown: 0, pass: 0 };
  const failBySeverity = new Map<Severity, number>();
  for (const f of result.findings) {
    byStatus[f.status]++;
    if (f.status === 'fail') failBySeverity.set(f.severity, (failBySeverity.get(f.severity) ?? 0) + 1);
  }
  const severities = SEVERITIES.filter((s) => failBySeverity.has(s))
    .map((s) => `${failBySeverity.get(s)} ${s}`)
    .join(', ');
  lines.push(
    `  findings: ${style.red(`${byStatus.fail} failing`)}${severities ? ` (${severities})` : ''}, ` +
      `${byStatus.unknown} unknown, ${byStatus.error} error, ${style.green(`${byStatus.pass} passing`)}`,
  );
  for (const fw of result.frameworks) {
    const c = fw.counts;
    lines.push(
      `  ${fw.name}: ${c['met'] ?? 0} met, ${c['partly-met'] ?? 0} partly met, ${c['not-met'] ?? 0} not met, ${c['not-assessed'] ?? 0} not assessed`,
    );
  }
  if (result.scan.partial) {
    lines.push(style.yellow(`  coverage: PARTIAL, ${result.coverage.gaps.length} gap(s):`));
    for (const gap of result.coverage.gaps.slice(0, 5)) {
      const where = [gap.provider, gap.account, gap.region, gap.service].filter(Boolean).join(' ');
      lines.push(style.yellow(`    ${terminalSafe(where)}: ${terminalSafe(gap.errorCode)}`));
    }
    if (result.coverage.gaps.length > 5) lines.push(style.yellow(`    … and ${result.coverage.gaps.length - 5} more (see the report)`));
  }
  for (const file of files) lines.push(`  wrote ${file}`);
  if (gate.threshold !== 'none' && gate.failing > 0) {
    lines.push(style.red(`  ${gate.failing} finding(s) at or above ${gate.threshold}: exit 1`));
  } else {
    const nothing = gate.threshold === 'none' ? '--fail-on none: findings ignored' : `nothing failing at or above ${gate.threshold}`;
    if (gate.partial) lines.push(style.yellow(`  ${nothing}, but the scan was partial: exit 3 (--allow-partial to accept)`));
    else lines.push(style.green(`  ${nothing}`));
  }
  return lines.join('\n') + '\n';
}
