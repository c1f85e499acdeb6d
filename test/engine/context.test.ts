import { describe, expect, it } from 'vitest';
import { createContext, defineRule, interpolate, type AnyRule } from '../../src/engine/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const templates = {
  plain: '{{name}} is a {{ kind }}',
  data: '{{name}} has {{count}} of {{missing}}',
  inherited: '{{toString}}|{{__proto__}}|{{constructor}}',
};

function ruleWith(messages: Record<string, string>): AnyRule {
  return defineRule({
    meta: { id: 'test/context', title: 't', family: 'exposure', severity: 'low', appliesTo: ['workspace'], rationale: 't', remediation: { text: 't' }, messages },
    evaluate: (_asset, ctx) => ctx.pass('plain'),
  });
}

describe('createContext verdict messages', () => {
  const asset = makeAsset({ kind: 'workspace', id: 'ws-1', name: 'ws-one' });
  const ctx = createContext(ruleWith(templates), asset, makeGraph([asset]));
  const expected = (template: string, data?: Record<string, unknown>) => interpolate(template, { name: asset.name, kind: asset.kind, ...data });

  it('reads name and kind from the asset, and data over them, as interpolate over the merged object would', () => {
    expect(ctx.pass('plain').message).toBe('ws-one is a workspace');
    expect(ctx.fail('plain', { data: { name: 'override' } }).message).toBe(expected(templates.plain, { name: 'override' }));
    expect(ctx.pass('data', { data: { count: 3 } }).message).toBe('ws-one has 3 of {{missing}}');
    expect(ctx.pass('inherited').message).toBe(expected(templates.inherited));
    expect(ctx.pass('inherited', { data: { constructor: 'c' } }).message).toBe(expected(templates.inherited, { constructor: 'c' }));
  });

  it('builds every verdict kind from the one context', () => {
    expect(ctx.pass('plain', { evidence: { a: 1 }, subject: 's', path: ['ws-1'] })).toEqual({
      status: 'pass', messageId: 'plain', message: 'ws-one is a workspace', evidence: { a: 1 }, path: ['ws-1'], subject: 's',
    });
    expect(ctx.unknown(['publicNetworkAccess'])).toMatchObject({ status: 'unknown', missingFacts: ['publicNetworkAccess'] });
    expect(ctx.requireFacts('publicNetworkAccess')).toMatchObject({ status: 'unknown', message: 'Could not see publicNetworkAccess for ws-one; not assessed.' });
    expect(ctx.notApplicable('no reason')).toEqual({ status: 'not_applicable', message: 'Does not apply to ws-one: no reason.', evidence: {}, reason: 'no reason' });
    expect(() => ctx.pass('absent')).toThrow("rule test/context has no message 'absent'");
    // Only the rule's own messages: not what every object inherits.
    expect(() => ctx.fail('toString')).toThrow("rule test/context has no message 'toString'");
  });

  it('gives every verdict the same fields in the same order (one shape, so the engine reads them fast)', () => {
    const verdicts = [
      ctx.pass('plain'),
      ctx.fail('data', { evidence: { a: 1 }, path: ['ws-1'], subject: 's', data: { count: 1 } }),
      ctx.unknown(['publicNetworkAccess'], { subject: 's' }),
      ctx.notApplicable('no reason'),
    ];
    for (const verdict of verdicts) expect(Object.keys(verdict)).toEqual(['status', 'messageId', 'message', 'evidence', 'path', 'missingFacts', 'subject', 'reason']);
    expect(verdicts[1]).toMatchObject({ path: ['ws-1'], subject: 's', evidence: { a: 1 } });
    expect(verdicts[0]!.path).toBeUndefined();
  });
});
