import { describe, expect, it } from 'vitest';
import { createRiskAssessor, riskMatrix } from '../../src/frameworks/index.js';
import type { Finding, Severity } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const finding = {} as Finding;

function assess(base: Severity, asset: ReturnType<typeof makeAsset>, related: ReturnType<typeof makeAsset>[] = [], edges: Parameters<typeof makeGraph>[1] = []) {
  const graph = makeGraph([asset, ...related], edges);
  return createRiskAssessor(graph).assess(base, asset, finding);
}

describe('risk: severity from criticality and likelihood (seeds/000 section 3)', () => {
  it('raises a finding on sensitive, internet-reachable data by two steps, with reasons', () => {
    const asset = makeAsset({ kind: 'storage', tags: { DataClassification: 'Confidential' }, facts: { publicRead: true } });
    const { severity, adjustment } = assess('medium', asset);
    expect(severity).toBe('critical');
    expect(adjustment.criticality).toBe('high');
    expect(adjustment.likelihood).toBe('high');
    expect(adjustment.reasons).toEqual([
      'asset tag DataClassification=Confidential → criticality high',
      'asset publicRead=true → likelihood high',
      'result: medium → critical',
    ]);
  });

  it('lowers a private, logged, non-production finding by one step only, never below low', () => {
    const asset = makeAsset({ kind: 'workspace', tags: { env: 'dev' }, facts: { publicNetworkAccess: false, loggingEnabled: true } });
    const high = assess('high', asset);
    expect(high.severity).toBe('medium');
    expect(high.adjustment.criticality).toBe('low');
    expect(high.adjustment.likelihood).toBe('low');
    expect(assess('low', asset).severity).toBe('low');
    expect(assess('info', asset).severity).toBe('info');
  });

  it('keeps the base when nothing is known', () => {
    const { severity, adjustment } = assess('high', makeAsset({ kind: 'compute' }));
    expect(severity).toBe('high');
    expect(adjustment.reasons.at(-1)).toBe('result: high unchanged');
  });

  it('production tags raise criticality; the containing workspace speaks for its compute', () => {
    const workspace = makeAsset({ kind: 'workspace', name: 'ws-prod', tags: { Environment: 'Production' }, facts: { publicNetworkAccess: true } });
    const compute = makeAsset({ kind: 'compute' });
    const { severity, adjustment } = assess('medium', compute, [workspace], [{ from: workspace.id, to: compute.id, kind: 'contains' }]);
    expect(severity).toBe('critical');
    expect(adjustment.reasons[0]).toBe('workspace ws-prod: tag Environment=Production (production) → criticality high');
    expect(adjustment.reasons[1]).toBe('workspace ws-prod: publicNetworkAccess=true → likelihood high');
  });

  it('an endpoint inherits the sensitivity of the data its model was trained on', () => {
    const storage = makeAsset({ kind: 'storage', name: 'claims', tags: { 'data-classification': 'pii' } });
    const model = makeAsset({ kind: 'model' });
    const endpoint = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: false } });
    const { adjustment } = assess('medium', endpoint, [storage, model], [
      { from: endpoint.id, to: model.id, kind: 'serves-model' },
      { from: model.id, to: storage.id, kind: 'trained-on' },
    ]);
    expect(adjustment.criticality).toBe('high');
    expect(adjustment.reasons[0]).toBe('storage claims: tag data-classification=pii → criticality high');
  });

  it('publishes the matrix it used, with configurable tag keys', () => {
    const matrix = riskMatrix({ classificationKeys: ['sensitivity'], sensitiveValues: ['red'] });
    expect(matrix.criticalityTags).toEqual({ sensitivity: ['red'] });
    expect(matrix.rules.length).toBeGreaterThanOrEqual(5);
  });
});
