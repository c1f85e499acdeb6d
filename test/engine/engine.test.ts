import { describe, expect, it } from 'vitest';
import { defineRule, runRules, selectRules, type AnyRule, type RiskAssessor } from '../../src/engine/index.js';
import { FRAMEWORKS } from '../../src/frameworks/index.js';
import type { Asset, Finding, Severity } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

/** A rule on `kind` that fails when `publicNetworkAccess` is true; the workhorse of these tests. */
function publicRule(id: string, severity: Severity, overrides: Partial<AnyRule['meta']> = {}): AnyRule {
  return defineRule({
    meta: {
      id,
      title: `test rule ${id}`,
      family: 'exposure',
      severity,
      appliesTo: ['workspace', 'endpoint'],
      rationale: 'test',
      remediation: { text: 'test' },
      messages: { open: '{{name}} open', closed: '{{name}} closed' },
      ...overrides,
    },
    evaluate: (asset, ctx) =>
      ctx.requireFacts('publicNetworkAccess') ??
      (asset.facts.publicNetworkAccess ? ctx.fail('open') : ctx.pass('closed')),
  });
}

function brokenRule(id: string, evaluate: AnyRule['evaluate']): AnyRule {
  return { meta: { ...publicRule(id, 'high').meta, appliesTo: ['workspace'] }, evaluate };
}

const ws = makeAsset({ kind: 'workspace', id: 'ws-a', name: 'ws-a', facts: { publicNetworkAccess: true } });
const ep = makeAsset({ kind: 'endpoint', id: 'ep-b', name: 'ep-b', facts: { publicNetworkAccess: false } });
const awsEp = makeAsset({ kind: 'endpoint', provider: 'aws', id: 'ep-aws', name: 'ep-aws', facts: {} });

