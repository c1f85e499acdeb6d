import { describe, expect, it } from 'vitest';
import { defineRule, findingFingerprint, fingerprinterFor, runRules, type AnyRule } from '../../src/engine/index.js';
import { fingerprintRecipe } from '../../src/engine/fingerprint.js';
import { FindingSchema, type Finding, type Severity } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

/** A rule that fails on public workspaces and endpoints; message text and severity are parameters. */
function rule(id: string, severity: Severity, text: string, concern?: string): AnyRule {
  return defineRule({
    meta: {
      id,
      title: `title ${text}`,
      family: 'exposure',
      severity,
      appliesTo: ['workspace', 'endpoint'],
      rationale: text,
      remediation: { text },
      messages: { open: `{{name}} ${text}`, closed: `{{name}} closed ${text}` },
      ...(concern ? { concern } : {}),
    },
    evaluate: (asset, ctx) =>
      ctx.requireFacts('publicNetworkAccess') ?? (asset.facts.publicNetworkAccess ? ctx.fail('open') : ctx.pass('closed')),
  });
}

const ws = makeAsset({ kind: 'workspace', id: 'ws-a', name: 'ws-a', facts: { publicNetworkAccess: true } });
const ep = makeAsset({ kind: 'endpoint', id: 'ep-b', name: 'ep-b', facts: { publicNetworkAccess: false } });
const bare = makeAsset({ kind: 'endpoint', id: 'ep-c', name: 'ep-c', facts: {} });

const byKey = (findings: Finding[]) => new Map(findings.map((f) => [`${f.ruleId}|${f.assetId}`, f.fingerprint]));

describe('finding fingerprint', () => {
  it('matches the documented recipe (golden values: change the recipe only with a new version prefix)', () => {
    // sha256 of ["exposure/workspace-public-network-access","exposure/workspace-public-network-access","arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring"]
    expect(findingFingerprint('exposure/workspace-public-network-access', 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/fraud-scoring')).toBe(
      'mlscan/v1/cc75a4bf091dbc3407ba412b003de84b3ceb97b7b878398b96b71a3c48785d71',
    );
    // sha256 of ["workspace-public-access","aws/sagemaker-notebook-direct-internet","ws-a"]
    expect(findingFingerprint('aws/sagemaker-notebook-direct-internet', 'ws-a', 'workspace-public-access')).toBe(
      'mlscan/v1/f6942722e9cd7e2eb98e0e113b7bd91c69128b3df03da5a59073c6122bcb05c5',
    );
  });

  it('is set on every finding the engine makes, for every status, and fits the published schema', async () => {
    const thrower: AnyRule = {
      meta: rule('test/throws', 'high', 'x').meta,
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const { findings } = await runRules({ rules: [rule('test/a', 'high', 'x'), thrower], graph: makeGraph([ws, ep, bare]) });
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['fail', 'pass', 'unknown', 'error']));
    for (const f of findings) {
      expect(f.fingerprint).toBe(findingFingerprint(f.ruleId, f.assetId));
      expect(FindingSchema.shape.fingerprint.safeParse(f.fingerprint).success).toBe(true);
    }
  });

  it('survives rule text changes, severity changes and re-ordering of rules and assets', async () => {
    const first = await runRules({ rules: [rule('test/a', 'high', 'one'), rule('test/b', 'low', 'one')], graph: makeGraph([ws, ep, bare]) });
    const second = await runRules({
      rules: [rule('test/b', 'critical', 'two, reworded'), rule('test/a', 'info', 'two, reworded')],
      graph: makeGraph([bare, ep, ws]),
    });
    expect(first.findings.map((f) => f.message)).not.toEqual(second.findings.map((f) => f.message));
    expect(byKey(second.findings)).toEqual(byKey(first.findings));
    expect(byKey(first.findings).size).toBe(6);
  });

  it('ignores status: the same rule on the same asset keeps its fingerprint from fail to pass', async () => {
    const open = await runRules({ rules: [rule('test/a', 'high', 'x')], graph: makeGraph([ws]) });
    const closed = await runRules({ rules: [rule('test/a', 'high', 'x')], graph: makeGraph([{ ...ws, facts: { publicNetworkAccess: false } }]) });
    expect(open.findings[0]!.status).toBe('fail');
    expect(closed.findings[0]!.status).toBe('pass');
    expect(closed.findings[0]!.fingerprint).toBe(open.findings[0]!.fingerprint);
  });

  it('differs for a different asset, rule or concern', async () => {
    const { findings } = await runRules({ rules: [rule('test/a', 'high', 'x'), rule('test/b', 'high', 'x')], graph: makeGraph([ws, ep, bare]) });
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    expect(findingFingerprint('test/a', 'ws-a')).not.toBe(findingFingerprint('test/a', 'ws-a', 'other-concern'));
    // The canonical JSON array keeps fields apart: no concatenation ambiguity.
    expect(findingFingerprint('a/b', 'c')).not.toBe(findingFingerprint('a', 'b/c'));
  });

  it('uses the declared concern of the rule', async () => {
    const { findings } = await runRules({ rules: [rule('test/precise', 'high', 'x', 'public-access')], graph: makeGraph([ws]) });
    expect(findings[0]!.fingerprint).toBe(findingFingerprint('test/precise', 'ws-a', 'public-access'));
    expect(findings[0]!.fingerprint).not.toBe(findingFingerprint('test/precise', 'ws-a'));
  });

  it('keeps several verdicts of one rule on one asset apart by their subject, and numbers any left alike', async () => {
    const variants: AnyRule = defineRule({
      meta: { ...rule('test/variants', 'high', 'x').meta, messages: { single: 'variant {{variant}} single', ok: 'ok' } },
      evaluate: (_asset, ctx) => [
        ctx.fail('single', { data: { variant: 'a' }, subject: 'variant:a' }),
        ctx.fail('single', { data: { variant: 'b' }, subject: 'variant:b' }),
        ctx.fail('single', { data: { variant: 'b' }, subject: 'variant:b' }),
      ],
    });
    const { findings } = await runRules({ rules: [variants], graph: makeGraph([ws]) });
    expect(findings.map((f) => f.subject)).toEqual(['variant:a', 'variant:b', 'variant:b#2']);
    expect(findings[0]!.fingerprint).toBe(findingFingerprint('test/variants', 'ws-a', undefined, 'variant:a'));
    // sha256 of ["test/variants","test/variants","ws-a","variant:b#2"]
    expect(findings[2]!.fingerprint).toBe(findingFingerprint('test/variants', 'ws-a', undefined, 'variant:b#2'));
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
    // Without a subject the recipe is the three-member one: one verdict per asset keeps its v1 identity.
    expect(findingFingerprint('test/variants', 'ws-a', undefined, undefined)).toBe(findingFingerprint('test/variants', 'ws-a'));
    expect(findingFingerprint('test/variants', 'ws-a', undefined, 'variant:a')).not.toBe(findingFingerprint('test/variants', 'ws-a'));
  });
});

