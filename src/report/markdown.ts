import { severityRank, type Severity } from '../model/index.js';
import { escapeMarkdown } from './escape.js';
import { markdownGapSections } from './markdown-gaps.js';
import { shortFingerprint } from './findings-view.js';
import { compileTemplate } from './templates.js';
import { sinceLastScanMarkdown } from './since-last-scan-markdown.js';
import { codeSpan } from './pr-summary.js';
import type { ReportViewModel } from './view-model-types.js';

/** A ticket or PR comment stays readable: past this many rows the table says where the rest is. */
export const MARKDOWN_FINDING_ROWS = 200;

interface MarkdownFindingRow {
  /** First 12 hex digits of the finding fingerprint (the full value is in the JSON and CSV reports). */
  id: string;
  severity: Severity;
  ruleId: string;
  title: string;
  asset: string;
  kind: string;
  account: string;
  message: string;
  /** The rule's base severity, when the risk model moved it. */
  base?: Severity;
  /** Tier, likelihood and (when it allowed critical) the toxic path, in a few words. */
  why: string;
  /** seeds/000 section 3.4 attack types the failing control enables. */
  enables: string;
}

function findingRows(vm: ReportViewModel): MarkdownFindingRow[] {
  const rows: MarkdownFindingRow[] = [];
  for (const group of vm.findings.fail) {
    for (const f of group.findings) {
      const why = f.severityWhy;
      rows.push({
        id: shortFingerprint(f.fingerprint),
        severity: f.severity,
        ruleId: group.ruleId,
        title: group.title,
        asset: f.assetName,
        kind: f.assetKind,
        account: vm.accountLabels[f.account] ?? f.account,
        message: f.message,
        ...(why && why.base !== f.severity ? { base: why.base } : {}),
        why: why ? `tier ${why.criticality}, likelihood ${why.likelihood}${why.reasons.some((r) => r.startsWith('on a proven toxic path')) ? ', on a proven toxic path' : ''}` : '',
        enables: f.attackTypes ? f.attackTypes.join(', ') || 'none directly' : '',
      });
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
  const view = escapeStrings({
    generatedAt: vm.generatedAt,
    tool: vm.tool,
    scan: vm.scan,
    summary: vm.summary,
    accounts: Object.values(vm.accountLabels),
    findings: rows.slice(0, MARKDOWN_FINDING_ROWS),
    moreFindings: Math.max(0, rows.length - MARKDOWN_FINDING_ROWS),
    errors: count(vm.findings.error),
    unknowns: count(vm.findings.unknown),
    notApplicable: vm.summary.findingsByStatus.find((s) => s.key === 'not_applicable')?.count ?? 0,
    gaps: markdownGapSections(vm),
    controlStatusLegend: vm.controlStatusLegend,
    attestationMaxAgeDays: vm.attestationMaxAgeDays,
    coverage: vm.coverage,
    risk: { maxSteps: vm.risk.maxSteps ?? 1, steps: vm.risk.steps },
    suppressions: vm.suppressions,
  });
  // Escaped string by string in its own renderer (shared with `mlscan diff --format md`).
  return { ...view, sinceLastScan: vm.sinceLastScan ? sinceLastScanMarkdown(vm.sinceLastScan) : '', priorities: priorityLines(vm) };
}

/** "Fix these first": one line per finding, the remediation commands as a code span (escaped its own way). */
function priorityLines(vm: ReportViewModel): { lines: string[]; more: number } {
  const lines = vm.priorities.rows.map((p) => {
    const [title, ruleId, asset, provider, account] = escapeStrings([p.title, p.ruleId, p.assetName, p.provider, vm.accountLabels[p.account] ?? p.account]);
    const fix = p.cli ? ` Fix: ${codeSpan(p.cli)}` : '';
    return `**${p.severity}** ${title} (${ruleId}) on ${asset} (${provider} ${account}, blast radius ${p.blastRadius}).${fix}`;
  });
  return { lines, more: vm.priorities.more };
}

type MarkdownView = ReturnType<typeof markdownView>;
let compiled: ((view: MarkdownView) => string) | undefined;

export function* renderMarkdown(vm: ReportViewModel): Generator<string> {
  compiled ??= compileTemplate<MarkdownView>('report.md.hbs', { noEscape: true });
  yield compiled(markdownView(vm));
}
