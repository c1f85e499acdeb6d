import { describe, expect, it, vi } from 'vitest';
import {
  createRiskAssessor,
  DEFAULT_MATRIX,
  DEFAULT_RISK_CONFIG,
  effectiveSeverity,
  riskMatrix,
  RiskConfigSchema,
  type RiskConfig,
  type RiskRuleInfo,
} from '../../src/risk/index.js';
import { RiskMatrixSchema, type Asset, type Edge, type Finding, type Severity } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const finding = { evidence: {} } as unknown as Finding;
const LOGGING: RiskRuleInfo = { id: 'logging/test', family: 'logging' };
const RBAC: RiskRuleInfo = { id: 'rbac/test', family: 'rbac' };
const EXPOSURE: RiskRuleInfo = { id: 'exposure/test', family: 'exposure' };

function assess(base: Severity, asset: Asset, related: Asset[] = [], edges: Edge[] = [], config?: RiskConfig, rule: RiskRuleInfo = RBAC, f: Finding = finding) {
  return createRiskAssessor(makeGraph([asset, ...related], edges), config).assess(base, asset, f, rule);
}

describe('risk: criticality tiers (seeds/000 section 3.1)', () => {
  it('regulated or personal data is the critical tier; confidential data the high tier', () => {
    expect(assess('medium', makeAsset({ kind: 'storage', tags: { DataClassification: 'PII' } })).adjustment).toMatchObject({
      criticality: 'critical',
      reasons: ['tag DataClassification=PII (critical data) → tier critical', 'not shown reachable from the internet, but not shown private → likelihood medium', 'result: medium → high'],
    });
    const high = assess('medium', makeAsset({ kind: 'dataset', tags: { 'data-classification': 'Confidential' } }));
    expect(high.adjustment.criticality).toBe('high');
    expect(high.adjustment.reasons[0]).toBe('tag data-classification=Confidential (sensitive data) → tier high');
    expect(high.severity).toBe('medium');
  });

  it('production is medium, not production low, public data outside production info, nothing known medium', () => {
    const tier = (tags: Record<string, string>) => assess('high', makeAsset({ kind: 'compute', tags })).adjustment;
    expect(tier({ Environment: 'Production' })).toMatchObject({ criticality: 'medium', reasons: expect.arrayContaining(['tag Environment=Production (production, no sensitive-data or criticality tag) → tier medium']) });
    expect(tier({ env: 'sandbox' }).criticality).toBe('low');
    expect(tier({ env: 'dev', classification: 'public' }).criticality).toBe('info');
    expect(tier({ classification: 'Public' }).criticality).toBe('info');
    expect(tier({ classification: 'public', env: 'prod' }).criticality).toBe('medium');
    expect(tier({}).reasons[0]).toBe('no sensitive-data, criticality, environment or public-data tag → tier medium');
    expect(tier({ stage: 'staging' }).reasons[0]).toBe('tag stage=staging is neither a production nor a non-production value → tier medium');
  });

  it('a declared business criticality sets the tier; the higher of it and the data wins', () => {
    const tier = (tags: Record<string, string>) => assess('high', makeAsset({ kind: 'endpoint', tags })).adjustment.criticality;
    expect(tier({ 'Business-Criticality': 'Mission-Critical' })).toBe('critical');
    expect(tier({ criticality: 'high', env: 'dev' })).toBe('high');
    expect(tier({ criticality: 'low', classification: 'confidential' })).toBe('high');
    expect(tier({ criticality: 'critical', classification: 'confidential' })).toBe('critical');
  });

  it('reads the tag keys and values the config names, per tier', () => {
    const config: RiskConfig = { classificationKeys: ['sensitivity'], sensitiveValues: ['amber'], criticalDataValues: ['red'], criticalityKeys: ['tier'], criticalityValues: { critical: ['t0'] } };
    const tier = (tags: Record<string, string>) => assess('medium', makeAsset({ kind: 'storage', tags }), [], [], config).adjustment.criticality;
    expect(tier({ Sensitivity: 'RED' })).toBe('critical');
    expect(tier({ sensitivity: 'amber' })).toBe('high');
    expect(tier({ DataClassification: 'pii' })).toBe('medium');
    expect(tier({ tier: 'T0' })).toBe('critical');
    expect(tier({ tier: 'high' })).toBe('high'); // the other tiers keep their default values
  });

  it('is inherited along the graph: containers transitively, and the data a model was trained on', () => {
    const workspace = makeAsset({ kind: 'workspace', name: 'ws', tags: { 'data-classification': 'restricted' } });
    const data = makeAsset({ kind: 'dataset', tags: { 'data-classification': 'internal' } });
    const version = makeAsset({ kind: 'dataset' });
    const contains: Edge[] = [
      { from: workspace.id, to: data.id, kind: 'contains' },
      { from: data.id, to: version.id, kind: 'contains' },
    ];
    expect(assess('medium', version, [workspace, data], contains).adjustment.reasons[0]).toBe('workspace ws: tag data-classification=restricted (critical data) → tier critical');

    const storage = makeAsset({ kind: 'storage', name: 'claims', tags: { 'data-classification': 'phi' } });
    const model = makeAsset({ kind: 'model', tags: { classification: 'confidential' } });
    const endpoint = makeAsset({ kind: 'endpoint', tags: { env: 'dev' } });
    const lineage: Edge[] = [
      { from: endpoint.id, to: model.id, kind: 'serves-model' },
      { from: model.id, to: storage.id, kind: 'trained-on' },
    ];
    // The model's own "confidential" does not hide that it was trained on PHI (3.1: "trained on … sensitive personal data").
    expect(assess('medium', model, [storage, endpoint], lineage).adjustment.reasons[0]).toBe('storage claims: tag data-classification=phi (critical data) → tier critical');
    expect(assess('medium', endpoint, [storage, model], lineage).adjustment.criticality).toBe('critical');
  });
});

