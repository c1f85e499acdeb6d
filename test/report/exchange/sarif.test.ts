import type { Log, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../../src/model/index.js';
import { SARIF_FINGERPRINT_KEY, renderSarif } from '../../../src/report/exchange/sarif.js';
import type { ReportRuleMeta } from '../../../src/report/index.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from '../sample-result.js';
import { joined, sampleEstateScan, sarifValidator } from './support.js';

const validate = sarifValidator();
const render = (result: ScanResult, ruleMeta: ReadonlyMap<string, ReportRuleMeta> = RULE_META) => joined(renderSarif({ result, ruleMeta }));
const parse = (text: string) => JSON.parse(text) as Log;

function withSuppressed(): ScanResult {
  const result = sampleResult();
  const fail = result.findings[1]!;
  result.findings[1] = { ...fail, status: 'suppressed', suppression: { status: 'fail', id: 'SUP-1', reason: 'accepted until the VNet migration', owner: 'ml-platform', expires: '2027-01-31' } };
  return result;
}

describe('SARIF report', () => {
  it('validates against the SARIF 2.1.0 schema, one result per fail, error, unknown and suppressed finding', () => {
    const log = parse(render(withSuppressed()));
    expect(validate(log)).toEqual([]);
    expect(validate({ ...log, version: '2.0.0' })).not.toEqual([]);
    const results = log.runs[0]!.results!;
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...results[0], level: 'critical' }] }] })).not.toEqual([]);
    expect(results.map((r) => [r.ruleId, r.properties?.status])).toEqual([
      ['integrity/public-endpoint-trained-on-public-data', 'fail'],
      ['exposure/workspace-public-network-access', 'suppressed'],
      ['exposure/workspace-public-network-access', 'unknown'],
      ['logging/unregistered-rule', 'error'],
    ]);
  });

  it('describes each rule: title, rationale, help with remediation, helpUri, tags and security-severity', () => {
    const rules = parse(render(sampleResult())).runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['exposure/workspace-public-network-access', 'integrity/public-endpoint-trained-on-public-data', 'logging/unregistered-rule']);
    const [workspace, lineage, unregistered] = rules;
    expect(workspace).toMatchObject({
      name: 'ExposureWorkspacePublicNetworkAccess',
      shortDescription: { text: 'ML workspace accepts traffic from the public internet' },
      fullDescription: { text: 'A public workspace endpoint lets anyone with a leaked token reach training data.' },
      helpUri: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'exposure', 'ms-ai-risk:5.5.2', 'a-mlsg:A-MLSG-004-D007'], 'security-severity': '8.0' },
    });
    expect(workspace!.help!.text).toContain('Disable public network access');
    expect(workspace!.help!.markdown).toContain('````sh\naz ml workspace update');
    expect(lineage!.properties!['security-severity']).toBe('9.5');
    expect(lineage!.helpUri).toBeUndefined();
    // A rule without metadata is still described, by its id, at the severity of its findings.
    expect(unregistered).toMatchObject({ id: 'logging/unregistered-rule', shortDescription: { text: 'logging/unregistered-rule' }, properties: { 'security-severity': '5.5' } });
  });

  it('keeps at most 20 tags on a rule (GitHub rejects more) and lists every control in properties', () => {
    const many = { ...RULE_META.get('exposure/workspace-public-network-access')!, controls: { 'mitre-atlas': Array.from({ length: 30 }, (_, i) => `AML.M${String(i).padStart(4, '0')}`) } };
    const rules = parse(render(sampleResult(), new Map([...RULE_META, [many.id, many]]))).runs[0]!.tool.driver.rules!;
    expect(rules[0]!.properties!.tags).toHaveLength(20);
    expect(rules[0]!.properties!.tags!.slice(0, 3)).toEqual(['security', 'exposure', 'mitre-atlas:AML.M0000']);
    expect(rules[0]!.properties!.controls).toHaveLength(30);
  });

  it('maps severities and statuses to levels: critical/high error, medium warning, low/info note; rule error warning; unknown note', () => {
    const result = sampleResult();
    const base = result.findings[0]!;
    const severities = (['critical', 'high', 'medium', 'low', 'info'] as const).map((severity, i): Finding => ({ ...base, severity, fingerprint: `mlscan/v1/${String(i).repeat(64)}` }));
    result.findings = [...severities, ...result.findings.slice(2)];
    const levels = parse(render(result)).runs[0]!.results!.map((r) => [r.properties?.status, r.level]);
    expect(levels).toEqual([
      ['fail', 'error'],
      ['fail', 'error'],
      ['fail', 'warning'],
      ['fail', 'note'],
      ['fail', 'note'],
      ['unknown', 'note'],
      ['error', 'warning'],
    ]);
  });

  it('locates each result at the asset: pseudo-path per account for GitHub, the ARN or ARM id as logical location', () => {
    const [lineage, workspace] = parse(render(sampleResult())).runs[0]!.results! as [Result, Result];
    expect(lineage.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'aws/111122223333' } },
        logicalLocations: [{ name: 'fraud-scoring', fullyQualifiedName: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring', kind: 'endpoint' }],
      },
    ]);
    expect(workspace.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(`azure/${sampleResult().findings[1]!.account}`);
    expect(lineage.ruleIndex).toBe(1);
    expect(lineage.message.text).toBe('fraud-scoring serves a model trained on training-data-raw, which anyone can write [endpoint arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring]');
  });

  it('carries the finding fingerprint as a partial fingerprint, and a suppression as an accepted external one', () => {
    const result = withSuppressed();
    const results = parse(render(result)).runs[0]!.results!;
    expect(results.map((r) => r.partialFingerprints![SARIF_FINGERPRINT_KEY])).toEqual([0, 1, 2, 3].map((i) => result.findings[i]!.fingerprint));
    expect(results[1]!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'accepted until the VNet migration' }]);
    expect(results[1]!.level).toBe('error');
    expect(results[0]!.suppressions).toBeUndefined();
  });

  it('reports coverage gaps as tool execution notifications, and a partial scan as not successful', () => {
    const [invocation] = parse(render(sampleResult())).runs[0]!.invocations!;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'warning', descriptor: { id: 'coverage-gap' }, message: { text: 'aws 444455556666 us-east-1 sagemaker: AccessDenied (not authorized <b>); inventory of endpoint incomplete' } }),
    ]);
    const whole = sampleResult();
    whole.scan.partial = false;
    whole.coverage.gaps = [];
    expect(parse(render(whole)).runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
  });

  it('keeps hostile names as data: JSON-escaped, parsed back unchanged', () => {
    const result = sampleResult();
    result.findings[1]!.assetName = '"]}</testcase><x>';
    const text = render(result);
    expect(text).toContain('"name":"\\"]}</testcase><x>"');
    const workspace = parse(text).runs[0]!.results![1]!;
    expect(workspace.locations![0]!.logicalLocations![0]!.name).toBe('"]}</testcase><x>');
    expect(workspace.message.text).toContain(HOSTILE_NAME);
  });

  it('renders the same result byte for byte', () => {
    expect(render(sampleResult())).toBe(render(sampleResult()));
  });

  it('streams: a large estate arrives in many chunks, none holding every result', () => {
    const result = sampleResult();
    const fail = result.findings[0]!;
    result.findings = Array.from({ length: 5_000 }, (_, i) => ({ ...fail, assetId: `${fail.assetId}-${i}` }));
    const chunks = [...renderSarif({ result, ruleMeta: RULE_META })];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(chunks.join('').length / 2);
    expect(parse(chunks.join('')).runs[0]!.results).toHaveLength(5_000);
  });

  it('on the bundled sample estate: valid, every rule that ran described, every result pointing at a rule', async () => {
    const { result, ruleMeta } = await sampleEstateScan();
    const log = parse(render(result, ruleMeta));
    expect(validate(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(result.scan.rules);
    const expected = result.findings.filter((f) => ['fail', 'error', 'unknown', 'suppressed'].includes(f.status));
    expect(run.results).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(50);
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(new Set(run.results!.map((r) => r.partialFingerprints![SARIF_FINGERPRINT_KEY])).size).toBe(run.results!.length);
    for (const rule of run.tool.driver.rules!) expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
  });
});
