import { describe, expect, it } from 'vitest';
import type { SuppressionEntry } from '../../src/model/index.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { suppressionsView } from '../../src/report/suppressions-view.js';
import { renderSummary } from '../../src/report/pr-summary.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from './sample-result.js';
import { suppressedResult } from '../suppressions/suppressed-result.js';

const ENTRIES: Partial<SuppressionEntry>[] = [
  { id: 'SUP-1', rule: 'integrity/*', reason: `accepted by ${HOSTILE_NAME}`, owner: 'risk@example', ticket: 'javascript:alert(1)', expires: '2026-12-10' },
  { id: 'SUP-2', rule: 'exposure/workspace-public-network-access', assets: ['/subscriptions/*/resourceGroups/rg-ml/**'], ticket: 'https://tickets.example/SUP-2' },
  { id: 'SUP-3', rule: 'exposure/*', accounts: ['999999999999'], ticket: 'http://tickets.example/SUP-3' },
  { id: 'SUP-4', rule: 'logging/**', expires: '2026-11-01' },
];

describe('the suppressions view', () => {
  it('groups the suppressions: expiring, expired, unmatched, active; a scope in words; counts', () => {
    const view = suppressionsView(suppressedResult(ENTRIES));
    expect(view.given).toBe(true);
    expect(view.suppressedFindings).toBe(2);
    expect(view.counts).toEqual({ active: 1, expiring: 1, expired: 1, unmatched: 1 });
    expect(view.groups.map((g) => [g.state, g.rows.map((r) => r.id)])).toEqual([
      ['expiring', ['SUP-1']],
      ['expired', ['SUP-4']],
      ['unmatched', ['SUP-3']],
      ['active', ['SUP-2']],
    ]);
    const [expiring, expired, unmatched, active] = view.groups.map((g) => g.rows[0]!);
    expect(expiring).toMatchObject({ when: 'in 6 days', scope: 'accounts *', wholeRule: false, matched: 1 });
    expect(expired).toMatchObject({ when: '33 days ago', matched: 1 });
    expect(unmatched).toMatchObject({ scope: 'accounts 999999999999', matched: 0 });
    expect(active).toMatchObject({ scope: 'assets /subscriptions/*/resourceGroups/rg-ml/**; accounts *', ticketHref: 'https://tickets.example/SUP-2' });
  });

  it('links a ticket only over https', () => {
    const rows = suppressionsView(suppressedResult(ENTRIES)).groups.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.ticketHref).map((r) => r.id)).toEqual(['SUP-2']);
  });

  it('says the scan had none, so the reports leave the sections out', () => {
    const result = sampleResult();
    expect(suppressionsView(result)).toEqual({ given: false, sources: [], maxDays: 0, suppressedFindings: 0, counts: { active: 0, expiring: 0, expired: 0, unmatched: 0 }, groups: [] });
    const html = [...renderHtml(buildViewModel(result, { ruleMeta: RULE_META }))].join('');
    expect(html).not.toContain('id="suppressions"');
    expect(html).not.toContain('Suppressed (accepted risks)');
    expect([...renderMarkdown(buildViewModel(result, { ruleMeta: RULE_META }))].join('')).not.toContain('## Suppressions');
  });

  it('renders in HTML escaped, with the suppressed findings in their own section and the data island', () => {
    const vm = buildViewModel(suppressedResult(ENTRIES), { ruleMeta: RULE_META });
    expect(vm.findings.suppressed.map((g) => g.key)).toEqual(['suppressed:integrity/public-endpoint-trained-on-public-data', 'suppressed:exposure/workspace-public-network-access']);
    expect(vm.findings.suppressed[0]!.findings[0]!.suppression).toMatchObject({ status: 'fail', id: 'SUP-1', owner: 'risk@example', expires: '2026-12-10', ticket: 'javascript:alert(1)' });
    expect(vm.findings.suppressed[0]!.findings[0]!.suppression).not.toHaveProperty('ticketHref');
    const html = [...renderHtml(vm)].join('');
    const shown = [
      '<a href="#suppressions">Suppressions</a>',
      '2 findings accepted as risks by the suppressions in accepted.yaml · 1 active',
      '<td>accepted by &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</td>',
      '<td>javascript:alert(1)</td>',
      '<td class="mono">accounts *</td>',
      '"suppressed:exposure/workspace-public-network-access":[{',
    ];
    expect(shown.filter((fragment) => !html.includes(fragment))).toEqual([]);
    expect(html).not.toMatch(/href="(javascript:|http:\/\/tickets)/);
  });

  it('marks an entry that names no asset, account, tag or fingerprint as covering every asset of the rule', () => {
    const result = suppressedResult([{ id: 'ALL', rule: 'integrity/public-endpoint-trained-on-public-data' }]);
    delete result.suppressions!.entries[0]!.accounts;
    const html = [...renderHtml(buildViewModel(result, { ruleMeta: RULE_META }))].join('');
    expect(html).toContain('<td class="mono">ALL</td><td class="mono">integrity/public-endpoint-trained-on-public-data</td><td class="mono"><strong>every asset of the rule</strong></td>');
  });

  it('renders in Markdown, escaped', () => {
    const md = [...renderMarkdown(buildViewModel(suppressedResult(ENTRIES), { ruleMeta: RULE_META }))].join('');
    expect(md).toContain('2 finding(s) suppressed as accepted risks');
    expect(md).toContain('| Expiring within 30 days | SUP-1 | integrity/\\* | accounts \\* | accepted by &lt;img src=x onerror=alert(1)&gt; | risk@example | 2026-12-10 (in 6 days) |');
  });

  it('the pull-request summary counts the suppressed findings and the suppressions that need a decision', () => {
    const result = suppressedResult(ENTRIES);
    const text = [...renderSummary({ result, viewModel: buildViewModel(result, { ruleMeta: RULE_META }), reportFiles: [] })].join('');
    expect(text).toContain('| fail | error | unknown | pass | not applicable | suppressed |');
    expect(text).toContain('**Suppressed (accepted risks): 2**, not counted for fail-on. Suppressions: 1 active, 1 expiring within 30 days, 1 expired, 1 unmatched.');
    const without = [...renderSummary({ result: sampleResult(), viewModel: buildViewModel(sampleResult(), { ruleMeta: RULE_META }), reportFiles: [] })].join('');
    expect(without).not.toContain('Suppressed (accepted risks)');
  });
});
