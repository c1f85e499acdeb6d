import { describe, expect, it } from 'vitest';
import { judge, judgeFact } from '../../../rules/_lib/verdicts.js';
import { createContext, type AnyRule, type RuleContext } from '../../../src/engine/index.js';
import type { Asset, Facts } from '../../../src/model/index.js';
import { makeAsset, makeGraph } from '../../support/assets.js';

const rule = { meta: { id: 'test/verdicts', messages: { good: '{{name}} is good ({{why}})', bad: '{{name}} is bad' } } } as unknown as AnyRule;
const messages = { pass: 'good', fail: 'bad' } as const;

function contextFor(facts: Facts): { asset: Asset; ctx: RuleContext<'good' | 'bad'> } {
  const asset = makeAsset({ kind: 'storage', name: 'st', facts });
  return { asset, ctx: createContext(rule, asset, makeGraph([asset])) as RuleContext<'good' | 'bad'> };
}

describe('judge', () => {
  const { ctx } = contextFor({});

  it('passes and fails on a known value, keeping evidence and interpolating data', () => {
    expect(judge(ctx, true, 'x', messages, { x: 1 }, { why: 'checked' })).toEqual({ status: 'pass', messageId: 'good', message: 'st is good (checked)', evidence: { x: 1 } });
    expect(judge(ctx, false, 'x', messages, { x: 2 })).toEqual({ status: 'fail', messageId: 'bad', message: 'st is bad', evidence: { x: 2 } });
  });

  it('is unknown, naming what is missing, when the value was not read', () => {
    const v = judge(ctx, undefined, 'VpcConfig', messages, { VpcConfig: null });
    expect(v.status).toBe('unknown');
    expect(v.missingFacts).toEqual(['VpcConfig']);
    expect(v.evidence).toEqual({ VpcConfig: null });
  });
});

describe('judgeFact', () => {
  it('compares a boolean fact with its safe value', () => {
    const off = contextFor({ versioning: false });
    expect(judgeFact(off.asset, off.ctx, 'versioning', true, messages)).toMatchObject({ status: 'fail', messageId: 'bad', evidence: { versioning: false } });
    const on = contextFor({ versioning: true });
    expect(judgeFact(on.asset, on.ctx, 'versioning', true, messages)).toMatchObject({ status: 'pass', evidence: { versioning: true } });
    const open = contextFor({ publicIp: true });
    expect(judgeFact(open.asset, open.ctx, 'publicIp', false, messages).status).toBe('fail');
  });

  it('applies a predicate to any fact and passes data to the message', () => {
    const cmk = contextFor({ encryption: 'cmk' });
    expect(judgeFact(cmk.asset, cmk.ctx, 'encryption', (e) => e === 'cmk', messages, { why: 'cmk' })).toMatchObject({ status: 'pass', message: 'st is good (cmk)' });
    const platform = contextFor({ encryption: 'platform' });
    expect(judgeFact(platform.asset, platform.ctx, 'encryption', (e) => e === 'cmk', messages)).toMatchObject({ status: 'fail', evidence: { encryption: 'platform' } });
  });

  it('is unknown with empty evidence when the fact was not read, exactly like requireFacts', () => {
    const blind = contextFor({});
    const v = judgeFact(blind.asset, blind.ctx, 'versioning', true, messages);
    expect(v).toEqual(blind.ctx.requireFacts('versioning'));
    expect(v).toMatchObject({ status: 'unknown', missingFacts: ['versioning'], evidence: {} });
    expect(Object.keys(v.evidence)).toEqual([]);
  });
});
