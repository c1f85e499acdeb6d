import { describe, expect, it } from 'vitest';
import { assessFrameworks } from '../../src/frameworks/index.js';
import type { Framework } from '../../src/frameworks/index.js';
import type { Attestation, Finding, FindingStatus } from '../../src/model/index.js';

const framework: Framework = {
  id: 'ms-ai-risk',
  name: 'Test framework',
  source: 'test',
  version: '1',
  controls: [
    { id: '5.2.3', title: 'auto', area: 'a', statement: 's', assessment: 'automated' },
    { id: '5.6.1', title: 'both', area: 'a', statement: 's', assessment: 'both' },
    { id: '5.7.1', title: 'people', area: 'a', statement: 's', assessment: 'attestation' },
  ],
};

function f(ruleId: string, assetId: string, status: FindingStatus): Finding {
  return {
    ruleId,
    status,
    severity: 'high',
    assetId,
    assetName: assetId,
    assetKind: 'storage',
    provider: 'aws',
    account: '1',
    region: 'r',
    message: 'm',
    evidence: {},
  };
}

const attestation = (control: string, status: Attestation['status']): Attestation => ({
  control,
  framework: 'ms-ai-risk',
  status,
  evidence: 'https://wiki/x',
  owner: 'secops',
  date: '2026-10-01',
});

function statusOf(findings: Finding[], rules: Array<{ id: string; controls: Record<string, string[]> }>, attestations: Attestation[] = []) {
  const [result] = assessFrameworks({ findings, rules, attestations, frameworks: [framework] });
  return Object.fromEntries(result!.controls.map((c) => [c.controlId, c]));
}

const storageRule = { id: 'r1', controls: { 'ms-ai-risk': ['5.2.3'] } };
const otherRule = { id: 'r2', controls: { 'ms-ai-risk': ['5.2.3'] } };
const loggingRule = { id: 'log', controls: { 'ms-ai-risk': ['5.6.1'] } };

describe('gap analysis', () => {
  it('met when every judged asset passes', () => {
    const c = statusOf([f('r1', 'a', 'pass'), f('r1', 'b', 'pass')], [storageRule])['5.2.3']!;
    expect(c.status).toBe('met');
    expect(c.assetsPassing).toBe(2);
    expect(c.rules).toEqual(['r1']);
  });

  it('partly met when some assets fail and others pass; an asset failing any rule counts as failing', () => {
    const c = statusOf([f('r1', 'a', 'pass'), f('r2', 'a', 'fail'), f('r1', 'b', 'pass')], [storageRule, otherRule])['5.2.3']!;
    expect(c.status).toBe('partly-met');
    expect(c.assetsFailing).toBe(1);
    expect(c.assetsPassing).toBe(1);
    expect(c.failingFindings).toBe(1);
    expect(c.basis).toMatch(/^1 of 2 assets fail/);
  });

  it('not met when nothing passes', () => {
    expect(statusOf([f('r1', 'a', 'fail')], [storageRule])['5.2.3']!.status).toBe('not-met');
  });

  it('unknown and error findings never count as passes', () => {
    const onlyUnseen = statusOf([f('r1', 'a', 'unknown'), f('r1', 'b', 'error')], [storageRule])['5.2.3']!;
    expect(onlyUnseen.status).toBe('not-assessed');
    expect(onlyUnseen.assetsUnknown).toBe(2);
    expect(onlyUnseen.basis).toMatch(/could be judged/);
    const mixed = statusOf([f('r1', 'a', 'pass'), f('r1', 'b', 'error')], [storageRule])['5.2.3']!;
    expect(mixed.status).toBe('partly-met');
  });

  it('not assessed when no rule gives evidence and nobody attested', () => {
    const c = statusOf([], [])['5.2.3']!;
    expect(c.status).toBe('not-assessed');
    expect(c.basis).toBe('No rule gives evidence for this control.');
    expect(statusOf([], [])['5.7.1']!.basis).toMatch(/no attestation answers it/);
  });

  it('attestation-only controls take the attested status', () => {
    const c = statusOf([], [], [attestation('5.7.1', 'met')])['5.7.1']!;
    expect(c.status).toBe('met');
    expect(c.attestation?.owner).toBe('secops');
    expect(c.basis).toMatch(/^Attested met by secops on 2026-10-01/);
  });

  it('controls assessed both ways take the worse of rules and attestation', () => {
    const passingLogs = [f('log', 'a', 'pass')];
    expect(statusOf(passingLogs, [loggingRule], [attestation('5.6.1', 'not-met')])['5.6.1']!.status).toBe('not-met');
    expect(statusOf([f('log', 'a', 'fail')], [loggingRule], [attestation('5.6.1', 'met')])['5.6.1']!.status).toBe('not-met');
    const noAttestation = statusOf(passingLogs, [loggingRule])['5.6.1']!;
    expect(noAttestation.status).toBe('met');
    expect(noAttestation.basis).toMatch(/procedural part has no attestation/);
  });

  it('counts controls per status', () => {
    const [result] = assessFrameworks({ findings: [f('r1', 'a', 'fail')], rules: [storageRule], attestations: [attestation('5.7.1', 'met')], frameworks: [framework] });
    expect(result!.counts).toEqual({ met: 1, 'partly-met': 0, 'not-met': 1, 'not-assessed': 1 });
  });
});
