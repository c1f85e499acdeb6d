import { describe, expect, it } from 'vitest';
import { assessFrameworks, FRAMEWORKS } from '../../src/frameworks/index.js';
import type { FrameworkPack } from '../../src/frameworks/index.js';
import type { Attestation, ControlAssessment, Finding } from '../../src/model/index.js';
import { storageFinding } from '../support/findings.js';

/** One control per assessment mode, so each test reads the control it is about; the pack maps the test rules. */
const framework: FrameworkPack = {
  id: 'ms-ai-risk',
  name: 'Test framework',
  source: 'test',
  version: '1',
  controlIdPattern: /^\d+\.\d+\.\d+$/,
  mapping: { r1: [['5.2.3', 'test']], r2: [['5.2.3', 'test']], log: [['5.6.1', 'test']], sink: [['5.7.1', 'test']] },
  controls: [
    { id: '5.2.3', title: 'storage', area: 'a', statement: 's', assessment: 'automated' },
    { id: '5.6.1', title: 'logs', area: 'a', statement: 's', assessment: 'both' },
    { id: '5.7.1', title: 'playbook', area: 'a', statement: 's', assessment: 'attestation' },
  ],
};

type Rule = { id: string };
const storage: Rule = { id: 'r1' };
const storage2: Rule = { id: 'r2' };
const logging: Rule = { id: 'log' };
const incident: Rule = { id: 'sink' };

const f = storageFinding;

const attest = (control: string, status: Attestation['status']): Attestation => ({
  control,
  framework: 'ms-ai-risk',
  status,
  evidence: 'https://wiki.example/x',
  owner: 'secops',
  date: '2026-10-01',
});

function control(id: string, findings: Finding[], rules: Rule[], attestations: Attestation[] = []): ControlAssessment {
  const [result] = assessFrameworks({ findings, rules, attestations, frameworks: [framework] });
  return result!.controls.find((c) => c.controlId === id)!;
}

