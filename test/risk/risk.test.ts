import { describe, expect, it, vi } from 'vitest';
import {
  createRiskAssessor,
  DEFAULT_RISK_CONFIG,
  effectiveSeverity,
  riskMatrix,
  RiskConfigSchema,
  type RiskConfig,
} from '../../src/risk/index.js';
import { RiskMatrixSchema, type Asset, type Edge, type Finding, type Severity } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

// The assessor reads the asset and the graph; the finding is part of the interface but not used.
const finding = {} as Finding;

function assess(base: Severity, asset: Asset, related: Asset[] = [], edges: Edge[] = [], config?: RiskConfig) {
  return createRiskAssessor(makeGraph([asset, ...related], edges), config).assess(base, asset, finding);
}

describe('risk: criticality from tags (seeds/000 section 3.1)', () => {
  it('sensitive data reachable from the internet goes up two steps, and every step is explained', () => {
    const asset = makeAsset({ kind: 'storage', tags: { DataClassification: 'Confidential' }, facts: { publicRead: true } });
    const { severity, adjustment } = assess('medium', asset);
    expect(severity).toBe('critical');
    expect(adjustment).toEqual({
      base: 'medium',
      criticality: 'high',
      likelihood: 'high',
      reasons: ['tag DataClassification=Confidential → criticality high', 'publicRead=true → likelihood high', 'result: medium → critical'],
    });
  });

  it('matches tag keys and values case-insensitively', () => {
    const asset = makeAsset({ kind: 'dataset', tags: { 'DATA-CLASSIFICATION': 'PII' } });
    const { severity, adjustment } = assess('medium', asset);
    expect(severity).toBe('high');
    expect(adjustment.reasons[0]).toBe('tag DATA-CLASSIFICATION=PII → criticality high');
  });

  it('keeps the base when nothing is known, and says so', () => {
    const { severity, adjustment } = assess('high', makeAsset({ kind: 'compute' }));
    expect(severity).toBe('high');
    expect(adjustment.reasons).toEqual([
      'no sensitive-data, environment or public-data tag → criticality normal',
      'not shown reachable from the internet, but not shown private → likelihood normal',
      'result: high unchanged',
    ]);
  });

  it('production raises criticality; the containing workspace speaks for its compute', () => {
    const workspace = makeAsset({ kind: 'workspace', name: 'ws-prod', tags: { Environment: 'Production' }, facts: { publicNetworkAccess: true } });
    const compute = makeAsset({ kind: 'compute' });
    const { severity, adjustment } = assess('medium', compute, [workspace], [{ from: workspace.id, to: compute.id, kind: 'contains' }]);
    expect(severity).toBe('critical');
    expect(adjustment.reasons).toEqual([
      'workspace ws-prod: tag Environment=Production (production) → criticality high',
      'workspace ws-prod: publicNetworkAccess=true → likelihood high',
      'result: medium → critical',
    ]);
  });

  it('the asset’s own environment tag wins over its container’s', () => {
    const workspace = makeAsset({ kind: 'workspace', tags: { env: 'prod' } });
    const compute = makeAsset({ kind: 'compute', tags: { env: 'sandbox' } });
    const { adjustment } = assess('high', compute, [workspace], [{ from: workspace.id, to: compute.id, kind: 'contains' }]);
    expect(adjustment.criticality).toBe('low');
    expect(adjustment.reasons[0]).toBe('tag env=sandbox (not production, no sensitive-data tag) → criticality low');
  });

  it('an endpoint inherits the sensitivity of the data its model was trained on', () => {
    const storage = makeAsset({ kind: 'storage', name: 'claims', tags: { 'data-classification': 'pii' } });
    const model = makeAsset({ kind: 'model', tags: { classification: 'public' } });
    const endpoint = makeAsset({ kind: 'endpoint', tags: { env: 'dev' } });
    const edges: Edge[] = [
      { from: endpoint.id, to: model.id, kind: 'serves-model' },
      { from: model.id, to: storage.id, kind: 'trained-on' },
    ];
    const { severity, adjustment } = assess('medium', endpoint, [storage, model], edges);
    expect(adjustment.criticality).toBe('high');
    expect(adjustment.reasons[0]).toBe('storage claims: tag data-classification=pii → criticality high');
    expect(severity).toBe('high');
    // The model, though tagged public, inherits the same sensitivity from its training data.
    expect(assess('medium', model, [storage, endpoint], edges).adjustment.criticality).toBe('high');
  });

  it('public data outside production lowers criticality', () => {
    const asset = makeAsset({ kind: 'storage', tags: { classification: 'Public' }, facts: { publicRead: true } });
    const { severity, adjustment } = assess('high', asset);
    expect(adjustment.criticality).toBe('low');
    expect(adjustment.reasons[0]).toBe('tag classification=Public (public data, not production) → criticality low');
    // low criticality and high likelihood cancel out
    expect(severity).toBe('high');
  });

  it('an environment value it does not know leaves criticality normal, and names the tag', () => {
    const { adjustment } = assess('high', makeAsset({ kind: 'compute', tags: { stage: 'staging' } }));
    expect(adjustment.criticality).toBe('normal');
    expect(adjustment.reasons[0]).toBe('tag stage=staging is neither a production nor a non-production value → criticality normal');
  });

  it('reads the tag keys and values the config names, and only those', () => {
    const config: RiskConfig = { classificationKeys: ['sensitivity'], sensitiveValues: ['red'] };
    expect(assess('medium', makeAsset({ kind: 'storage', tags: { Sensitivity: 'RED' } }), [], [], config).adjustment.criticality).toBe('high');
    expect(assess('medium', makeAsset({ kind: 'storage', tags: { DataClassification: 'confidential' } }), [], [], config).adjustment.criticality).toBe('normal');
  });

  it('reads classification as the rules do (createDataTags): containers transitively, and a sensitive label past a nearer one that is not', () => {
    const workspace = makeAsset({ kind: 'workspace', name: 'ws', tags: { 'data-classification': 'confidential' } });
    const data = makeAsset({ kind: 'dataset', tags: { 'data-classification': 'internal' } });
    const version = makeAsset({ kind: 'dataset' });
    const edges: Edge[] = [
      { from: workspace.id, to: data.id, kind: 'contains' },
      { from: data.id, to: version.id, kind: 'contains' },
    ];
    const { adjustment } = assess('medium', version, [workspace, data], edges);
    expect(adjustment.criticality).toBe('high');
    expect(adjustment.reasons[0]).toBe('workspace ws: tag data-classification=confidential → criticality high');
  });
});

