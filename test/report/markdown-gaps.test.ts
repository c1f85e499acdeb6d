// The Markdown gap analysis on the bundled sample estate: every control, met ones included, in the
// HTML's id order, with the counts the gap CSV reads and each attestation written once.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleMetaById } from '../../src/cli/compose.js';
import { CONTROL_STATUSES, type ControlAssessment, type ScanResult } from '../../src/model/index.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { MARKDOWN_GAP_RULES_NAMED } from '../../src/report/markdown-gaps.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary, SUMMARY_MAX_CHARS } from '../../src/report/pr-summary.js';
import { buildViewModel, CONTROL_STATUS_LABELS, CONTROL_STATUS_MEANINGS } from '../../src/report/view-model.js';
import { controlOrder } from '../../src/report/view-model-navigation.js';
import { sampleScan } from '../e2e/html-report-sample.js';
import { RULE_META, sampleResult } from './sample-result.js';

const markdown = (result: ScanResult, attestationMaxAgeDays?: number) =>
  [...renderMarkdown(buildViewModel(result, { ruleMeta: ruleMetaById(), ...(attestationMaxAgeDays ? { attestationMaxAgeDays } : {}) }))].join('');

/** The table rows under `### <framework>`, split into cells (a cell holds no raw pipe: escaped as &#124;). */
function gapRows(md: string, framework: string): string[][] {
  const start = md.indexOf(`\n### ${framework}\n`);
  const end = md.slice(start + 1).search(/\n##/);
  const section = md.slice(start, end < 0 ? undefined : start + 1 + end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Control |'))
    .map((line) => line.slice(2, -2).split(' | '));
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('Markdown gap analysis on the sample estate', () => {
  let result: ScanResult;
  let md: string;
  const control = (framework: string, id: string): ControlAssessment =>
    result.frameworks.find((f) => f.id === framework)!.controls.find((c) => c.controlId === id)!;
  const row = (name: string, id: string) => gapRows(md, name).find((cells) => cells[0] === id)!;

  beforeAll(async () => {
    result = await sampleScan();
    md = markdown(result);
  });

  it('lists every control of every framework once, in id order (5.2 before 5.10, C004 before N001)', () => {
    for (const framework of result.frameworks) {
      const ids = gapRows(md, framework.name).map((cells) => cells[0]);
      expect(ids, framework.id).toEqual(framework.controls.map((c) => c.controlId).sort(controlOrder));
      expect(new Set(ids).size).toBe(framework.controls.length);
    }
    const amlsg = gapRows(md, 'AI Security Guideline (A-MLSG)').map((cells) => cells[0]);
    expect(amlsg.indexOf('A-MLSG-001-C004')).toBeLessThan(amlsg.indexOf('A-MLSG-001-N001'));
  });

  it('shows a met control and a not-met control with the counts the gap CSV reads', () => {
    const met = control('a-mlsg', 'A-MLSG-004-D008');
    expect(met.status).toBe('met');
    expect(row('AI Security Guideline (A-MLSG)', 'A-MLSG-004-D008').slice(0, 7)).toEqual(['A-MLSG-004-D008', 'Train the users of AI systems', 'Met', '0', '0', '0', 'none: attestation only']);

    const notMet = control('ms-ai-risk', '5.5.1');
    expect(notMet.status).toBe('not-met');
    expect(notMet.assetsFailing).toBeGreaterThan(0);
    expect(notMet.assetsPassing).toBeGreaterThan(0);
    const cells = row('AI Security Risk Assessment', '5.5.1');
    expect(cells.slice(0, 6)).toEqual(['5.5.1', 'Security testing', 'Not met', String(notMet.assetsFailing), String(notMet.assetsPassing), String(notMet.assetsUnknown)]);
    const [first, second, third] = notMet.rules;
    expect(cells[6]).toBe(`${first}, ${second}, ${third} and ${notMet.rules.length - MARKDOWN_GAP_RULES_NAMED} more`);
  });

  it('counts each status and the attested controls per framework, as the summary table does', () => {
    const aira = result.frameworks.find((f) => f.id === 'ms-ai-risk')!;
    const n = (status: ControlAssessment['status']) => aira.controls.filter((c) => c.status === status).length;
    const attested = aira.controls.filter((c) => c.attestation).length;
    expect(attested).toBe(6);
    expect(md).toContain(`\n${aira.controls.length} controls: ${n('met')} met, ${n('partly-met')} partly met, ${n('not-met')} not met, ${n('not-assessed')} not assessed; ${attested} attested. Source:`);
  });

  it('writes each attestation once, with its owner and date, and no status explanation per row', () => {
    const playbook = control('ms-ai-risk', '5.7.1').attestation!;
    expect(occurrences(md, escapeMarkdown(playbook.evidence))).toBe(1);
    expect(occurrences(md, escapeMarkdown(playbook.notes!))).toBe(1);
    expect(row('AI Security Risk Assessment', '5.7.1')[7]).toBe(
      escapeMarkdown(`Met by ${playbook.owner} on ${playbook.date}: ${playbook.evidence} — ${playbook.notes}`),
    );
    expect(occurrences(md, 'Partly met**: Some assets pass')).toBe(1);
    expect(md).not.toContain('the worse of the two counts');
    expect(md).not.toContain('Stale');
  });

  it('flags an attestation older than the configured maximum age with its age', () => {
    const strict = markdown(result, 30);
    // 5.7.1 was attested on 2026-09-30; the sample scan finishes on 2026-11-23.
    expect(row('AI Security Risk Assessment', '5.7.1')[7]).not.toContain('Stale');
    expect(gapRows(strict, 'AI Security Risk Assessment').find((cells) => cells[0] === '5.7.1')![7]).toMatch(/ \*\*Stale: 54 days old\.\*\*$/);
    expect(strict).toContain('Attestations older than 30 days are flagged stale.');
    // All six attestation dates of the sample (2026-06-03 to 2026-10-08) are more than 30 days old.
    expect(strict).toMatch(/\n16 controls: .*; 6 attested, 6 of them stale\. Source:/);
  });

  it('explains each status once, in the same words as the HTML legend', () => {
    const html = [...renderHtml(buildViewModel(result, { ruleMeta: ruleMetaById() }))].join('');
    for (const status of CONTROL_STATUSES) {
      const meaning = CONTROL_STATUS_MEANINGS[status];
      expect(occurrences(md, `- **${CONTROL_STATUS_LABELS[status]}**: ${escapeMarkdown(meaning)}\n`), status).toBe(1);
      expect(occurrences(html, `${CONTROL_STATUS_LABELS[status]}</span></dt><dd>${meaning}`), status).toBe(1);
    }
  });

  it('keeps rows compact: under 300 characters per control on average, legend included', () => {
    const controls = result.frameworks.reduce((n, f) => n + f.controls.length, 0);
    const section = md.slice(md.indexOf('## Framework gaps'), md.indexOf('## Risk matrix'));
    expect(controls).toBe(75);
    expect(section.length).toBeLessThan(controls * 300);
  });

  it('leaves the PR summary without the gap table and under its size limit', () => {
    const summary = [...renderSummary({ result, viewModel: buildViewModel(result, { ruleMeta: ruleMetaById() }), reportFiles: [] })].join('');
    expect(summary).not.toContain('| Control | Title | Status |');
    expect(summary.length).toBeLessThan(SUMMARY_MAX_CHARS);
  });
});

describe('Markdown gap rows with hostile attested text', () => {
  it('keep pipes, newlines and backticks inside one escaped cell; a met control without attestation is one short row', () => {
    const result = sampleResult();
    const framework = result.frameworks[0]!;
    framework.controls[0]!.attestation!.evidence = 'POL-12 | `rm -rf /`\nsecond line';
    framework.controls.push({ ...framework.controls[1]!, controlId: '5.10.1', title: 'Encryption | at rest', status: 'met', assetsFailing: 0, assetsPassing: 4, assetsUnknown: 0 });
    const md = [...renderMarkdown(buildViewModel(result, { ruleMeta: RULE_META }))].join('');
    const rows = md.split('\n').filter((line) => /^\| 5\.\d+\.\d+ \|/.test(line));
    expect(rows.map((line) => line.split(' | ')[0])).toEqual(['| 5.2.1', '| 5.5.2', '| 5.7.1', '| 5.10.1']);
    expect(rows[0]).toBe('| 5.2.1 | Data classification policy | Met | 0 | 0 | 0 | none: attestation only | Met by ciso@example.com on 2026-10-01: POL-12 &#124; \\`rm -rf /\\` second line |');
    expect(rows[3]).toBe('| 5.10.1 | Encryption &#124; at rest | Met | 0 | 4 | 0 | exposure/workspace-public-network-access |  |');
  });
});

describe('Markdown gap section without a framework', () => {
  it('says no framework was assessed instead of an empty table', () => {
    const result = sampleResult();
    result.frameworks = [];
    const md = [...renderMarkdown(buildViewModel(result, { ruleMeta: RULE_META }))].join('');
    const section = md.slice(md.indexOf('## Framework gaps'), md.indexOf('## Risk matrix'));
    expect(section).toContain('\nNo framework was assessed.\n');
    expect(section).not.toContain('| Control |');
  });
});
