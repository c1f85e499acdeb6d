import type { Finding, ScanResult, Severity } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { topFindings } from '../report/top-findings.js';
import type { Styler } from './output.js';
import { terminalSafe } from './output.js';
import { suppressionWarnings } from './suppression-lines.js';
import { sinceLine } from './scan-baseline.js';

export interface SummaryInput {
  result: ScanResult;
  files: readonly string[];
  gate: Gate;
  elapsedMs: number;
}

export interface Gate {
  threshold: Severity | 'none';
  failing: number;
  /** The exit code is 3: coverage gaps (or a live scan that found nothing) and no --allow-partial. */
  partial: boolean;
  /** The findings at or above the threshold, to name the first NAMED_FINDINGS of them. */
  failingFindings?: readonly Finding[];
  /** Live providers that ran and found no asset in scope. */
  emptyLive?: readonly string[];
  /** --fail-on-new: `failing` counts only findings new or regressed since the baseline. */
  newOnly?: boolean;
}

/** How many of the findings that set exit code 1 the log names, one line each. */
export const NAMED_FINDINGS = 20;

/** The few lines printed on stderr after a scan. */
export function formatSummary({ result, files, gate, elapsedMs }: SummaryInput, style: Styler): string {
  const lines: string[] = [];
  const accounts = new Set(result.inventory.assets.map((a) => `${a.provider}:${a.account}`));
  lines.push(
    `${style.bold('mlscan')} ${result.tool.version}: ${result.inventory.assets.length} assets in ${accounts.size} accounts, ` +
      `${result.scan.rules.length} rules, ${(elapsedMs / 1000).toFixed(1)} s`,
  );
  const byStatus = { fail: 0, error: 0, unknown: 0, pass: 0, not_applicable: 0, suppressed: 0 };
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
      `${byStatus.unknown} unknown, ${byStatus.not_applicable} not applicable, ${byStatus.error} error, ${style.green(`${byStatus.pass} passing`)}${byStatus.suppressed ? `, ${byStatus.suppressed} suppressed` : ''}`,
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
  if (result.sinceLastScan) lines.push(`  ${terminalSafe(sinceLine(result.sinceLastScan))}`);
  for (const warning of suppressionWarnings(result.suppressions)) lines.push(style.yellow(`  ${warning}`));
  for (const file of files) lines.push(`  wrote ${file}`);
  if (gate.emptyLive?.length) lines.push(style.yellow(`  ${emptyLiveText(gate.emptyLive)}`));
  lines.push(`  ${exitReason(gate, style)}`);
  if (failsGate(gate)) {
    const { top, more } = topFindings(gate.failingFindings ?? [], NAMED_FINDINGS);
    for (const f of top) lines.push(`    ${f.severity.padEnd(8)} ${terminalSafe(f.ruleId)}  ${terminalSafe(f.assetName)} (${f.provider} ${terminalSafe(f.account)}${f.region ? ` ${terminalSafe(f.region)}` : ''})${f.status === 'error' ? ' [rule error]' : ''}`);
    if (more > 0) lines.push(`    … and ${more} more (see the report)`);
  }
  return lines.join('\n') + '\n';
}

function failsGate(gate: Gate): boolean {
  return gate.threshold !== 'none' && gate.failing > 0;
}

export function emptyLiveText(providers: readonly string[]): string {
  return `the live scan (${providers.join(', ')}) found no asset in scope: check the accounts, regions, subscriptions or workspace given and that the credential can list them`;
}

/** One line saying why the exit code is what it is (what `--quiet` still prints when it is not 0). */
export function exitReason(gate: Gate, style: Styler): string {
  if (failsGate(gate)) return style.red(`${gate.failing}${gate.newOnly ? ' new' : ''} finding(s) at or above ${gate.threshold}: exit 1`);
  const nothing = gate.threshold === 'none' ? '--fail-on none: findings ignored' : `nothing${gate.newOnly ? ' new' : ''} failing at or above ${gate.threshold}`;
  if (!gate.partial) return style.green(nothing);
  const why = gate.emptyLive?.length ? 'no asset was found in scope' : 'the scan was partial';
  return style.yellow(`${nothing}, but ${why}: exit 3 (--allow-partial to accept)`);
}

/** What `--quiet` prints on a non-zero exit: the reason, and an empty live scope said in full. */
export function formatQuietReason(gate: Gate, style: Styler): string {
  const lines = gate.emptyLive?.length && gate.partial ? [`mlscan: ${emptyLiveText(gate.emptyLive)}`] : [];
  return [...lines, `mlscan: ${exitReason(gate, style)}`].join('\n') + '\n';
}
