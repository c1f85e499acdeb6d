import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/model/index.js';
import { createRowRedactor, renderJson, rowTexts } from '../../src/report/json.js';
import { GluedText } from '../../src/report/text-chunk.js';
import { sampleResult } from './sample-result.js';

/** The findings array exactly as one JSON.stringify per row, joined by `,\n`, would write it. */
function rowByRow(findings: readonly unknown[]): string {
  const redact = createRowRedactor();
  return `"findings": [\n${findings.map((f) => JSON.stringify(redact(f))).join(',\n')}\n]`;
}

function findingsText(result: ScanResult): string {
  const text = [...renderJson(result)].join('');
  const start = text.indexOf('"findings": [');
  return text.slice(start, text.indexOf('\n]', start) + 2);
}

function withFindings(findings: Finding[]): ScanResult {
  return { ...sampleResult(), findings };
}

describe('renderJson rows', () => {
  const base = sampleResult().findings[0]!;
  const many = (n: number, make: (i: number) => Finding) => Array.from({ length: n }, (_, i) => make(i));

  it('writes each finding on its own line, as one JSON.stringify per row would', () => {
    const findings = many(2_500, (i) => ({ ...base, assetId: `asset-${i}`, message: `m ${i} },{"ruleId":` }));
    const text = findingsText(withFindings(findings));
    expect(text).toBe(rowByRow(findings));
    expect(text.split('\n')).toHaveLength(2_502);
  });

  it('finds the row boundaries when evidence nests objects with the rows\u2019 first key', () => {
    const findings = many(5, (i) => ({ ...base, assetId: `a${i}`, evidence: { items: [{ ruleId: 'x' }, { ruleId: 'y' }] } }));
    expect(findingsText(withFindings(findings))).toBe(rowByRow(findings));
  });

  it('writes rows whose first key is skipped, differs, or needs quoting row by row, unchanged', () => {
    const skipped = { note: undefined, ...base, assetId: 'skipped' } as unknown as Finding;
    const { assetId: _assetId, ...rest } = base;
    const reordered = { assetId: 'first', ...rest } as Finding;
    const quotedKey = { 'odd"key': 1, ...base } as unknown as Finding;
    const dated = { ...base, evidence: { seen: new Date('2026-01-01T00:00:00Z') } } as unknown as Finding;
    for (const findings of [[base, skipped, base], [base, reordered], [quotedKey, quotedKey], [base, dated]]) {
      expect(findingsText(withFindings(findings))).toBe(rowByRow(findings));
    }
  });

  it('keeps redaction: a secret in evidence is removed from the chunk', () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE';
    const findings = many(3, (i) => ({ ...base, assetId: `s${i}`, evidence: { note: `key ${secret}` } }));
    const text = findingsText(withFindings(findings));
    expect(text).not.toContain(secret);
    expect(text).toBe(rowByRow(findings));
  });

  it('writes an empty and a one-row findings array as before', () => {
    expect(findingsText(withFindings([base]))).toBe(rowByRow([base]));
    const text = [...renderJson(withFindings([]))].join('');
    expect(text).toContain('"findings": []');
  });

  it('writes glue and first keys holding `$` patterns literally', () => {
    const rows = [{ $1: 'a', n: 1 }, { $1: 'b', n: 2 }, { $1: 'c', n: 3 }];
    const glue = { before: '<$&>', between: ",$$\n$'$`", after: '<$1>' };
    const expected = glue.before + rows.map((row) => JSON.stringify(row)).join(glue.between) + glue.after;
    expect(String(rowTexts(rows, glue))).toBe(expected);
    expect(expected).toContain('{"$1":"b"');
  });

  it('hands a chunk of same-key rows to the writer as one piece per row and the boundary as glue, not joined', () => {
    const rows = [{ id: 'a', v: '→' }, { id: 'b', nested: [{ id: 'x' }, { id: 'y' }] }, { id: 'c' }];
    const glue = { before: '[\n', between: ',\n', after: '\n]' };
    const chunk = rowTexts(rows, glue);
    // The second row holds the boundary text itself: the chunk is then written row by row, as one string.
    expect(chunk).toBe(`[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]`);
    const plain = [{ id: 'a', v: '→' }, { id: 'b' }, { id: 'c', n: 3 }];
    const glued = rowTexts(plain, glue);
    expect(glued).toBeInstanceOf(GluedText);
    expect((glued as GluedText).pieces).toHaveLength(3);
    expect((glued as GluedText).glue).toBe('},\n{"id":');
    expect(String(glued)).toBe(`[\n${plain.map((row) => JSON.stringify(row)).join(',\n')}\n]`);
    expect(glued.length).toBe(String(glued).length);
  });
});
