import { severityRank, type Severity } from '../model/index.js';
import { escapeMarkdown } from './escape.js';
import { compileTemplate } from './templates.js';
import type { ReportViewModel } from './view-model-types.js';

/** A ticket or PR comment stays readable: past this many rows the table says where the rest is. */
export const MARKDOWN_FINDING_ROWS = 200;

interface MarkdownFindingRow {
  severity: Severity;
  ruleId: string;
  title: string;
  asset: string;
  kind: string;
  account: string;
  message: string;
}

function findingRows(vm: ReportViewModel): MarkdownFindingRow[] {
  const rows: MarkdownFindingRow[] = [];
  for (const group of vm.findings.fail) {
    for (const f of group.findings) {
      rows.push({ severity: f.severity, ruleId: group.ruleId, title: group.title, asset: f.assetName, kind: f.assetKind, account: f.account, message: f.message });
    }
  }
  // Groups are ordered by their worst finding; the table reads best ordered finding by finding.
  return rows.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

/**
 * Every string of the Markdown view goes through escapeMarkdown here, in one place, and the
 * template is compiled with HTML escaping off: nothing can reach the output unescaped by a
 * template author forgetting a helper.
 */
function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(escapeStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)])) as T;
  }
  return value;
}

export function markdownView(vm: ReportViewModel) {
  const rows = findingRows(vm);
  const count = (list: ReportViewModel['findings']['error']) => list.reduce((n, g) => n + g.count, 0);
  return escapeStrings({
    generatedAt: vm.generatedAt,
    tool: vm.tool,
    scan: vm.scan,
    summary: vm.summary,
    findings: rows.slice(0, MARKDOWN_FINDING_ROWS),
    moreFindings: Math.max(0, rows.length - MARKDOWN_FINDING_ROWS),
    errors: count(vm.findings.error),
    unknowns: count(vm.findings.unknown),
    gaps: vm.gaps.map((g) => ({
      framework: g.framework,
      controls: g.controls.filter((c) => c.status !== 'met'),
      met: g.framework.met,
    })),
    coverage: vm.coverage,
  });
}

type MarkdownView = ReturnType<typeof markdownView>;
let compiled: ((view: MarkdownView) => string) | undefined;

export function* renderMarkdown(vm: ReportViewModel): Generator<string> {
  compiled ??= compileTemplate<MarkdownView>('report.md.hbs', { noEscape: true });
  yield compiled(markdownView(vm));
}
