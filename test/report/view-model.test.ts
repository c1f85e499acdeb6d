import { describe, expect, it } from 'vitest';
import { assetAnchor } from '../../src/report/anchors.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { riskMatrix } from '../../src/risk/index.js';
import { HOSTILE_NAME, RULE_META, sampleResult } from './sample-result.js';

const ENDPOINT_ARN = 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring';
const vm = buildViewModel(sampleResult({ extraAssets: 4 }), { ruleMeta: RULE_META });

describe('buildViewModel', () => {
  it('summarises the estate, findings by status and failing findings by severity', () => {
    expect(vm.summary.assets).toBe(7);
    expect(vm.summary.accounts).toBe(2);
    expect(vm.summary.providers).toBe(2);
    expect(vm.summary.findingsByStatus.map((c) => [c.key, c.count])).toEqual([['fail', 2], ['error', 1], ['unknown', 1], ['pass', 1], ['not_applicable', 0], ['suppressed', 0]]);
    expect(vm.summary.findingsByStatus.at(-2)!.label).toBe('not applicable');
    expect(vm.summary.failingBySeverity.map((c) => [c.key, c.count])).toEqual([
      ['critical', 1], ['high', 1], ['medium', 0], ['low', 0], ['info', 0],
    ]);
    expect(vm.summary.failing).toBe(2);
    expect(vm.summary.coverageGaps).toBe(1);
    expect(vm.summary.partial).toBe(true);
    expect(vm.summary.frameworks).toEqual([
      { id: 'ms-ai-risk', name: 'Microsoft AI risk assessment', met: 1, partlyMet: 0, notMet: 1, notAssessed: 1, total: 3 },
    ]);
  });

  it('defaults generatedAt to the scan finish time so reports are reproducible', () => {
    expect(vm.generatedAt).toBe('2026-11-23T03:00:02.000Z');
    expect(buildViewModel(sampleResult(), { ruleMeta: RULE_META, generatedAt: 'x' }).generatedAt).toBe('x');
  });

  it('charts failing findings by severity, family, provider and account', () => {
    expect(vm.charts.severity.bars.map((b) => [b.label, b.value, b.tone])).toEqual([['critical', 1, 'critical'], ['high', 1, 'high']]);
    expect(vm.charts.family.bars.map((b) => b.label)).toEqual(['exposure', 'integrity']);
    expect(vm.charts.provider.bars.map((b) => [b.label, b.value])).toEqual([['aws', 1], ['azure', 1]]);
    expect(vm.charts.account.bars.map((b) => b.label)).toEqual(['00000000-0000-0000-0000-000000000001', '111122223333']);
    expect(vm.charts.account.bars[0]!.shortLabel).toBe('00000000-0000-000…');
    expect(vm.charts.severity.bars[0]!.width).toBe(240);
  });

  it('counts the inventory by kind and flags failing assets', () => {
    expect(vm.inventory.byKind.map((c) => [c.key, c.count])).toEqual([['workspace', 1], ['notebook', 2], ['model', 2], ['endpoint', 1], ['storage', 1]]);
    expect(vm.inventory.providers).toEqual(['aws', 'azure']);
    const workspace = vm.inventory.rows.find((r) => r.kind === 'workspace')!;
    expect(workspace).toMatchObject({ name: HOSTILE_NAME, failing: 1, tags: ['environment=prod', 'owner=<script>window.__pwned=1</script>'] });
    // error and unknown findings are not failures.
    expect(vm.inventory.rows.find((r) => r.kind === 'storage')!.failing).toBe(0);
  });

  it('lists gap-table controls in id order, each with its status', () => {
    expect(vm.gaps[0]!.controls.map((c) => [c.controlId, c.statusLabel])).toEqual([
      ['5.2.1', 'Met'], ['5.5.2', 'Not met'], ['5.7.1', 'Not assessed'],
    ]);
    // 53 days before the scan finished (2026-11-23): well inside the default 365.
    expect(vm.gaps[0]!.controls[0]!.attestation).toEqual({ status: 'met', evidence: 'POL-12', owner: 'ciso@example.com', date: '2026-10-01', ageDays: 53, stale: false });
  });

  it('groups failing findings by rule, worst first, with remediation, controls and why the severity', () => {
    expect(vm.findings.fail.map((g) => [g.ruleId, g.topSeverity, g.count])).toEqual([
      ['integrity/public-endpoint-trained-on-public-data', 'critical', 1],
      ['exposure/workspace-public-network-access', 'high', 1],
    ]);
    const lineage = vm.findings.fail[0]!;
    expect(lineage.controls).toEqual([{ framework: 'mitre-atlas', ids: ['AML.M0019'] }]);
    expect(lineage.findings[0]).toMatchObject({
      assetName: 'fraud-scoring',
      evidence: ['publicWrite: true'],
      severityWhy: { base: 'critical', criticality: 'high', likelihood: 'high', reasons: ['tag environment=prod', 'endpoint is public'] },
    });
    // Path ids resolve to name and kind; an id outside the scan stays as the id.
    expect(lineage.findings[0]!.path).toEqual([
      { id: ENDPOINT_ARN, name: 'fraud-scoring', kind: 'endpoint', anchor: assetAnchor(ENDPOINT_ARN) },
      { id: 'arn:aws:sagemaker:eu-west-1:111122223333:model/not-in-scan', name: 'arn:aws:sagemaker:eu-west-1:111122223333:model/not-in-scan', kind: '', anchor: '' },
      { id: 'arn:aws:s3:::training-data-raw', name: 'training-data-raw', kind: 'storage', anchor: assetAnchor('arn:aws:s3:::training-data-raw') },
    ]);
    const exposure = vm.findings.fail[1]!;
    expect(exposure.remediation?.cli).toContain('--public-network-access Disabled');
    expect(exposure.controls).toEqual([{ framework: 'a-mlsg', ids: ['A-MLSG-004-D007'] }, { framework: 'ms-ai-risk', ids: ['5.5.2'] }]);
    expect(exposure.references).toEqual([{ framework: 'mcsb', ids: ['NS-2'] }]);
  });

  it('links remediation documentation only over https', () => {
    const meta = RULE_META.get('exposure/workspace-public-network-access')!;
    const hostileMeta = new Map(RULE_META).set(meta.id, { ...meta, remediation: { ...meta.remediation, url: 'javascript:alert(1)' } });
    const group = buildViewModel(sampleResult(), { ruleMeta: hostileMeta }).findings.fail[1]!;
    expect(group.remediation).toEqual({ text: meta.remediation.text, cli: meta.remediation.cli, terraform: meta.remediation.terraform });
    expect(vm.findings.fail[1]!.remediation?.url).toBe('https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link');
  });

  it('keeps errors and unknowns in their own sections, and survives a rule missing from the lookup', () => {
    expect(vm.findings.error.map((g) => [g.ruleId, g.title, g.family, g.remediation])).toEqual([
      ['logging/unregistered-rule', 'logging/unregistered-rule', 'unmapped', undefined],
    ]);
    expect(vm.findings.unknown[0]!.findings[0]!.missingFacts).toEqual(['publicNetworkAccess']);
    // Remediation belongs to what failed; an unknown needs visibility, not a fix.
    expect(vm.findings.unknown[0]!.remediation).toBeUndefined();
  });

  it('carries coverage gaps and the risk matrix', () => {
    expect(vm.coverage).toEqual([
      { anchor: 'coverage-gap-1', provider: 'aws', account: '444455556666', region: 'us-east-1', service: 'sagemaker', errorCode: 'AccessDenied', message: 'not authorized <b>', kinds: ['endpoint'] },
    ]);
    expect(vm.risk.productionTags).toEqual([{ key: 'environment', values: ['prod', 'production'] }]);
    expect(vm.risk.rules).toHaveLength(2);
  });

  it('folds a long tail of accounts into one "others" bar', () => {
    const result = sampleResult();
    const template = result.findings[0]!;
    result.findings = Array.from({ length: 20 }, (_, i) => ({ ...template, account: `acct-${String(i).padStart(2, '0')}` }));
    const chart = buildViewModel(result, { ruleMeta: RULE_META }).charts.account;
    expect(chart.bars).toHaveLength(12);
    expect(chart.bars[11]).toMatchObject({ label: '9 others', value: 9 });
  });
});

describe('risk matrix view', () => {
  it('lays out the severity matrix the scan used: base severities by criticality × likelihood', () => {
    const result = sampleResult();
    result.risk = riskMatrix();
    const { grid } = buildViewModel(result, { ruleMeta: RULE_META }).risk;
    expect(grid.bases).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(grid.rows).toHaveLength(15);
    const row = (c: string, l: string) => grid.rows.find((r) => r.criticality === c && r.likelihood === l)!.cells;
    // Critical stays reserved: off a proven toxic path a raise stops at high.
    expect(row('critical', 'high')).toEqual(['critical', 'high', 'high', 'medium', 'info']);
    expect(row('medium', 'medium')).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(row('low', 'low')).toEqual(['high', 'medium', 'low', 'low', 'info']);
  });
});
