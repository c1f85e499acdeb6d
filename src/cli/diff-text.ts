import { DIFF_CATEGORY_LABELS, SEVERITIES, atOrAbove, type DiffCategory, type FindingChange, type Severity } from '../model/index.js';
import { baselineLabel, CHANGE_CATEGORIES, type Baseline, type ScanDiff } from '../diff/index.js';
import { terminalSafe, type Styler } from './output.js';

/** Findings listed per category on the terminal; `--json` prints them all. */
export const DIFF_TEXT_ROWS = 50;

/** Findings new or regressed in the newer scan, failing (fail or error) at or above `threshold`: what sets exit code 1. */
export function newFailing(diff: ScanDiff, threshold: Severity | 'none'): FindingChange[] {
  if (threshold === 'none') return [];
  return [...diff.findings.new, ...diff.findings.regressed].filter((c) => (c.after === 'fail' || c.after === 'error') && atOrAbove(c.severity, threshold));
}

/** The text `mlscan diff` prints: a header, the counts per category, then the lists, most severe first. */
export function formatDiffText(from: Baseline, to: Baseline, diff: ScanDiff, style: Styler): string {
  const lines = [
    `${style.bold('mlscan diff')}: ${side(from)} → ${side(to)}`,
    ...[...CHANGE_CATEGORIES, 'stillFailing' as const].map((c) => `  ${DIFF_CATEGORY_LABELS[c].padEnd(32)} ${String(diff.counts[c]).padStart(5)}${severities(diff, c)}`),
    `  assets: ${diff.assets.added.length} added, ${diff.assets.removed.length} removed, ${diff.assets.notSeen.length} not seen (behind a coverage gap)`,
  ];
  for (const category of CHANGE_CATEGORIES) {
    const changes = diff.findings[category];
    if (changes.length === 0) continue;
    lines.push('', colour(category, style)(`${DIFF_CATEGORY_LABELS[category]} (${changes.length})`));
    for (const c of changes.slice(0, DIFF_TEXT_ROWS)) lines.push(`  ${changeLine(c)}`);
    if (changes.length > DIFF_TEXT_ROWS) lines.push(`  … and ${changes.length - DIFF_TEXT_ROWS} more (--json lists them all)`);
  }
  for (const [label, assets] of [['Assets added', diff.assets.added], ['Assets removed', diff.assets.removed], ['Assets not seen', diff.assets.notSeen]] as const) {
    if (assets.length === 0) continue;
    lines.push('', `${label} (${assets.length})`);
    for (const a of assets.slice(0, DIFF_TEXT_ROWS)) lines.push(`  ${a.kind.padEnd(16)} ${terminalSafe(a.name)} (${a.provider} ${terminalSafe(a.account)}${a.region ? ` ${terminalSafe(a.region)}` : ''})`);
    if (assets.length > DIFF_TEXT_ROWS) lines.push(`  … and ${assets.length - DIFF_TEXT_ROWS} more (--json lists them all)`);
  }
  return lines.join('\n') + '\n';
}

function side(b: Baseline): string {
  return `${terminalSafe(baselineLabel(b.ref))} (${terminalSafe(b.ref.finishedAt)})`;
}

function severities(diff: ScanDiff, category: DiffCategory): string {
  const parts = SEVERITIES.filter((s) => diff.bySeverity[category][s] > 0).map((s) => `${diff.bySeverity[category][s]} ${s}`);
  return parts.length ? `  (${parts.join(', ')})` : '';
}

function changeLine(c: FindingChange): string {
  const where = `${terminalSafe(c.assetName)} (${c.provider} ${terminalSafe(c.account)})`;
  return `${c.severity.padEnd(8)} ${terminalSafe(c.ruleId)}  ${where}  ${c.before ?? 'absent'} → ${c.after ?? 'absent'}`;
}

function colour(category: DiffCategory, style: Styler): (s: string) => string {
  if (category === 'new' || category === 'regressed') return style.red;
  if (category === 'resolved' || category === 'assetRemoved') return style.green;
  return style.yellow;
}
