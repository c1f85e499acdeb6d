import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { SCHEMA_FILE, scanResultSchemaText } from '../../src/report/schema/generate.js';
import { renderJson } from '../../src/report/json.js';
import { ScanResultSchema } from '../../src/model/index.js';
import { sampleResult } from './sample-result.js';

describe('JSON report', () => {
  it('publishes a JSON Schema that matches the zod schema (regenerate: node dist/src/report/schema/generate.js)', () => {
    const committed = readFileSync(join(packageRoot(), SCHEMA_FILE), 'utf8');
    expect(committed).toBe(scanResultSchemaText());
  });

  it('writes the full result, which reads back equal and valid', () => {
    const result = sampleResult({ extraAssets: 3 });
    const text = [...renderJson(result)].join('');
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(result)));
    expect(ScanResultSchema.safeParse(parsed).success).toBe(true);
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'scan', 'inventory', 'coverage', 'findings', 'frameworks', 'risk']);
  });

  it('refuses an invalid envelope and names where it is wrong', () => {
    const badEnvelope = sampleResult();
    (badEnvelope as { schemaVersion: string }).schemaVersion = '0.9';
    expect(() => [...renderJson(badEnvelope)]).toThrow(/schemaVersion/);
  });

  it('names the schema version in the published schema', () => {
    const schema = JSON.parse(scanResultSchemaText());
    expect(schema.properties.schemaVersion.const).toBe('2.2');
    expect(schema.required).toContain('findings');
  });

  it('carries the fingerprint of every finding, required and documented in the published schema', () => {
    const parsed = JSON.parse([...renderJson(sampleResult())].join('')) as { findings: { fingerprint: string }[] };
    expect(parsed.findings.map((f) => f.fingerprint)).toEqual(sampleResult().findings.map((f) => f.fingerprint));
    for (const f of parsed.findings) expect(f.fingerprint).toMatch(/^mlscan\/v1\/[0-9a-f]{64}$/);
    const finding = JSON.parse(scanResultSchemaText()).properties.findings.items;
    expect(finding.required).toContain('fingerprint');
    expect(finding.properties.fingerprint.description).toContain('SHA-256');
  });
});
