import { describe, expect, it } from 'vitest';
import { REPORT_RENDERERS, buildViewModel } from '../../../src/report/index.js';
import { RULE_META, sampleResult } from '../sample-result.js';

const EXCHANGE_FORMATS = ['sarif', 'ocsf', 'junit', 'cyclonedx'] as const;
const ACCOUNT_KEY = 'c2VjcmV0a2V5c2VjcmV0a2V5==';
const CONNECTION = `DefaultEndpointsProtocol=https;AccountName=mldata;AccountKey=${ACCOUNT_KEY};EndpointSuffix=core.windows.net`;

// Raw records, evidence and environment values hold what a report must never show; the exchange
// formats are built from the normalised asset and finding fields, never from those.
describe('exchange formats and secrets', () => {
  it('write no raw record, evidence or environment value', () => {
    const result = sampleResult();
    result.inventory.assets[0]!.raw = { record: { properties: { storageConnection: CONNECTION, environmentVariables: { HF_TOKEN: 'hf-canary-123' } } } };
    for (const finding of result.findings) finding.evidence = { connectionString: CONNECTION, script: 'curl -H "Authorization: Bearer eyJ-canary"' };
    for (const format of EXCHANGE_FORMATS) {
      const text = [...REPORT_RENDERERS[format].render({ result, ruleMeta: RULE_META, viewModel: () => buildViewModel(result, { ruleMeta: RULE_META }) })].join('');
      expect(text.length, format).toBeGreaterThan(500);
      for (const secret of [ACCOUNT_KEY, 'hf-canary-123', 'eyJ-canary']) expect(text, `${format}: ${secret}`).not.toContain(secret);
    }
  });
});
