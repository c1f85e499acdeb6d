import { describe, expect, it } from 'vitest';
import { GAP_CSV_HEADER, renderGapCsv } from '../../src/report/gap-csv.js';
import { REPORT_RENDERERS } from '../../src/report/formats.js';
import { parseCsv } from './parse-csv.js';
import { sampleResult } from './sample-result.js';

describe('gap analysis CSV', () => {
  const result = sampleResult();
  const text = [...renderGapCsv(result)].join('');
  const [header, ...rows] = parseCsv(text);
  const record = (controlId: string) => Object.fromEntries(GAP_CSV_HEADER.map((h, i) => [h, rows.find((r) => r[2] === controlId)![i]]));

  it('has one header and one row per framework control, in id order, with CRLF line ends', () => {
    expect(header).toEqual(GAP_CSV_HEADER);
    expect(rows.map((r) => `${r[0]}:${r[2]}`)).toEqual(['ms-ai-risk:5.2.1', 'ms-ai-risk:5.5.2', 'ms-ai-risk:5.7.1']);
    expect(rows.every((r) => r.length === GAP_CSV_HEADER.length)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('gives status, evidence rules and the assets failing, passing and unknown of an assessed control', () => {
    expect(record('5.5.2')).toMatchObject({
      framework: 'ms-ai-risk',
      frameworkName: 'Microsoft AI risk assessment',
      title: 'Network isolation',
      status: 'not-met',
      evidenceRules: 'exposure/workspace-public-network-access',
      assetsFailing: '1',
      assetsPassing: '1',
      assetsUnknown: '1',
      failingFindings: '1',
      attestationStatus: '',
    });
  });

  it('carries the attestation of a control no API can show', () => {
    expect(record('5.2.1')).toMatchObject({ status: 'met', attestationStatus: 'met', attestationOwner: 'ciso@example.com', attestationDate: '2026-10-01', attestationEvidence: 'POL-12' });
    expect(record('5.7.1')).toMatchObject({ status: 'not-assessed', evidenceRules: '', attestationOwner: '' });
  });

  it('orders controls by id, numbers by value (5.2 before 5.10, C004 before N001), whatever the catalogue order', () => {
    const shuffled = sampleResult();
    const [first, second, third] = shuffled.frameworks[0]!.controls;
    shuffled.frameworks[0]!.controls = [
      { ...third!, controlId: 'A-MLSG-001-N001' },
      { ...first!, controlId: '5.10.1' },
      { ...second!, controlId: 'A-MLSG-001-C004' },
      { ...first!, controlId: '5.2.1' },
    ];
    const ids = parseCsv([...renderGapCsv(shuffled)].join('')).slice(1).map((r) => r[2]);
    expect(ids).toEqual(['5.2.1', '5.10.1', 'A-MLSG-001-C004', 'A-MLSG-001-N001']);
  });

  it('neutralises a formula in attested text', () => {
    const hostile = sampleResult();
    hostile.frameworks[0]!.controls[0]!.attestation!.evidence = '=HYPERLINK("http://evil.example","x")';
    const cells = parseCsv([...renderGapCsv(hostile)].join(''))[1]!;
    expect(cells[GAP_CSV_HEADER.indexOf('attestationEvidence')]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });

  it('is the registered gap-csv format', () => {
    expect(REPORT_RENDERERS['gap-csv'].file).toBe('mlscan-gap-analysis.csv');
    expect([...REPORT_RENDERERS['gap-csv'].render({ result, viewModel: () => { throw new Error('not needed'); } })].join('')).toBe(text);
  });
});