describe('gap analysis: rule evidence', () => {
  it('leaves not_applicable findings out: neither a pass nor an unknown', () => {
    expect(control('5.2.3', [f('r1', 'a', 'pass'), f('r1', 'b', 'not_applicable')], [storage])).toMatchObject({ status: 'met', assetsPassing: 1, assetsUnknown: 0 });
    expect(control('5.2.3', [f('r1', 'b', 'not_applicable')], [storage])).toMatchObject({ status: 'not-assessed', assetsPassing: 0, assetsFailing: 0, assetsUnknown: 0 });
  });

  it('met when every judged asset passes', () => {
    const c = control('5.2.3', [f('r1', 'a', 'pass'), f('r1', 'b', 'pass')], [storage]);
    expect(c).toMatchObject({ status: 'met', rules: ['r1'], assetsPassing: 2, assetsFailing: 0, assetsUnknown: 0, failingFindings: 0 });
    expect(c.basis).toBe('All 2 assets pass rule r1.');
  });

  it('partly met when some assets fail and others pass; an asset failing any rule counts as failing', () => {
    const findings = [f('r1', 'a', 'pass'), f('r2', 'a', 'fail'), f('r2', 'a', 'fail'), f('r1', 'b', 'pass')];
    const c = control('5.2.3', findings, [storage2, storage]);
    expect(c).toMatchObject({ status: 'partly-met', rules: ['r1', 'r2'], assetsPassing: 1, assetsFailing: 1, failingFindings: 2 });
    expect(c.basis).toBe('1 of 2 assets fail rule r2.');
  });

  it('not met when assets fail and none pass, whatever else could not be judged', () => {
    const c = control('5.2.3', [f('r1', 'a', 'fail'), f('r1', 'b', 'fail'), f('r1', 'c', 'unknown')], [storage]);
    expect(c).toMatchObject({ status: 'not-met', assetsFailing: 2, assetsUnknown: 1 });
    expect(c.basis).toMatch(/^2 of 3 assets fail rule r1; 1 could not be seen/);
  });

  it('judges a suppressed finding by the verdict it hides (an accepted risk does not make a control met), and says so', () => {
    const accepted = (assetId: string, status: 'fail' | 'unknown'): Finding => ({
      ...f('r1', assetId, 'suppressed'),
      suppression: { status, id: 's.yaml#1', reason: 'accepted', expires: '2027-01-31' },
    });
    const c = control('5.2.3', [f('r1', 'a', 'pass'), accepted('b', 'fail')], [storage]);
    expect(c).toMatchObject({ status: 'partly-met', assetsPassing: 1, assetsFailing: 1, failingFindings: 1 });
    expect(c.basis).toBe('1 of 2 assets fail rule r1; 1 finding is suppressed as an accepted risk, still counted here by its own verdict.');
    const unseen = control('5.2.3', [f('r1', 'a', 'pass'), accepted('b', 'unknown'), accepted('c', 'unknown')], [storage]);
    expect(unseen).toMatchObject({ status: 'partly-met', assetsUnknown: 2 });
    expect(unseen.basis).toMatch(/2 could not be seen .*; 2 findings are suppressed as accepted risks, still counted here by their own verdicts\.$/);
  });

  it('not assessed when no rule that ran maps to the control, or the rules found nothing to judge', () => {
    expect(control('5.2.3', [], []).basis).toBe('No rule that ran gives evidence for this control.');
    const idle = control('5.2.3', [f('other', 'a', 'fail')], [storage]);
    expect(idle).toMatchObject({ status: 'not-assessed', rules: ['r1'], assetsFailing: 0 });
    expect(idle.basis).toBe('Rule r1 found no asset to judge.');
  });

  it('only unknown and error findings leave the control not assessed, and say why', () => {
    const c = control('5.2.3', [f('r1', 'a', 'unknown'), f('r1', 'b', 'error')], [storage]);
    expect(c).toMatchObject({ status: 'not-assessed', assetsUnknown: 2, assetsPassing: 0 });
    expect(c.basis).toMatch(/^None of the 2 assets could be judged by rule r1: 1 hit a rule error and 1 could not be seen/);
  });

  it('an error never counts as a pass, even next to passes', () => {
    const c = control('5.2.3', [f('r1', 'a', 'pass'), f('r2', 'a', 'error'), f('r1', 'b', 'pass')], [storage, storage2]);
    expect(c).toMatchObject({ status: 'partly-met', assetsPassing: 1, assetsUnknown: 1, assetsFailing: 0 });
    expect(c.basis).toMatch(/1 hit a rule error \(it counts as unknown, never as a pass\)/);
  });

  it('reads only the mapping of the framework being assessed', () => {
    const other: FrameworkPack = { ...framework, id: 'a-mlsg', mapping: { x: [['5.2.3', 'test']] } };
    const [own, theirs] = assessFrameworks({ findings: [f('x', 'a', 'fail')], rules: [{ id: 'x' }], attestations: [], frameworks: [framework, other] });
    expect(own!.controls.find((c) => c.controlId === '5.2.3')!.status).toBe('not-assessed');
    expect(theirs!.controls.find((c) => c.controlId === '5.2.3')!.status).toBe('not-met');
  });
});

