import { describe, expect, it } from 'vitest';
import { defineRule, runRules } from '../../src/engine/index.js';
import { assessFrameworks, FRAMEWORKS } from '../../src/frameworks/index.js';
import { createRiskAssessor } from '../../src/risk/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

// A real rule through the real engine: the risk assessor adjusts only failing findings, and the
// gap analysis reads the findings the engine produced.
const exposure = defineRule({
  meta: {
    id: 'test/public-network-access',
    title: 'Public network access',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['workspace'],
    rationale: 'test',
    remediation: { text: 'test' },
    messages: { open: '{{name}} is public', closed: '{{name}} is private' },
  },
  evaluate: (asset, ctx) =>
    ctx.requireFacts('publicNetworkAccess') ?? (asset.facts.publicNetworkAccess ? ctx.fail('open') : ctx.pass('closed')),
});

// The registered packs, with the test rule mapped as a pack would map it (rules declare no controls).
const mapped: Record<string, [string, string][]> = { 'ms-ai-risk': [['5.5.2', 'test']], 'a-mlsg': [['A-MLSG-004-D007', 'test']] };
const packs = FRAMEWORKS.map((p) => ({ ...p, mapping: { ...p.mapping, ...(mapped[p.id] ? { [exposure.meta.id]: mapped[p.id]! } : {}) } }));

describe('engine, risk and gap analysis together', () => {
  it('adjusts failing findings only, and measures the control from what the engine found', async () => {
    const open = makeAsset({ kind: 'workspace', id: 'ws-open', tags: { Environment: 'prod' }, facts: { publicNetworkAccess: true } });
    const closed = makeAsset({ kind: 'workspace', id: 'ws-closed', tags: { env: 'dev' }, facts: { publicNetworkAccess: false, loggingEnabled: true } });
    const unseen = makeAsset({ kind: 'workspace', id: 'ws-unseen' });
    const graph = makeGraph([open, closed, unseen]);

    const { findings } = await runRules({ rules: [exposure], graph, risk: createRiskAssessor(graph), concurrency: 1 });
    const byAsset = Object.fromEntries(findings.map((f) => [f.assetId, f]));
    // An exposure finding's own exposure is not counted again, and production alone is the medium tier.
    expect(byAsset['ws-open']).toMatchObject({ status: 'fail', severity: 'high' });
    expect(byAsset['ws-open']!.adjustment?.reasons).toEqual([
      'tag Environment=prod (production, no sensitive-data or criticality tag) → tier medium',
      'publicNetworkAccess=true is already counted by this exposure finding → not counted again, likelihood medium',
      'result: high unchanged',
    ]);
    expect(byAsset['ws-closed']).toMatchObject({ status: 'pass', severity: 'high' });
    expect(byAsset['ws-closed']!.adjustment).toBeUndefined();
    expect(byAsset['ws-unseen']!.status).toBe('unknown');

    const [aira, amlsg] = assessFrameworks({ findings, rules: [exposure.meta], attestations: [], frameworks: packs });
    const network = aira!.controls.find((c) => c.controlId === '5.5.2')!;
    expect(network).toMatchObject({
      status: 'partly-met',
      rules: ['test/public-network-access'],
      assetsPassing: 1,
      assetsFailing: 1,
      assetsUnknown: 1,
      failingFindings: 1,
    });
    expect(network.basis).toBe(
      // 5.5.2 has a procedural half (assessment 'both'), and no attestation answers it here.
      '1 of 3 assets fail rule test/public-network-access; 1 could not be seen (it counts as unknown, never as a pass); no attestation answers the procedural part; the worse of the two counts.',
    );
    expect(amlsg!.controls.find((c) => c.controlId === 'A-MLSG-004-D007')!.status).toBe('partly-met');
    expect(aira!.counts['partly-met']).toBe(1);
    expect(aira!.counts['not-assessed']).toBe(FRAMEWORKS[0]!.controls.length - 1);
  });
});
