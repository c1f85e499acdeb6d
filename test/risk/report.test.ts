import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { renderFindingsCsv, FINDINGS_CSV_HEADER } from '../../src/report/findings-csv.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { riskMatrix } from '../../src/risk/index.js';
import { ScanResultSchema, type ScanResult } from '../../src/model/index.js';
import { RULE_META, sampleResult } from '../report/sample-result.js';

/** The sample with the matrix a scan publishes and one finding the risk model moved medium → high. */
function adjusted(): ScanResult {
  const result = sampleResult();
  const moved = result.findings[1]!;
  moved.severity = 'high';
  moved.adjustment = {
    base: 'medium',
    criticality: 'critical',
    likelihood: 'medium',
    reasons: ['tag data-classification=pii (critical data) → tier critical', 'not shown reachable from the internet, but not shown private → likelihood medium', 'result: medium → high'],
  };
  moved.attackTypes = ['poisoning', 'extraction'];
  return { ...result, risk: riskMatrix() };
}

const vm = (result: ScanResult) => buildViewModel(result, { ruleMeta: RULE_META });

describe('reports show base → adjusted severity, the reasons, the attack types and the matrix in use', () => {
  it('the scan result with them is valid against the published model', () => {
    expect(() => ScanResultSchema.parse(adjusted())).not.toThrow();
  });

  it('Markdown: base → adjusted, tier and likelihood, what it enables, and the matrix', () => {
    const md = [...renderMarkdown(vm(adjusted()))].join('');
    expect(md).toContain('| medium → high | tier critical, likelihood medium | poisoning, extraction |');
    expect(md).toContain('## Risk matrix');
    expect(md).toMatch(/\| critical \| \+1 \| \+1 \| 0 \|/);
  });

  it('findings CSV: one row per finding to act on with base, adjusted, tier, likelihood, attack types and reasons', () => {
    const csv = [...renderFindingsCsv(adjusted())].join('');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe(FINDINGS_CSV_HEADER.join(','));
    const row = rows.find((r) => r.includes('tier critical'))!;
    expect(row).toMatch(/^fail,high,medium,critical,medium,poisoning extraction,"?tag data-classification=pii \(critical data\) → tier critical; not shown reachable/);
    expect(row).not.toContain('result: medium → high');
  });

  it('HTML: the matrix in use, the attack-type table, and per finding the base, reasons and attack types', () => {
    const html = [...renderHtml(vm(adjusted()))].join('');
    expect(html).toContain('Matrix in use (at most 1 level)');
    expect(html).toMatch(/<td>critical<\/td><td class="mono">\+1<\/td><td class="mono">\+1<\/td><td class="mono">0<\/td>/);
    expect(html).toContain('Attack types (seeds/000 section 3.4)');
    expect(html).toContain('<td>poisoning</td><td>low</td><td>high</td><td>low</td>');
    // The first page of findings is in the markup itself (the data island holds the same, compacted).
    expect(html).toContain('<li>Enables (seeds/000 3.4): poisoning, extraction</li>');
    expect(html).toMatch(/<li>Severity: base medium → \w+ \(tier /);
    // The script that renders a finding shows base → adjusted and what it enables.
    expect(html).toContain("'Severity: base ' + why.base + ' → ' + f.severity");
    expect(html).toContain('Enables (seeds/000 3.4): ');
  });
});
