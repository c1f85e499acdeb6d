import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/model/index.js';
import { REPORT_FILE_NAMES, writeReports } from '../../src/report/index.js';
import { SUMMARY_MAX_CHARS, SUMMARY_TOP_FINDINGS } from '../../src/report/pr-summary.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from './sample-result.js';

const tempDir = useTempDirs('mlscan-pr-summary-');

async function summaryOf(result: ScanResult, formats: Parameters<typeof writeReports>[1]['formats'] = ['summary', 'html', 'json']): Promise<string> {
  const outDir = tempDir();
  await writeReports(result, { formats, outDir, ruleMeta: RULE_META });
  return readFileSync(join(outDir, REPORT_FILE_NAMES.summary), 'utf8');
}

/** `count` failing findings with hostile, long names on as many assets. */
function bigEstate(count: number): ScanResult {
  const result = sampleResult();
  const template = result.findings.find((f) => f.status === 'fail' && f.severity === 'high')!;
  const hostile = `${HOSTILE_NAME}|\`x\`*[link](https://evil.example)*${'w'.repeat(5_000)}`;
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    severity: i % 7 === 0 ? 'critical' : 'high',
    assetId: `${template.assetId}/n-${i}`,
    assetName: `${hostile}-${i}`,
    account: `${hostile}-account`,
    message: hostile,
  }));
  return { ...result, findings: [...result.findings, ...findings] };
}

describe('--format summary (a pull-request comment or $GITHUB_STEP_SUMMARY)', () => {
  it('gives the result, the counts, the findings to fix first and links to the other reports of the set', async () => {
    const md = await summaryOf(sampleResult());
    expect(md.split('\n')[0]).toBe('## mlscan: ❌ 2 finding(s) at or above high (exit 1)');
    expect(md).toContain('| fail | error | unknown | pass |');
    expect(md).toMatch(/Coverage gaps: \d+/);
    const fixFirst = md.slice(md.indexOf('### Fix these first'));
    // The critical finding, reaching three assets along its path, comes before the high one.
    expect(fixFirst).toMatch(/1\. \*\*critical\*\* fraud-scoring \(endpoint, 111122223333\): .* \(reaches 3 assets\)/);
    expect(fixFirst).toMatch(/2\. \*\*high\*\* &lt;img src=x onerror=alert\(1\)&gt;/);
    // Each listed finding ends with the first 12 hex digits of its fingerprint.
    const [critical, high] = sampleResult().findings.map((f) => f.fingerprint.slice('mlscan/v1/'.length, 'mlscan/v1/'.length + 12));
    expect(fixFirst).toMatch(new RegExp(`1\\. .* \\(id \`${critical}\`\\)\n`));
    expect(fixFirst).toMatch(new RegExp(`2\\. .* \\(id \`${high}\`\\)(\n|$)`));
    expect(md).toContain('Full report: [mlscan-report.html](mlscan-report.html) · [mlscan-report.json](mlscan-report.json)');
    expect(md).not.toContain('mlscan-summary.md');
  });

  it('shows the remediation command of the rule, for the finding’s cloud', async () => {
    const result = sampleResult();
    const ruleId = result.findings.find((f) => f.status === 'fail')!.ruleId;
    const meta = { ...RULE_META.get(ruleId)!, remediation: { text: 'fix it', cli: '# AWS\naws s3api put-public-access-block --bucket <b>\n# Azure\naz storage account update --name <a>' } };
    const outDir = tempDir();
    await writeReports(result, { formats: ['summary'], outDir, ruleMeta: new Map([...RULE_META, [ruleId, meta]]) });
    const md = readFileSync(join(outDir, REPORT_FILE_NAMES.summary), 'utf8');
    expect(md).toContain('Fix: `aws s3api put-public-access-block --bucket <b>`');
    expect(md).not.toContain('az storage account update');
  });

  it(`stays under ${SUMMARY_MAX_CHARS} characters on 5,000 failing findings with hostile 5,000-character names`, async () => {
    const md = await summaryOf(bigEstate(5_000));
    expect(md.length).toBeLessThan(SUMMARY_MAX_CHARS);
    expect(md.match(/^\d+\. \*\*/gm)).toHaveLength(SUMMARY_TOP_FINDINGS);
    expect(md).toContain(`… and ${5_002 - SUMMARY_TOP_FINDINGS} more failing findings: see the full report.`);
    // Cloud strings are cut and escaped: no tag, no link, no table cell break from a name.
    expect(md).not.toMatch(/<img|[^\\]\]\(https|w{200}/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;&#124;\\`x\\`\\*\\[link\\](https&#58;//evil.example)');
  });

  it('says so when nothing fails and nothing was found', async () => {
    const empty = { ...sampleResult(), findings: [], inventory: { assets: [], edges: [] }, coverage: { gaps: [] } };
    const md = await summaryOf({ ...empty, scan: { ...empty.scan, partial: false } }, ['summary']);
    expect(md.split('\n')[0]).toBe('## mlscan: ⚠️ nothing failing at or above high, but no asset was found in scope (exit 3 unless --allow-partial)');
    expect(md).toContain('No rule failed.');
    expect(md).toContain('Full report: written with `--format html`');
  });
});