const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId}|${f.assetId}|${f.status}`);

describe('runRules isolates each (rule, asset) evaluation', () => {
  it('turns a throw into one error finding for that asset while other rules still report', async () => {
    const thrower = brokenRule('test/throws', () => {
      throw new Error('boom');
    });
    const { findings } = await runRules({ rules: [thrower, publicRule('test/ok', 'high')], graph: makeGraph([ws, ep]) });
    expect(summary(findings)).toEqual(['test/ok|ep-b|pass', 'test/ok|ws-a|fail', 'test/throws|ws-a|error']);
    const error = findings.find((f) => f.status === 'error')!;
    expect(error.message).toBe('Rule failed to evaluate: boom');
    expect(error.severity).toBe('high');
  });

  it('turns an evaluation that never settles into an error after timeoutMs', async () => {
    const hangs = brokenRule('test/hangs', () => new Promise(() => {}));
    const started = Date.now();
    const { findings } = await runRules({ rules: [hangs, publicRule('test/ok', 'high')], graph: makeGraph([ws]), timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(summary(findings)).toEqual(['test/hangs|ws-a|error', 'test/ok|ws-a|fail']);
    expect(findings[0]!.message).toBe('Rule failed to evaluate: rule test/hangs timed out after 50 ms');
  });

  it('turns a rejected promise into an error', async () => {
    const rejects = brokenRule('test/rejects', async () => Promise.reject(new Error('denied')));
    const { findings } = await runRules({ rules: [rejects], graph: makeGraph([ws]) });
    expect(findings.map((f) => [f.status, f.message])).toEqual([['error', 'Rule failed to evaluate: denied']]);
  });

  it('turns a message that is not text into an error finding where it is used, not a failed scan', async () => {
    const odd = publicRule('test/odd-message', 'high');
    const broken: AnyRule = { ...odd, meta: { ...odd.meta, messages: { open: 42 as unknown as string, closed: '{{name}} closed' } } };
    const { findings } = await runRules({ rules: [broken], graph: makeGraph([ws, ep]) });
    expect(findings.map((f) => [f.assetId, f.status, f.message])).toEqual([
      ['ep-b', 'pass', 'ep-b closed'],
      ['ws-a', 'error', "Rule failed to evaluate: rule test/odd-message has no message 'open'"],
    ]);
  });

  it('treats an empty verdict list as an error, never a silent pass', async () => {
    const empty = brokenRule('test/empty', () => []);
    const { findings } = await runRules({ rules: [empty], graph: makeGraph([ws]) });
    expect(summary(findings)).toEqual(['test/empty|ws-a|error']);
    expect(findings[0]!.message).toBe('Rule failed to evaluate: rule test/empty returned no verdict');
  });

  it('treats a malformed verdict as an error', async () => {
    const bogus = brokenRule('test/bogus', () => ({ status: 'ok' }) as never);
    const { findings } = await runRules({ rules: [bogus], graph: makeGraph([ws]) });
    expect(summary(findings)).toEqual(['test/bogus|ws-a|error']);
  });

  it('reports missing facts as unknown with the facts named', async () => {
    const { findings } = await runRules({ rules: [publicRule('test/ok', 'high')], graph: makeGraph([awsEp]) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'unknown', missingFacts: ['publicNetworkAccess'], assetId: 'ep-aws' });
  });
});

describe('runRules scoping', () => {
  it('gives no finding when applies() says no, and counts only applicable evaluations', async () => {
    const onlyEndpoints = defineRule({ ...publicRule('test/applies', 'low'), applies: (a: Asset) => a.kind === 'endpoint' });
    const { findings, stats } = await runRules({ rules: [onlyEndpoints], graph: makeGraph([ws, ep]) });
    expect(summary(findings)).toEqual(['test/applies|ep-b|pass']);
    expect(stats).toEqual({ evaluations: 1, rules: 1, assets: 2 });
  });

  it('runs provider-specific rules only on that provider', async () => {
    const awsOnly = publicRule('aws/test', 'medium', { providers: ['aws'] });
    const { findings } = await runRules({ rules: [awsOnly], graph: makeGraph([ws, ep, awsEp]) });
    expect(summary(findings)).toEqual(['aws/test|ep-aws|unknown']);
  });

  it('skips assets whose kind the rule does not list', async () => {
    const wsOnly = publicRule('test/ws', 'medium', { appliesTo: ['workspace'] });
    const { findings } = await runRules({ rules: [wsOnly], graph: makeGraph([ws, ep]) });
    expect(summary(findings)).toEqual(['test/ws|ws-a|fail']);
  });

  it('applies the risk assessor to fail findings only', async () => {
    const risk: RiskAssessor = {
      assess: (base) => ({ severity: 'critical', adjustment: { base, criticality: 'high', likelihood: 'high', reasons: ['test'] } }),
    };
    const { findings } = await runRules({ rules: [publicRule('test/ok', 'medium')], graph: makeGraph([ws, ep]), risk });
    expect(findings.map((f) => [f.assetId, f.status, f.severity])).toEqual([
      ['ws-a', 'fail', 'critical'],
      ['ep-b', 'pass', 'medium'],
    ]);
    expect(findings[0]!.adjustment).toEqual({ base: 'medium', criticality: 'high', likelihood: 'high', reasons: ['test'] });
  });
});

describe('runRules output order', () => {
  const assets = [
    makeAsset({ kind: 'workspace', id: 'ws-2', facts: { publicNetworkAccess: true } }),
    makeAsset({ kind: 'workspace', id: 'ws-1', facts: { publicNetworkAccess: true } }),
    makeAsset({ kind: 'endpoint', id: 'ep-3', facts: { publicNetworkAccess: true } }),
  ];
  const rules = [publicRule('z/low', 'low'), publicRule('b/high', 'high'), publicRule('a/high', 'high'), publicRule('m/critical', 'critical')];

  it('sorts by severity, then rule id, then asset id', async () => {
    const { findings } = await runRules({ rules, graph: makeGraph(assets), concurrency: 3, batchSize: 1 });
    expect(findings.map((f) => `${f.severity}|${f.ruleId}|${f.assetId}`)).toEqual([
      'critical|m/critical|ep-3',
      'critical|m/critical|ws-1',
      'critical|m/critical|ws-2',
      'high|a/high|ep-3',
      'high|a/high|ws-1',
      'high|a/high|ws-2',
      'high|b/high|ep-3',
      'high|b/high|ws-1',
      'high|b/high|ws-2',
      'low|z/low|ep-3',
      'low|z/low|ws-1',
      'low|z/low|ws-2',
    ]);
  });

  it('does not depend on the order of rules or assets', async () => {
    const forward = await runRules({ rules, graph: makeGraph(assets), concurrency: 2, batchSize: 1 });
    const reversed = await runRules({ rules: [...rules].reverse(), graph: makeGraph([...assets].reverse()), concurrency: 4 });
    expect(reversed.findings).toEqual(forward.findings);
  });

  it('keeps the estate order of assets that share an id (ids compared as UTF-16 code units)', async () => {
    const same = (name: string) => makeAsset({ kind: 'workspace', id: 'ws-dup', name, facts: { publicNetworkAccess: true } });
    const estate = [same('first'), makeAsset({ kind: 'workspace', id: 'ws-\u00e9', name: 'ws-\u00e9', facts: {} }), makeAsset({ kind: 'workspace', id: 'WS-0', name: 'WS-0', facts: {} }), same('second')];
    const quiet = publicRule('test/dup', 'high', { messages: { open: 'open', closed: 'closed' } });
    const { findings } = await runRules({ rules: [quiet], graph: makeGraph(estate) });
    expect(findings.map((f) => `${f.assetId}|${f.assetName}`)).toEqual(['WS-0|WS-0', 'ws-dup|first', 'ws-dup|second', 'ws-\u00e9|ws-\u00e9']);
  });
});

describe('selectRules', () => {
  const rules = [
    publicRule('exposure/a', 'high'),
    publicRule('exposure/b', 'high'),
    publicRule('logging/c', 'medium', { family: 'logging' }),
    publicRule('aws/d', 'high', { providers: ['aws'] }),
    publicRule('azure/e', 'high', { providers: ['azure'] }),
  ];
  const ids = (selected: AnyRule[]) => selected.map((r) => r.meta.id);

  it('selects by exact id', () => {
    expect(ids(selectRules(rules, { ids: ['exposure/b'] }))).toEqual(['exposure/b']);
    expect(ids(selectRules(rules, { ids: ['exposure'] }))).toEqual([]);
  });

  it('selects by id prefix ending in a slash', () => {
    expect(ids(selectRules(rules, { ids: ['exposure/', 'aws/'] }))).toEqual(['exposure/a', 'exposure/b', 'aws/d']);
  });

  it('selects by family', () => {
    expect(ids(selectRules(rules, { families: ['logging'] }))).toEqual(['logging/c']);
  });

  it('keeps cross-cloud rules and the chosen provider only', () => {
    expect(ids(selectRules(rules, { providers: ['aws'] }))).toEqual(['exposure/a', 'exposure/b', 'logging/c', 'aws/d']);
  });

  it('selects by framework mapping: rules a chosen pack maps to a control', () => {
    // The packs, not the rules, hold the mapping; an empty list maps nothing.
    const pack = (id: string, mapping: Record<string, [string, string][]>) => ({ ...FRAMEWORKS[0]!, id, mapping });
    const packs = [pack('mitre-atlas', { 'exposure/b': [['AML.M0005', 'test']] }), pack('a-mlsg', { 'logging/c': [['A-MLSG-002-D005', 'test']], 'aws/d': [] })];
    expect(ids(selectRules(rules, { frameworks: ['mitre-atlas'] }, packs))).toEqual(['exposure/b']);
    expect(ids(selectRules(rules, { frameworks: ['a-mlsg', 'mitre-atlas'] }, packs))).toEqual(['exposure/b', 'logging/c']);
  });

  it('combines criteria with AND and returns everything for an empty selection', () => {
    expect(ids(selectRules(rules, { families: ['exposure'], providers: ['azure'] }))).toEqual(['exposure/a', 'exposure/b', 'azure/e']);
    expect(ids(selectRules(rules, {}))).toHaveLength(5);
  });
});

describe('runRules: one verdict per asset and concern', () => {
  const core = publicRule('exposure/test-public', 'high', { concern: 'test-public' });
  const azureWs = makeAsset({ kind: 'workspace', provider: 'azure', id: 'ws-az', name: 'ws-az', facts: { publicNetworkAccess: true } });
  const azureBlind = makeAsset({ kind: 'endpoint', provider: 'azure', id: 'ep-az', name: 'ep-az', facts: {} });
  const awsWs = makeAsset({ kind: 'workspace', provider: 'aws', id: 'ws-aws', name: 'ws-aws', facts: { publicNetworkAccess: true } });
  // More precise for Azure workspaces only: it does not apply to endpoints.
  const precise = defineRule({
    ...publicRule('azure/test-public', 'high', { concern: 'test-public', providers: ['azure'], supersedes: ['exposure/test-public'] }),
    applies: (a: Asset) => a.kind === 'workspace',
  });

  it('does not evaluate a superseded rule on an asset the superseding rule gave a verdict on', async () => {
    const { findings, stats } = await runRules({ rules: [core, precise], graph: makeGraph([awsWs, azureWs, azureBlind]) });
    expect(summary(findings).sort()).toEqual(['azure/test-public|ws-az|fail', 'exposure/test-public|ep-az|unknown', 'exposure/test-public|ws-aws|fail']);
    expect(stats.evaluations).toBe(3);
  });

  it('still evaluates the superseded rule where the superseding one could only say unknown', async () => {
    const blindWs = makeAsset({ kind: 'workspace', provider: 'azure', id: 'ws-blind', name: 'ws-blind', facts: {} });
    const rawRule = defineRule({ ...precise, evaluate: (_a, ctx) => ctx.unknown(['raw.properties']) });
    const { findings } = await runRules({ rules: [rawRule, core], graph: makeGraph([blindWs]) });
    expect(summary(findings).sort()).toEqual(['azure/test-public|ws-blind|unknown', 'exposure/test-public|ws-blind|unknown']);
  });

  it('runs a superseded rule selected alone on every asset', async () => {
    const selected = selectRules([core, precise], { ids: ['exposure/test-public'] });
    const { findings } = await runRules({ rules: selected, graph: makeGraph([azureWs]) });
    expect(summary(findings)).toEqual(['exposure/test-public|ws-az|fail']);
  });
});

describe('runRules: not_applicable from the providers\' fact carriers', () => {
  const carriers = { azure: { 'Test::workspace': ['publicNetworkAccess'], 'Test::endpoint': ['authModes'] } } as const;
  const blindWs = makeAsset({ kind: 'workspace', id: 'ws-unread', name: 'ws-unread', facts: {} });
  const blindEp = makeAsset({ kind: 'endpoint', id: 'ep-never', name: 'ep-never', facts: {} });
  const strangeEp = makeAsset({ kind: 'endpoint', id: 'ep-strange', name: 'ep-strange', nativeType: 'Test::unbuilt', facts: {} });
  const awsBlind = makeAsset({ kind: 'endpoint', provider: 'aws', id: 'ep-aws-blind', name: 'ep-aws-blind', facts: {} });

  it('a fact the type can carry but was not read stays unknown; one it never carries is not_applicable, with the reason', async () => {
    const { findings } = await runRules({ rules: [publicRule('test/ok', 'high')], graph: makeGraph([ws, blindWs, blindEp, strangeEp, awsBlind]), factCarriers: carriers });
    expect(summary(findings).sort()).toEqual(['test/ok|ep-aws-blind|unknown', 'test/ok|ep-never|not_applicable', 'test/ok|ep-strange|not_applicable', 'test/ok|ws-a|fail', 'test/ok|ws-unread|unknown'].sort());
    const byAsset = new Map(findings.map((f) => [f.assetId, f]));
    expect(byAsset.get('ep-never')).toMatchObject({ reason: 'no collector of azure sets publicNetworkAccess on Test::endpoint', message: 'Does not apply to ep-never: no collector of azure sets publicNetworkAccess on Test::endpoint.' });
    expect(byAsset.get('ep-never')!.missingFacts).toBeUndefined();
    expect(byAsset.get('ep-strange')!.reason).toBe('no collector of azure builds Test::unbuilt assets');
    expect(byAsset.get('ws-unread')!.missingFacts).toEqual(['publicNetworkAccess']);
  });

  it('without fact carriers (hand-made assets, an unregistered provider) every missing fact is unknown', async () => {
    const { findings } = await runRules({ rules: [publicRule('test/ok', 'high')], graph: makeGraph([blindEp, strangeEp]) });
    expect(summary(findings).sort()).toEqual(['test/ok|ep-never|unknown', 'test/ok|ep-strange|unknown']);
  });

  it('a rule may say not_applicable itself; it is never risk-adjusted and does not supersede', async () => {
    const assessed: string[] = [];
    const risk: RiskAssessor = {
      assess: (base, _asset, finding) => {
        assessed.push(`${finding.ruleId}|${finding.status}`);
        return { severity: base, adjustment: { base, criticality: 'medium', likelihood: 'medium', reasons: [] } };
      },
    };
    const na = defineRule({ ...publicRule('azure/test-na', 'high', { supersedes: ['test/ok'], providers: ['azure'] }), evaluate: (_a, ctx) => ctx.notApplicable('the setting does not exist here') });
    const { findings } = await runRules({ rules: [na, publicRule('test/ok', 'high')], graph: makeGraph([ws]), risk });
    expect(summary(findings).sort()).toEqual(['azure/test-na|ws-a|not_applicable', 'test/ok|ws-a|fail']);
    expect(assessed).toEqual(['test/ok|fail']);
    expect(findings.find((f) => f.status === 'not_applicable')).toMatchObject({ reason: 'the setting does not exist here' });
  });
});

describe('runRules timings', () => {
  it('times the candidate index, evaluation, risk and sorting as separate steps', async () => {
    const ws = makeAsset({ kind: 'workspace', id: 'ws-t', name: 'ws-t', facts: { publicNetworkAccess: true } });
    let assessed = 0;
    const risk: RiskAssessor = { assess: (base) => (assessed++, { severity: base, adjustment: { base, criticality: 'medium', likelihood: 'medium', reasons: [] } }) };
    const { timings, findings } = await runRules({ rules: [publicRule('test/timed', 'high')], graph: makeGraph([ws]), risk });
    expect(Object.keys(timings).sort()).toEqual(['evaluateMs', 'fingerprintWaitMs', 'indexMs', 'riskMs', 'sortMs']);
    for (const ms of Object.values(timings)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(assessed).toBe(1);
    expect(findings[0]!.adjustment).toEqual({ base: 'high', criticality: 'medium', likelihood: 'medium', reasons: [] });
  });
});
