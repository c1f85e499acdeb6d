import { describe, expect, it } from 'vitest';
import { accountLabel, mergeAccounts, ScanResultSchema } from '../../src/model/index.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/pr-summary.js';
import { renderOcsf } from '../../src/report/exchange/ocsf.js';
import { renderSarif } from '../../src/report/exchange/sarif.js';
import { renderCycloneDx } from '../../src/report/exchange/cyclonedx.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { RULE_META, sampleResult } from './sample-result.js';

const AWS = '111122223333';
const AZURE_SUB = '00000000-0000-0000-0000-000000000001';

function namedResult() {
  const result = sampleResult();
  result.accounts = [
    { provider: 'aws', id: AWS, name: 'prod-payments' },
    { provider: 'azure', id: AZURE_SUB, name: 'ml-<b>prod</b>', path: ['mg-ml', 'Production'] },
    { provider: 'aws', id: '444455556666', note: 'iam:ListAccountAliases AccessDenied' },
  ];
  return result;
}

describe('account names in the reports', () => {
  it('the result schema accepts `accounts` and an account is labelled "name (id)"', () => {
    expect(ScanResultSchema.safeParse(namedResult()).success).toBe(true);
    expect(accountLabel(AWS, { name: 'prod-payments' })).toBe('prod-payments (111122223333)');
    expect(accountLabel(AWS, {})).toBe(AWS);
  });

  it('the view model labels every account it mentions; an unnamed one keeps its bare id', () => {
    const vm = buildViewModel(namedResult(), { ruleMeta: RULE_META });
    expect(vm.accountLabels).toEqual({
      [AZURE_SUB]: `ml-<b>prod</b> (${AZURE_SUB})`,
      [AWS]: `prod-payments (${AWS})`,
      '444455556666': '444455556666',
    });
    expect(vm.coverage[0]!.account).toBe('444455556666');
    expect(vm.charts.account.bars.map((b) => b.label)).toContain(`prod-payments (${AWS})`);
  });

  it('Markdown shows names before ids, escaped', () => {
    const md = [...renderMarkdown(buildViewModel(namedResult(), { ruleMeta: RULE_META }))].join('');
    expect(md).toContain(`prod-payments (${AWS})`);
    expect(md).toMatch(/Accounts and subscriptions: .*prod-payments \(111122223333\)/);
    expect(md).not.toContain('ml-<b>prod</b>');
  });

  it('the pull-request summary names the account of each finding to fix first', () => {
    const result = namedResult();
    const summary = [...renderSummary({ result, viewModel: buildViewModel(result, { ruleMeta: RULE_META }), reportFiles: [] })].join('');
    expect(summary).toContain(`fraud-scoring (endpoint, prod-payments (${AWS}))`);
  });

  it('HTML shows names before ids, escaped', () => {
    const html = [...renderHtml(buildViewModel(namedResult(), { ruleMeta: RULE_META }))].join('');
    expect(html).toContain(`prod-payments (${AWS})`);
    expect(html).toContain(`ml-&lt;b&gt;prod&lt;/b&gt; (${AZURE_SUB})`);
    expect(html).not.toContain('ml-<b>prod</b>');
  });

  it('OCSF puts the name in cloud.account.name and SARIF in the result properties', () => {
    const result = namedResult();
    const events = [...renderOcsf({ result, ruleMeta: RULE_META })].join('').trim().split('\n').map((line) => JSON.parse(line) as { cloud: { account: { uid: string; name?: string } } });
    const aws = events.find((e) => e.cloud.account.uid === AWS)!;
    expect(aws.cloud.account).toMatchObject({ uid: AWS, name: 'prod-payments', type: 'AWS Account' });
    const sarif = JSON.parse([...renderSarif({ result, ruleMeta: RULE_META })].join('')) as { runs: [{ results: { properties: { account: string; accountName?: string } }[] }] };
    const named = sarif.runs[0].results.filter((r) => r.properties.account === AWS);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((r) => r.properties.accountName === 'prod-payments')).toBe(true);
  });

  it('CycloneDX lists the account name beside the account id of each component and service', () => {
    type Properties = { name: string; value: string }[];
    const bom = JSON.parse([...renderCycloneDx({ result: namedResult() })].join('')) as { services: { name: string; properties: Properties }[] };
    const endpoint = bom.services.find((s) => s.name === 'fraud-scoring')!;
    const at = endpoint.properties.findIndex((p) => p.name === 'mlscan:account');
    expect(endpoint.properties.slice(at, at + 2)).toEqual([
      { name: 'mlscan:account', value: AWS },
      { name: 'mlscan:accountName', value: 'prod-payments' },
    ]);
  });

  it('merging sources keeps one entry per account, filling a name one source did not know', () => {
    const merged = mergeAccounts([
      [{ provider: 'aws', id: AWS, note: 'iam:ListAccountAliases AccessDenied' }],
      [{ provider: 'aws', id: AWS, name: 'prod-payments' }, { provider: 'azure', id: AZURE_SUB.toUpperCase(), name: 'ml-prod' }],
      [{ provider: 'azure', id: AZURE_SUB, path: ['mg-ml'] }],
    ]);
    expect(merged).toEqual([
      { provider: 'aws', id: AWS, name: 'prod-payments' },
      { provider: 'azure', id: AZURE_SUB.toUpperCase(), name: 'ml-prod', path: ['mg-ml'] },
    ]);
  });
});
