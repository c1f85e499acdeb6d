import { describe, expect, it } from 'vitest';
import { createContext, defineRule } from '../../src/engine/index.js';
import { AssetGraph, gapHides } from '../../src/graph/index.js';
import type { CoverageGap } from '../../src/model/index.js';
import { makeAsset } from '../support/assets.js';

const ACCOUNT = '111122223333';
const gap = (extra: Partial<CoverageGap> = {}): CoverageGap => ({ provider: 'aws', account: ACCOUNT, region: 'eu-west-1', service: 'sagemaker', errorCode: 'AccessDeniedException', kinds: ['training-job'], ...extra });

describe('gapHides: may a coverage gap have hidden assets of a kind at a place?', () => {
  it('matches the account, the kinds and the region', () => {
    expect(gapHides(gap(), 'training-job', { account: ACCOUNT, region: 'eu-west-1' })).toBe(true);
    expect(gapHides(gap(), 'model', { account: ACCOUNT, region: 'eu-west-1' })).toBe(false);
    expect(gapHides(gap(), 'training-job', { account: '444455556666', region: 'eu-west-1' })).toBe(false);
    expect(gapHides(gap(), 'training-job', { account: ACCOUNT, region: 'us-east-1' })).toBe(false);
  });

  it('treats what a gap or a question leaves open as covering everything', () => {
    expect(gapHides(gap({ kinds: undefined }), 'storage', { account: ACCOUNT, region: 'eu-west-1' })).toBe(true);
    expect(gapHides(gap({ region: undefined }), 'training-job', { account: ACCOUNT, region: 'us-east-1' })).toBe(true);
    expect(gapHides(gap(), 'training-job', { account: ACCOUNT })).toBe(true);
  });

  it('narrows by scope: the same resource, one under the other (ARM ids, any case), never a sibling', () => {
    const ws = `/subscriptions/${ACCOUNT}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws`;
    const scoped = gap({ region: undefined, kinds: ['deployment'], scope: `${ws}/onlineEndpoints/a` });
    const where = (scope?: string) => ({ account: ACCOUNT, ...(scope ? { scope } : {}) });
    expect(gapHides(scoped, 'deployment', where(`${ws}/onlineEndpoints/a`))).toBe(true);
    expect(gapHides(scoped, 'deployment', where(`${ws.toUpperCase()}/ONLINEENDPOINTS/A`))).toBe(true);
    expect(gapHides(scoped, 'deployment', where(ws))).toBe(true);
    expect(gapHides(scoped, 'deployment', where(`${ws}/onlineEndpoints/ab`))).toBe(false);
    expect(gapHides(scoped, 'deployment', where())).toBe(true);
    expect(gapHides(gap({ region: undefined, kinds: ['deployment'], scope: ws }), 'deployment', where(`${ws}/onlineEndpoints/b`))).toBe(true);
  });
});

describe('ctx.requireSeen', () => {
  const rule = defineRule({
    meta: { id: 'test/seen', title: 't', family: 'integrity', severity: 'low', appliesTo: ['endpoint'], rationale: 't', remediation: { text: 't' }, messages: { ok: 'ok' } },
    evaluate: (_asset, ctx) => ctx.pass('ok'),
  });
  const endpoint = makeAsset({ kind: 'endpoint', provider: 'aws', account: ACCOUNT, region: 'eu-west-1' });
  const contextWith = (...gaps: CoverageGap[]) => createContext(rule, endpoint, new AssetGraph([endpoint], [], gaps));

  it('is undefined when no gap hides the kinds at the asset’s account and region', () => {
    expect(contextWith().requireSeen(['training-job'])).toBeUndefined();
    expect(contextWith(gap({ region: 'us-east-1' })).requireSeen(['training-job'])).toBeUndefined();
  });

  it('is an unknown verdict naming the hidden kinds, with the gaps as evidence', () => {
    const verdict = contextWith(gap()).requireSeen(['model', 'training-job']);
    expect(verdict).toMatchObject({
      status: 'unknown',
      missingFacts: ['training-job'],
      evidence: { coverageGaps: [{ service: 'sagemaker', errorCode: 'AccessDeniedException', region: 'eu-west-1', kinds: ['training-job'] }] },
    });
  });

  it('looks wherever it is told: any region of the account', () => {
    expect(contextWith(gap({ region: 'us-east-1', kinds: ['storage'] })).requireSeen(['storage'], { account: ACCOUNT })).toMatchObject({ status: 'unknown' });
  });
});