describe('risk: likelihood (seeds/000 section 3.2), exposure counted once', () => {
  it('an exposure-family finding is not raised again by its own exposure', () => {
    const storage = makeAsset({ kind: 'storage', tags: { classification: 'confidential' }, facts: { publicRead: true } });
    const exposure = assess('high', storage, [], [], undefined, EXPOSURE);
    expect(exposure.adjustment.likelihood).toBe('medium');
    expect(exposure.adjustment.reasons[1]).toBe('publicRead=true is already counted by this exposure finding → not counted again, likelihood medium');
    expect(exposure.severity).toBe('high');
    // Another family's finding on the same public asset does count the exposure.
    expect(assess('high', storage, [], [], undefined, RBAC).adjustment.likelihood).toBe('high');
  });

  it('exposure named in the finding evidence counts once; another exposure fact still counts', () => {
    const endpoint = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: true } });
    const withEvidence = { evidence: { publicNetworkAccess: true } } as unknown as Finding;
    const once = assess('medium', endpoint, [], [], undefined, { id: 'integrity/x', family: 'integrity' }, withEvidence);
    expect(once.adjustment.likelihood).toBe('medium');
    expect(once.adjustment.reasons[1]).toBe("publicNetworkAccess=true is already counted by this finding's evidence → not counted again, likelihood medium");
    const compute = makeAsset({ kind: 'compute', facts: { publicNetworkAccess: true, publicIp: true } });
    expect(assess('medium', compute, [], [], undefined, RBAC, withEvidence).adjustment.reasons[1]).toBe('publicIp=true → likelihood high');
  });

  it('private and logged is low likelihood; private without logging medium; the container speaks for its compute', () => {
    const workspace = makeAsset({ kind: 'workspace', name: 'ws', facts: { publicNetworkAccess: false, loggingEnabled: true } });
    const compute = makeAsset({ kind: 'compute', tags: { env: 'dev' } });
    const r = assess('high', compute, [workspace], [{ from: workspace.id, to: compute.id, kind: 'contains' }]);
    expect(r.adjustment.likelihood).toBe('low');
    expect(r.adjustment.reasons[1]).toBe('workspace ws: publicNetworkAccess=false and workspace ws: loggingEnabled=true → likelihood low');
    expect(r.severity).toBe('medium'); // tier low × likelihood low: one level down
    expect(assess('high', makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: false } })).adjustment.likelihood).toBe('medium');
  });

  it('profiles an asset once, however many findings it has', () => {
    const endpoint = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: true } });
    const graph = makeGraph([endpoint]);
    const lineage = vi.spyOn(graph, 'lineage');
    const assessor = createRiskAssessor(graph);
    assessor.assess('high', endpoint, finding, RBAC);
    const calls = lineage.mock.calls.length;
    assessor.assess('low', endpoint, finding, LOGGING);
    expect(lineage.mock.calls.length).toBe(calls);
  });
});

