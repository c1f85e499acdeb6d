import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FindingSchema, type ScanResult } from '../../src/model/index.js';
import { REPORT_RENDERERS, writeReports } from '../../src/report/index.js';
import { NdjsonLineSchema, renderNdjson } from '../../src/report/ndjson.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from './sample-result.js';

const tempDir = useTempDirs('mlscan-ndjson-');

/** The file as the registry writes it (escapes included), split into its lines. */
async function written(result: ScanResult): Promise<{ text: string; lines: string[] }> {
  const [file] = await writeReports(result, { formats: ['ndjson'], outDir: tempDir(), ruleMeta: RULE_META });
  const text = readFileSync(file!, 'utf8');
  return { text, lines: text.split('\n').slice(0, -1) };
}

/** The sample result with `count` copies of its findings, each copy on its own asset id. */
function manyFindings(count: number): ScanResult {
  const result = sampleResult();
  const base = result.findings;
  result.findings = Array.from({ length: count }, (_, i) => ({ ...base[i % base.length]!, assetId: `${base[i % base.length]!.assetId}/${i}` }));
  return result;
}

describe('--format ndjson', () => {
  it('writes mlscan-findings.ndjson: one line per finding, each the finding with the scan context', async () => {
    const result = sampleResult();
    const { text, lines } = await written(result);
    expect(REPORT_RENDERERS.ndjson.file).toBe('mlscan-findings.ndjson');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(result.findings.length);
    const parsed = lines.map((line) => NdjsonLineSchema.parse(JSON.parse(line)));
    parsed.forEach((line, i) => {
      expect(line.tool).toEqual(result.tool);
      expect(line.scan).toEqual({ startedAt: result.scan.startedAt, partial: result.scan.partial });
      expect(FindingSchema.safeParse(line.finding).success).toBe(true);
      expect(line.finding).toEqual(FindingSchema.parse(result.findings[i]));
    });
  });

  it('keeps report order and writes the same bytes twice', async () => {
    const result = manyFindings(4_500); // more than two chunks of lines
    const first = await written(result);
    const second = await written(result);
    expect(first.text).toBe(second.text);
    expect(first.lines).toHaveLength(4_500);
    expect(first.lines.map((line) => (JSON.parse(line) as { finding: { assetId: string } }).finding.assetId)).toEqual(result.findings.map((f) => f.assetId));
  });

  it('escapes invisible characters and line separators, and keeps every line one line', async () => {
    const result = sampleResult();
    const planted = `${HOSTILE_NAME} \u202egnp.exe \u2028next\u2029 \u009b[31m\nsecond line`;
    result.findings[0] = { ...result.findings[0]!, message: planted };
    const { text, lines } = await written(result);
    expect(lines).toHaveLength(result.findings.length);
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\u2028');
    expect((JSON.parse(lines[0]!) as { finding: { message: string } }).finding.message).toBe(planted);
  });

  it('removes secrets from evidence as the JSON report does', () => {
    const result = sampleResult();
    const secret = 'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTIzNA==;EndpointSuffix=core.windows.net';
    result.findings[0] = { ...result.findings[0]!, evidence: { connectionString: secret, note: `see ${secret}` } };
    const text = [...renderNdjson(result)].join('');
    expect(text).not.toContain('c2VjcmV0c2VjcmV0');
    expect(result.findings[0].evidence.connectionString).toBe(secret); // the result itself is not changed
  });

  it('writes an empty file for a scan without findings', async () => {
    const result = sampleResult();
    result.findings = [];
    expect((await written(result)).text).toBe('');
  });
});

describe('renderNdjson chunks', () => {
  /** The file as one JSON.stringify per line would write it (before the registry's escaping). */
  function lineByLine(result: ScanResult): string {
    const prefix = `{"tool":${JSON.stringify(result.tool)},"scan":${JSON.stringify({ startedAt: result.scan.startedAt, partial: result.scan.partial })},"finding":`;
    return result.findings.map((f) => `${prefix}${JSON.stringify(f)}}\n`).join('');
  }

  it('writes the same lines when findings are serialised a chunk at a time and, when the boundary text repeats inside a finding, one by one', () => {
    const plain = manyFindings(4_100);
    const nested = manyFindings(5);
    nested.findings = nested.findings.map((f) => ({ ...f, evidence: { items: [{ ruleId: 'x' }, { ruleId: 'y' }] } }));
    for (const result of [plain, nested]) expect([...renderNdjson(result)].join('')).toBe(lineByLine(result));
  });
});
