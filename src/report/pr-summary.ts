import { atOrAbove, type Finding, type Provider, type ScanResult } from '../model/index.js';
import { diffHeadline } from '../diff/since-last-scan.js';
import { escapeMarkdown } from './escape.js';
import { shortFingerprint } from './findings-view.js';
import { replaceHiddenCharacters, truncate } from './text-limits.js';
import { blastRadius, cloudCommands, topFindings } from './top-findings.js';
import type { ReportViewModel, RuleGroup } from './view-model-types.js';

/**
 * `--format summary`: a short Markdown summary for a pull-request comment or
 * `$GITHUB_STEP_SUMMARY`: the result, counts, the findings to fix first and links to the full
 * report files of the same run. Bounded by construction, however big the estate: a fixed number
 * of lines, every cloud string cut before it is escaped, and a final guard under the limit.
 */

/** GitHub refuses comments over 65,536 characters; the summary stays well under. */
export const SUMMARY_MAX_CHARS = 60_000;
/** Findings listed under "Fix these first". */
export const SUMMARY_TOP_FINDINGS = 10;
/** Characters of one cloud string (asset name, account) before escaping. */
const NAME_MAX = 100;
/** A remediation command longer than this is left to the full report rather than cut (a cut command is a wrong one). */
const COMMAND_MAX = 300;
const COMMANDS_MAX = 3;

export interface SummaryInput {
  result: ScanResult;
  viewModel: ReportViewModel;
  /** File names of the other reports written in the same set, linked relative to the summary. */
  reportFiles: readonly string[];
}

export function* renderSummary({ result, viewModel: vm, reportFiles }: SummaryInput): Generator<string> {
  const lines = [`## mlscan: ${headline(result)}`, '', ...counts(vm), '', ...suppressionNote(vm), ...sinceBaseline(result), ...fixFirst(result, vm), '', ...links(reportFiles)];
  const text = lines.join('\n') + '\n';
  // Unreachable with the bounds above; kept so a future field can never break a PR comment.
  yield text.length <= SUMMARY_MAX_CHARS ? text : `${text.slice(0, SUMMARY_MAX_CHARS - 200)}\n\n… summary cut at ${SUMMARY_MAX_CHARS} characters: see the full report.\n`;
}

function text(s: string, max = NAME_MAX): string {
  return escapeMarkdown(truncate(replaceHiddenCharacters(s), max));
}

/** The result in words and the exit code it gives (as the CLI computes it, before --allow-partial). */
function headline(result: ScanResult): string {
  const failOn = result.scan.failOn ?? 'high';
  if (failOn !== 'none') {
    const failing = result.findings.filter((f) => (f.status === 'fail' || f.status === 'error') && atOrAbove(f.severity, failOn)).length;
    if (failing > 0) return `❌ ${failing} finding(s) at or above ${failOn} (exit 1)`;
  }
  const nothing = failOn === 'none' ? 'findings not gated (--fail-on none)' : `nothing failing at or above ${failOn}`;
  if (result.inventory.assets.length === 0) return `⚠️ ${nothing}, but no asset was found in scope (exit 3 unless --allow-partial)`;
  if (result.scan.partial) return `⚠️ ${nothing}, but coverage gaps hid part of the estate (exit 3 unless --allow-partial)`;
  return `✅ ${nothing} (exit 0)`;
}

function counts(vm: ReportViewModel): string[] {
  const s = vm.summary;
  const row = (cells: readonly { label: string; count: number }[]) => [
    `| ${cells.map((c) => c.label).join(' | ')} |`,
    `|${cells.map(() => '---:').join('|')}|`,
    `| ${cells.map((c) => c.count).join(' | ')} |`,
  ];
  return [
    `${s.assets} assets in ${s.accounts} accounts, ${vm.scan.rules} rules, fail-on ${vm.scan.failOn}.`,
    '',
    ...row(s.findingsByStatus),
    '',
    ...row(s.failingBySeverity.map((c) => ({ label: `Failing ${c.label.toLowerCase()}`, count: c.count }))),
    '',
    s.coverageGaps > 0
      ? `**Coverage gaps: ${s.coverageGaps}.** The assets behind them are missing from every verdict.`
      : 'Coverage gaps: 0.',
  ];
}

/** One line of what changed since the baseline (--baseline or --history), when there is one. */
function sinceBaseline(result: ScanResult): string[] {
  const since = result.sinceLastScan;
  if (!since) return [];
  const c = since.counts;
  return [
    `**Since ${text(since.baseline.finishedAt, 40)}:** ${diffHeadline(c)} (coverage gap), ${c.stillFailing} still failing.`,
    '',
  ];
}

/** The suppressed findings and the suppressions that need a decision, when the scan was given any. */
function suppressionNote(vm: ReportViewModel): string[] {
  const s = vm.suppressions;
  if (!s.given) return [];
  return [
    `**Suppressed (accepted risks): ${s.suppressedFindings}**, not counted for fail-on. Suppressions: ${s.counts.active} active, ` +
      `${s.counts.expiring} expiring within 30 days, ${s.counts.expired} expired, ${s.counts.unmatched} unmatched.`,
    '',
  ];
}

function fixFirst(result: ScanResult, vm: ReportViewModel): string[] {
  const failing = result.findings.filter((f) => f.status === 'fail');
  if (failing.length === 0) return ['### Fix these first', '', 'No rule failed.'];
  const groups = new Map<string, RuleGroup>(vm.findings.fail.map((g) => [g.ruleId, g]));
  const { top, more } = topFindings(failing, SUMMARY_TOP_FINDINGS);
  const lines = ['### Fix these first', ''];
  top.forEach((f, i) => lines.push(`${i + 1}. ${findingLine(f, groups.get(f.ruleId), vm.accountLabels[f.account] ?? f.account)}`));
  if (more > 0) lines.push('', `… and ${more} more failing findings: see the full report.`);
  return lines;
}

function findingLine(f: Finding, group: RuleGroup | undefined, account: string): string {
  const reach = blastRadius(f);
  const where = `${text(f.assetName)} (${f.assetKind}, ${text(account)})`;
  const title = group ? text(group.title, 200) : text(f.ruleId);
  const fix = commands(group?.remediation?.cli, f.provider);
  return `**${f.severity}** ${where}: ${title}${reach > 1 ? ` (reaches ${reach} assets)` : ''}${fix ? `. Fix: ${fix}` : ''} (id \`${shortFingerprint(f.fingerprint)}\`)`;
}

/**
 * The remediation CLI for the finding's cloud, one line: a cross-cloud rule's `# AWS` / `# Azure`
 * sections narrowed to the finding's provider, comments dropped, each command its own code span.
 */
function commands(cli: string | undefined, provider: Provider): string | undefined {
  const chosen = cloudCommands(cli, provider);
  if (chosen.length === 0 || chosen.length > COMMANDS_MAX || chosen.some((c) => c.length > COMMAND_MAX)) return undefined;
  return chosen.map(codeSpan).join(' · ');
}

/** A code span that holds any text: fenced with one more backtick than the longest run inside. */
export function codeSpan(s: string): string {
  const clean = replaceHiddenCharacters(s).replace(/\n/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function links(files: readonly string[]): string[] {
  if (files.length === 0) return ['Full report: written with `--format html` or `--format json` next to this summary.'];
  return [`Full report: ${files.map((f) => `[${f}](${encodeURI(f)})`).join(' · ')}`];
}