describe('fingerprinterFor', () => {
  it('gives findingFingerprint for plain and escaped texts, with and without a subject', () => {
    const cases: Array<[string, string | undefined, string, string | undefined]> = [
      ['exposure/x', undefined, 'arn:aws:sagemaker:eu-west-1:1:endpoint/e', undefined],
      ['exposure/x', 'concern-x', 'ws-a', 'model:m1'],
      ['exposure/x', undefined, 'id "quoted" \\ back', undefined],
      ['exposure/x', undefined, 'ws-a', 'sub\u0001ject'],
      ['rule"odd', 'con\\cern', 'ws-a', undefined],
      ['exposure/x', undefined, 'lone \ud800 surrogate', '\u2028'],
    ];
    for (const [ruleId, concern, assetId, subject] of cases) {
      expect(fingerprinterFor(ruleId, concern)(assetId, subject)).toBe(findingFingerprint(ruleId, assetId, concern, subject));
    }
  });

  it('gives the same with the asset id checked once by the caller (the worker asks once per asset)', () => {
    const { isPlainJsonText } = fingerprintRecipe((text) => text);
    for (const assetId of ['ws-a', 'id "quoted"', 'back\\slash', 'lone \ud800', 'tab\there', 'é\u2028']) {
      expect(isPlainJsonText(assetId)).toBe(JSON.stringify(assetId) === `"${assetId}"`);
      for (const subject of [undefined, 'variant-1', 'q"uote']) {
        expect(fingerprinterFor('exposure/x', 'c')(assetId, subject, isPlainJsonText(assetId))).toBe(findingFingerprint('exposure/x', assetId, 'c', subject));
      }
    }
  });
});