describe('risk: likelihood from exposure and logging (seeds/000 section 3.2)', () => {
  it('private and logged lowers a non-production finding by one step only, never below low', () => {
    const asset = makeAsset({ kind: 'workspace', tags: { env: 'dev' }, facts: { publicNetworkAccess: false, loggingEnabled: true } });
    const high = assess('high', asset);
    expect(high.severity).toBe('medium');
    expect(high.adjustment.likelihood).toBe('low');
    expect(high.adjustment.reasons.slice(1)).toEqual(['publicNetworkAccess=false and loggingEnabled=true → likelihood low', 'result: high → medium']);
    expect(assess('critical', asset).severity).toBe('high');
    expect(assess('low', asset).severity).toBe('low');
    expect(assess('info', asset).severity).toBe('info');
  });

  it('private without visible logging is not low likelihood', () => {
    const { adjustment } = assess('high', makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: false } }));
    expect(adjustment.likelihood).toBe('normal');
    expect(adjustment.reasons[1]).toBe('not shown reachable from the internet, but logging not shown on → likelihood normal');
  });

  it('a compute node with a public IP is reachable even inside a private, logged workspace', () => {
    const workspace = makeAsset({ kind: 'workspace', facts: { publicNetworkAccess: false, loggingEnabled: true } });
    const compute = makeAsset({ kind: 'compute', facts: { publicIp: true } });
    const contains: Edge[] = [{ from: workspace.id, to: compute.id, kind: 'contains' }];
    expect(assess('medium', compute, [workspace], contains).adjustment.reasons[1]).toBe('publicIp=true → likelihood high');
    const quiet = makeAsset({ kind: 'compute' });
    const inherited = assess('medium', quiet, [workspace], [{ from: workspace.id, to: quiet.id, kind: 'contains' }]);
    expect(inherited.adjustment.likelihood).toBe('low');
    expect(inherited.severity).toBe('low');
  });

  it('profiles each asset once, however many findings it has', () => {
    const endpoint = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: true } });
    const graph = makeGraph([endpoint]);
    const lineage = vi.spyOn(graph, 'lineage');
    const assessor = createRiskAssessor(graph);
    const first = assessor.assess('high', endpoint, finding);
    const second = assessor.assess('low', endpoint, finding);
    expect(lineage).toHaveBeenCalledTimes(1);
    expect([first.severity, second.severity]).toEqual(['critical', 'medium']);
  });
});

describe('risk: the published matrix', () => {
  it('clamps and bounds the adjustment', () => {
    expect(effectiveSeverity('critical', 'high', 'high')).toBe('critical');
    expect(effectiveSeverity('low', 'high', 'high')).toBe('high');
    expect(effectiveSeverity('critical', 'low', 'low')).toBe('high');
    expect(effectiveSeverity('info', 'high', 'high')).toBe('info');
  });

  it('is valid scan-result data with a grid of every base, criticality and likelihood', () => {
    const matrix = riskMatrix();
    expect(RiskMatrixSchema.parse(matrix)).toEqual(matrix);
    expect(matrix.grid).toHaveLength(5 * 3 * 3);
    expect(matrix.grid).toContainEqual({ base: 'medium', criticality: 'high', likelihood: 'high', severity: 'critical' });
    expect(matrix.grid).toContainEqual({ base: 'low', criticality: 'low', likelihood: 'low', severity: 'low' });
    expect(matrix.criticalityTags['DataClassification']).toContain('confidential');
    expect(matrix.productionTags['env']).toEqual(['prod', 'production', 'prd', 'live']);
    expect(matrix.lowCriticalityTags).toMatchObject({ classification: ['public'], stage: ['dev', 'development', 'test', 'sandbox'] });
  });

  it('shows the tag keys of the config it was given', () => {
    const matrix = riskMatrix({ classificationKeys: ['sensitivity'], sensitiveValues: ['red'] });
    expect(matrix.criticalityTags).toEqual({ sensitivity: ['red'] });
    expect(matrix.rules.find((r) => r.startsWith('Criticality high'))).toContain('tagged red');
  });

  it('has a strict config schema with defaults', () => {
    expect(RiskConfigSchema.parse({})).toEqual(DEFAULT_RISK_CONFIG);
    expect(DEFAULT_RISK_CONFIG.environmentKeys).toEqual(['environment', 'env', 'stage']);
    expect(RiskConfigSchema.safeParse({ classificationKey: ['x'] }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ sensitiveValues: [''] }).success).toBe(false);
  });
});