describe('risk: severity moves at most one level; critical is reserved', () => {
  it('moves by one level at most by default, never below low; info stays info', () => {
    expect(effectiveSeverity('low', 'critical', 'high')).toBe('medium');
    expect(effectiveSeverity('medium', 'critical', 'high')).toBe('high');
    expect(effectiveSeverity('critical', 'info', 'low')).toBe('high');
    expect(effectiveSeverity('low', 'info', 'low')).toBe('low');
    expect(effectiveSeverity('info', 'critical', 'high')).toBe('info');
  });

  it('a medium finding on a critical, public asset ends high, never critical (single instance, no CMK, logging off)', () => {
    const storage = makeAsset({ kind: 'storage', tags: { classification: 'pii', environment: 'prod' }, facts: { publicNetworkAccess: true } });
    const r = assess('medium', storage, [], [], undefined, { id: 'encryption/customer-managed-key-missing', family: 'encryption' });
    expect(r.severity).toBe('high');
  });

  it('a high finding that would reach critical is capped at high off a proven path, and says so', () => {
    const compute = makeAsset({ kind: 'compute', tags: { classification: 'restricted' }, facts: { publicIp: true } });
    const r = assess('high', compute);
    expect(r.severity).toBe('high');
    expect(r.adjustment.reasons).toContain('capped at high: critical is reserved for base-critical rules and proven toxic paths');
    expect(r.adjustment.toxicPath).toBeUndefined();
  });

  it('maxSteps and the matrix cells are configurable', () => {
    const config = RiskConfigSchema.parse({ maxSteps: 2, matrix: { high: { medium: 2 } } });
    expect(effectiveSeverity('low', 'high', 'medium', { config })).toBe('high');
    expect(effectiveSeverity('low', 'medium', 'medium', { config })).toBe('low');
    // Still no critical off a proven path, however far the matrix reaches.
    expect(effectiveSeverity('medium', 'high', 'medium', { config })).toBe('high');
    const bounded = RiskConfigSchema.parse({ matrix: { high: { medium: 2 } } });
    expect(effectiveSeverity('low', 'high', 'medium', { config: bounded })).toBe('medium');
  });

  describe('a toxic combination the graph proves', () => {
    // public endpoint → model → training data tagged confidential, with weaknesses along it
    const endpoint = makeAsset({ kind: 'endpoint', name: 'scoring', tags: { criticality: 'critical' }, facts: { publicNetworkAccess: true } });
    const model = makeAsset({ kind: 'model', name: 'fraud-v7' });
    const storage = makeAsset({ kind: 'storage', name: 'training', tags: { 'data-classification': 'confidential' } });
    const elsewhere = makeAsset({ kind: 'storage', name: 'other', tags: { 'data-classification': 'restricted' }, facts: { publicIp: true } });
    const edges: Edge[] = [
      { from: endpoint.id, to: model.id, kind: 'serves-model' },
      { from: model.id, to: storage.id, kind: 'trained-on' },
    ];
    const assessor = createRiskAssessor(makeGraph([endpoint, model, storage, elsewhere], edges));

    it('lets a weakness on the path reach critical, with the path as the reason', () => {
      const r = assessor.assess('high', endpoint, finding, { id: 'versioning/endpoint-serves-unregistered-model', family: 'versioning', concern: 'endpoint-serves-unregistered-model' });
      expect(r.severity).toBe('critical');
      expect(r.adjustment.toxicPath).toEqual([endpoint.id, model.id, storage.id]);
      expect(r.adjustment.reasons).toContain(
        'on a proven toxic path scoring → fraud-v7 → training (endpoint scoring: publicNetworkAccess=true; storage training: tag data-classification=confidential; this finding enables poisoning) → critical allowed',
      );
      expect(r.attackTypes).toEqual(['poisoning']);
    });

    it('a detection control on the same path (enables no attack type) stays high', () => {
      const r = assessor.assess('high', endpoint, finding, LOGGING);
      expect(r.severity).toBe('high');
      expect(r.attackTypes).toEqual([]);
      expect(r.adjustment.reasons.some((x) => x.startsWith('capped at high'))).toBe(true);
    });

    it('an asset on no such path stays high, however critical and exposed', () => {
      expect(assessor.assess('high', elsewhere, finding, RBAC).severity).toBe('high');
    });

    it('no path is toxic without sensitive data on it, or without internet reach', () => {
      const quiet = makeAsset({ kind: 'storage', name: 'plain' });
      const g = makeGraph([endpoint, model, quiet], [{ from: endpoint.id, to: model.id, kind: 'serves-model' }, { from: model.id, to: quiet.id, kind: 'trained-on' }]);
      expect(createRiskAssessor(g).assess('high', endpoint, finding, RBAC).severity).toBe('high');
      const closed = makeAsset({ kind: 'endpoint', tags: { criticality: 'critical' }, facts: { publicNetworkAccess: false } });
      const g2 = makeGraph([closed, model, storage], [{ from: closed.id, to: model.id, kind: 'serves-model' }, { from: model.id, to: storage.id, kind: 'trained-on' }]);
      const r = createRiskAssessor(g2).assess('high', closed, finding, RBAC);
      expect(r.severity).toBe('high');
      expect(r.adjustment.toxicPath).toBeUndefined();
    });

    it('a medium finding on the path still moves one level only', () => {
      expect(assessor.assess('medium', endpoint, finding, RBAC).severity).toBe('high');
    });
  });
});