describe('gap analysis: attestations', () => {
  it('attestation controls take the attested status', () => {
    const c = control('5.7.1', [], [], [attest('5.7.1', 'partly-met')]);
    expect(c.status).toBe('partly-met');
    expect(c.attestation?.owner).toBe('secops');
    expect(c.basis).toBe('Attested partly-met by secops on 2026-10-01.');
  });

  it('attestation controls without an attestation stay not assessed, even when their rules pass', () => {
    expect(control('5.7.1', [], []).status).toBe('not-assessed');
    const c = control('5.7.1', [f('sink', 'a', 'pass')], [incident]);
    expect(c.status).toBe('not-assessed');
    expect(c.basis).toBe('The only asset judged passes rule sink, but no attestation answers this control, which cloud evidence alone cannot show.');
  });

  it('the attestation decides an attestation control; failing rules there are named in the basis', () => {
    const c = control('5.7.1', [f('sink', 'a', 'fail'), f('sink', 'b', 'pass')], [incident], [attest('5.7.1', 'partly-met')]);
    expect(c).toMatchObject({ status: 'partly-met', assetsFailing: 1, assetsPassing: 1, rules: ['sink'] });
    expect(c.basis).toBe(
      'Attested partly-met by secops on 2026-10-01; rule evidence is named, not counted, because the attestation decides this control: 1 of 2 assets fail rule sink.',
    );
  });

  it('an attestation control with a failing asset is never met, even attested met (issue 13)', () => {
    const c = control('5.7.1', [f('sink', 'a', 'fail'), f('sink', 'b', 'pass')], [incident], [attest('5.7.1', 'met')]);
    expect(c).toMatchObject({ status: 'partly-met', assetsFailing: 1, assetsPassing: 1 });
    expect(c.basis).toBe('Attested met by secops on 2026-10-01; held to partly met because an asset fails: 1 of 2 assets fail rule sink.');
  });

  it('without an attestation, failing rules still show an attestation control as a gap', () => {
    const c = control('5.7.1', [f('sink', 'a', 'fail')], [incident]);
    expect(c.status).toBe('not-met');
    expect(c.basis).toBe('The only asset judged fails rule sink; no attestation answers the procedural part.');
  });

  it.each([
    ['passing rules, attested not met', [f('log', 'a', 'pass')], 'not-met', 'not-met'],
    ['failing rules, attested met', [f('log', 'a', 'fail')], 'met', 'not-met'],
    ['passing rules, attested met', [f('log', 'a', 'pass')], 'met', 'met'],
    ['partly failing rules, attested met', [f('log', 'a', 'pass'), f('log', 'b', 'fail')], 'met', 'partly-met'],
    ['passing rules, no attestation', [f('log', 'a', 'pass')], undefined, 'partly-met'],
    ['no rule evidence, attested met', [], 'met', 'partly-met'],
    ['no rule evidence, no attestation', [], undefined, 'not-assessed'],
  ] as const)('controls assessed both ways take the worse half: %s', (_name, findings, attested, expected) => {
    const c = control('5.6.1', [...findings], [logging], attested ? [attest('5.6.1', attested)] : []);
    expect(c.status).toBe(expected);
    expect(c.basis).toMatch(expected === 'not-assessed' ? /^Rule log found no asset to judge, and no attestation answers the procedural part\.$/ : /the worse of the two counts\.$/);
  });

  it('a both-ways control without an attestation says its procedural half is missing', () => {
    expect(control('5.6.1', [f('log', 'a', 'pass')], [logging]).basis).toBe(
      'The only asset judged passes rule log; no attestation answers the procedural part; the worse of the two counts.',
    );
  });

  it('an automated control keeps its rule status and carries an attestation as a note', () => {
    const c = control('5.2.3', [f('r1', 'a', 'fail')], [storage], [attest('5.2.3', 'met')]);
    expect(c.status).toBe('not-met');
    expect(c.attestation?.status).toBe('met');
    expect(c.basis).toBe('The only asset judged fails rule r1; attested met by secops on 2026-10-01 is kept as a note, since cloud evidence decides this control.');
    expect(control('5.2.3', [], [], [attest('5.2.3', 'met')]).status).toBe('not-assessed');
  });

  it('an attestation of not-assessed answers nothing', () => {
    expect(control('5.6.1', [], [logging], [attest('5.6.1', 'not-assessed')]).status).toBe('not-assessed');
  });
});

describe('gap analysis: the result', () => {
  it('counts controls per status', () => {
    const [result] = assessFrameworks({
      findings: [f('r1', 'a', 'fail')],
      rules: [storage],
      attestations: [attest('5.7.1', 'met')],
      frameworks: [framework],
    });
    expect(result!.counts).toEqual({ met: 1, 'partly-met': 0, 'not-met': 1, 'not-assessed': 1 });
  });

  it('measures against every registered pack in registry order by default', () => {
    const result = assessFrameworks({ findings: [], rules: [], attestations: [] });
    expect(result.map((r) => r.id)).toEqual(['ms-ai-risk', 'a-mlsg', 'mitre-atlas', 'owasp-llm-2025', 'nist-ai-rmf-1-0']);
    for (const [i, r] of result.entries()) {
      expect(r.controls.map((c) => c.controlId)).toEqual(FRAMEWORKS[i]!.controls.map((c) => c.id));
      expect(r.counts['not-assessed']).toBe(r.controls.length);
    }
  });

  it('infers the framework of an attestation that does not name one', () => {
    const { framework: _omit, ...bare } = attest('5.7.1', 'met');
    const [result] = assessFrameworks({ findings: [], rules: [], attestations: [bare], frameworks: [framework] });
    expect(result!.controls.find((c) => c.controlId === '5.7.1')!.status).toBe('met');
  });
});
