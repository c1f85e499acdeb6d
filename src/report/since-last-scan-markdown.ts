import { escapeMarkdown } from './escape.js';
import type { DiffFindingRow, DiffList, SinceLastScanView } from './since-last-scan-view.js';

/**
 * The "Since the last scan" section as Markdown, for the Markdown report and `mlscan diff
 * --format md`. `view` holds display strings (text-limits.ts); each is Markdown-escaped here.
 */
export function sinceLastScanMarkdown(view: SinceLastScanView, title = '## Since the last scan'): string {
  const e = escapeMarkdown;
  const lines = [
    title,
    '',
    `Compared with ${e(view.baseline)}, finished ${e(view.baselineFinishedAt)}: **${view.headline}**.${view.empty ? ' Nothing changed.' : ''}`,
    '',
    '| Change | Findings | By severity |',
    '|---|---:|---|',
    ...view.counts.map((c) => `| ${c.label} | ${c.count} | ${c.severities} |`),
  ];
  if (view.trend) {
    lines.push('', `${view.trend.title}:`, '', `| Scan | ${view.trend.severities.join(' | ')} | Total |`, `|---|${view.trend.severities.map(() => '---:|').join('')}---:|`);
    for (const row of view.trend.rows) lines.push(`| ${e(row.label)} | ${row.cells.join(' | ')} | ${row.total} |`);
  }
  for (const list of view.lists) lines.push(...findingList(list));
  for (const list of view.assets) {
    lines.push('', heading(list), '', '| Asset | Kind | Account | Region |', '|---|---|---|---|');
    for (const a of list.rows) lines.push(`| ${e(a.name)} | ${a.kind} | ${a.provider} ${e(a.account)} | ${e(a.region)} |`);
    lines.push(...more(list));
  }
  return lines.join('\n') + '\n';
}

function heading(list: DiffList<unknown>): string {
  return `### ${list.label} (${list.total}${list.more ? `, first ${list.rows.length} listed` : ''})`;
}

function more(list: DiffList<unknown>): string[] {
  return list.more ? ['', `… and ${list.more} more: see the JSON report (sinceLastScan).`] : [];
}

function findingList(list: DiffList<DiffFindingRow>): string[] {
  const e = escapeMarkdown;
  const lines = ['', heading(list), '', '| Severity | Rule | Asset | Account | Status | Id |', '|---|---|---|---|---|---|'];
  for (const f of list.rows) {
    lines.push(`| ${f.severity} | ${e(f.ruleId)} | ${e(f.assetName)} (${f.assetKind}) | ${f.provider} ${e(f.account)} | ${f.change} | \`${f.id}\` |`);
  }
  return [...lines, ...more(list)];
}