describe('risk: the published, configurable matrix', () => {
  it('is valid scan-result data: steps, attack types and the full grid', () => {
    const matrix = riskMatrix();
    expect(RiskMatrixSchema.parse(matrix)).toEqual(matrix);
    expect(matrix.grid).toHaveLength(5 * 5 * 3);
    expect(matrix.steps).toEqual(DEFAULT_MATRIX);
    expect(matrix.maxSteps).toBe(1);
    expect(matrix.attackTypes?.map((a) => a.attackType)).toEqual(['extraction', 'evasion', 'inference', 'inversion', 'poisoning']);
    expect(matrix.grid).toContainEqual({ base: 'medium', criticality: 'critical', likelihood: 'high', severity: 'high' });
    expect(matrix.grid).toContainEqual({ base: 'high', criticality: 'critical', likelihood: 'high', severity: 'high' });
    expect(matrix.grid!.filter((c) => c.severity === 'critical').every((c) => c.base === 'critical')).toBe(true);
    expect(matrix.criticalityTags['DataClassification']).toEqual(expect.arrayContaining(['pii', 'confidential']));
    expect(matrix.productionTags['env']).toEqual(['prod', 'production', 'prd', 'live']);
  });

  it('prints the config it was given, cells bounded by maxSteps', () => {
    const matrix = riskMatrix({ classificationKeys: ['sensitivity'], criticalDataValues: ['red'], matrix: { low: { high: 3 } } });
    expect(matrix.criticalityTags['sensitivity']).toContain('red');
    expect(matrix.steps!.low.high).toBe(1);
    expect(matrix.rules.find((r) => r.startsWith('Tier critical'))).toContain('classified red');
  });

  it('has a strict config schema with defaults', () => {
    expect(RiskConfigSchema.parse({})).toEqual(DEFAULT_RISK_CONFIG);
    expect(DEFAULT_RISK_CONFIG.maxSteps).toBe(1);
    expect(RiskConfigSchema.safeParse({ classificationKey: ['x'] }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ sensitiveValues: [''] }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ matrix: { severe: { high: 1 } } }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ matrix: { high: { normal: 1 } } }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ matrix: { high: { high: 1.5 } } }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ maxSteps: -1 }).success).toBe(false);
    expect(RiskConfigSchema.safeParse({ criticalityValues: { urgent: ['x'] } }).success).toBe(false);
  });
});
