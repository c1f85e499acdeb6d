import { describe, expect, it } from 'vitest';
import type { Asset, Finding, SuppressionEntry } from '../../src/model/index.js';
import { FindingSchema } from '../../src/model/index.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import { applySuppressions, checkSuppressions, type SuppressionSet } from '../../src/suppressions/index.js';
import { makeAsset } from '../support/assets.js';

const TODAY = '2026-12-04';
const BUCKET = makeAsset({ id: 'arn:aws:s3:::claims-partner-dropzone', kind: 'storage', provider: 'aws', account: '418273645091', tags: { Environment: 'Production', Team: 'claims/ops' } });
const SANDBOX = makeAsset({ id: 'arn:aws:sagemaker:us-east-1:736194028517:notebook-instance/churn-dev', kind: 'compute', provider: 'aws', account: '736194028517', tags: { environment: 'dev' } });
const STORAGE = makeAsset({
  id: '/subscriptions/6F1C2A8E-3B4D-4E71-9A0C-5D2B8E7F1A34/resourceGroups/RG-ML-PROD/providers/Microsoft.Storage/storageAccounts/stfeed',
  kind: 'storage',
  provider: 'azure',
  account: '6F1C2A8E-3B4D-4E71-9A0C-5D2B8E7F1A34',
  tags: { Environment: 'prod' },
});
const ASSETS = new Map<string, Asset>([BUCKET, SANDBOX, STORAGE].map((a) => [a.id, a]));

function finding(ruleId: string, asset: Asset, status: Finding['status'] = 'fail'): Finding {
  const { id: assetId, name: assetName, kind: assetKind, provider, account, region } = asset;
  const fingerprint = findingFingerprint(ruleId, assetId);
  return FindingSchema.parse({ ruleId, fingerprint, status, severity: 'high', assetId, assetName, assetKind, provider, account, region, message: 'seen' });
}

const FINDINGS = [
  finding('exposure/storage-public-access', BUCKET),
  finding('exposure/storage-public-access', STORAGE),
  finding('aws/sagemaker/notebook-root-access', SANDBOX),
  finding('aws/sagemaker/notebook-direct-internet', SANDBOX, 'unknown'),
  finding('logging/workspace-diagnostics', STORAGE, 'error'),
  finding('encryption/storage-cmk', BUCKET, 'pass'),
  finding('encryption/storage-cmk', SANDBOX, 'not_applicable'),
];

function set(...entries: Partial<SuppressionEntry>[]): SuppressionSet {
  const full = entries.map((e) => ({ reason: 'accepted', expires: '2027-06-30', rule: '**', ...e }) as SuppressionEntry);
  return { sources: ['s.yaml'], maxDays: 365, entries: checkSuppressions('s.yaml', '$.suppressions', full, { today: TODAY }) };
}

function run(suppressions: SuppressionSet) {
  return applySuppressions(FINDINGS, suppressions, { today: TODAY, assetsById: ASSETS });
}

/** `ruleId @ asset name` of the findings now suppressed. */
function suppressedOf(suppressions: SuppressionSet): string[] {
  return run(suppressions)
    .findings.filter((f) => f.status === 'suppressed')
    .map((f) => `${f.ruleId} @ ${f.assetId.split(/[/:]/).at(-1)}`);
}

describe('applying suppressions', () => {
  it('matches by rule id, and by rule glob (* within a part, ** and a trailing / across parts)', () => {
    expect(suppressedOf(set({ rule: 'exposure/storage-public-access', accounts: ['*'] }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone', 'exposure/storage-public-access @ stfeed']);
    expect(suppressedOf(set({ rule: 'aws/sagemaker/*', accounts: ['736194028517'] }))).toEqual([
      'aws/sagemaker/notebook-root-access @ churn-dev',
      'aws/sagemaker/notebook-direct-internet @ churn-dev',
    ]);
    expect(suppressedOf(set({ rule: 'aws/*', accounts: ['736194028517'] }))).toEqual([]);
    expect(suppressedOf(set({ rule: 'aws/', accounts: ['736194028517'] }))).toHaveLength(2);
  });

  it('matches by asset id glob; Azure ids ignore case, AWS ids do not', () => {
    expect(suppressedOf(set({ rule: 'exposure/*', assets: ['arn:aws:s3:::claims-*'] }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone']);
    expect(suppressedOf(set({ rule: 'exposure/*', assets: ['ARN:AWS:S3:::claims-*'] }))).toEqual([]);
    expect(suppressedOf(set({ rule: 'exposure/*', assets: ['/subscriptions/*/resourcegroups/rg-ml-prod/**'] }))).toEqual(['exposure/storage-public-access @ stfeed']);
  });

  it('matches by account (AWS account id, Azure subscription id in any case)', () => {
    expect(suppressedOf(set({ rule: 'exposure/*', accounts: ['418273645091'] }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone']);
    expect(suppressedOf(set({ rule: 'exposure/*', accounts: ['6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34'] }))).toEqual(['exposure/storage-public-access @ stfeed']);
  });

  it('matches by tags: every tag given must be on the asset; values are globs; Azure keys ignore case', () => {
    expect(suppressedOf(set({ rule: 'exposure/*', tags: { Environment: 'Prod*' } }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone']);
    expect(suppressedOf(set({ rule: 'exposure/*', tags: { environment: 'prod' } }))).toEqual(['exposure/storage-public-access @ stfeed']);
    expect(suppressedOf(set({ rule: 'exposure/*', tags: { Environment: 'Production', Team: 'claims/*' } }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone']);
    expect(suppressedOf(set({ rule: 'exposure/*', tags: { Environment: 'Production', Team: 'finance' } }))).toEqual([]);
    expect(suppressedOf(set({ rule: 'exposure/*', tags: { constructor: '*' } }))).toEqual([]);
  });

  it('matches by fingerprint, whole or its short id', () => {
    const fingerprint = FINDINGS[0]!.fingerprint;
    expect(suppressedOf(set({ rule: 'exposure/*', fingerprints: [fingerprint] }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone']);
    expect(suppressedOf(set({ rule: 'exposure/*', fingerprints: [fingerprint.slice(-64, -52)] }))).toEqual(['exposure/storage-public-access @ claims-partner-dropzone']);
  });

  it('needs every selector to match (rule AND assets AND accounts)', () => {
    expect(suppressedOf(set({ rule: 'exposure/*', assets: ['arn:aws:s3:::claims-*'], accounts: ['736194028517'] }))).toEqual([]);
  });

  it('suppresses fail, error and unknown, keeping the original status, reason, owner, expiry and ticket; never pass or not_applicable', () => {
    const { findings } = run(set({ rule: '**', accounts: ['*'], id: 'SUP-1', owner: 'risk@example', ticket: 'https://t.example/1' }));
    expect(findings.map((f) => f.status)).toEqual(['suppressed', 'suppressed', 'suppressed', 'suppressed', 'suppressed', 'pass', 'not_applicable']);
    expect(findings.slice(0, 5).map((f) => f.suppression?.status)).toEqual(['fail', 'fail', 'fail', 'unknown', 'error']);
    expect(findings[0]).toMatchObject({ severity: 'high', fingerprint: FINDINGS[0]!.fingerprint, suppression: { id: 'SUP-1', reason: 'accepted', owner: 'risk@example', expires: '2027-06-30', ticket: 'https://t.example/1' } });
    expect(findings.every((f) => FindingSchema.safeParse(f).success)).toBe(true);
    expect(FINDINGS[0]!.status).toBe('fail');
  });

  it('reports a suppression that matched nothing as unmatched', () => {
    const { report, findings } = run(set({ rule: 'exposure/*', accounts: ['999999999999'] }));
    expect(findings).toEqual(FINDINGS);
    expect(report.entries[0]).toMatchObject({ id: 's.yaml#1', state: 'unmatched', matched: 0 });
  });

  it('does not apply an expired suppression, and says what it would have matched', () => {
    const { report, findings } = run(set({ rule: 'exposure/*', accounts: ['418273645091'], expires: '2026-12-03' }));
    expect(findings.filter((f) => f.status === 'suppressed')).toEqual([]);
    expect(report.entries[0]).toMatchObject({ state: 'expired', matched: 1, daysLeft: -1 });
  });

  it('applies a suppression on its expiry day, and marks it expiring within 30 days', () => {
    const states = (expires: string) => run(set({ rule: 'exposure/*', accounts: ['418273645091'], expires })).report.entries[0];
    expect(states('2026-12-04')).toMatchObject({ state: 'expiring', daysLeft: 0, matched: 1 });
    expect(states('2027-01-02')).toMatchObject({ state: 'expiring', daysLeft: 29 });
    expect(states('2027-01-03')).toMatchObject({ state: 'active', daysLeft: 30 });
    expect(suppressedOf(set({ rule: 'exposure/*', accounts: ['418273645091'], expires: '2026-12-04' }))).toHaveLength(1);
  });

  it('gives a finding to the first suppression that matches; a later one that also matches counts it and is not unmatched', () => {
    const { findings, report } = run(set({ id: 'BROAD', rule: 'exposure/*', accounts: ['*'] }, { id: 'NARROW', rule: 'exposure/*', assets: ['arn:aws:s3:::claims-*'] }));
    expect(findings[0]?.suppression?.id).toBe('BROAD');
    expect(report.entries.map((e) => [e.id, e.state, e.matched])).toEqual([
      ['BROAD', 'active', 2],
      ['NARROW', 'active', 1],
    ]);
  });

  it('lets an in-date suppression take a finding an expired one before it no longer covers', () => {
    const { findings } = run(set({ id: 'OLD', rule: 'exposure/*', accounts: ['*'], expires: '2026-01-01' }, { id: 'NEW', rule: 'exposure/*', accounts: ['*'] }));
    expect(findings[0]?.suppression?.id).toBe('NEW');
  });

  it('reports every entry with its selectors, source, state and counts', () => {
    const { report } = run(set({ id: 'SUP-9', rule: 'exposure/*', tags: { Environment: 'Production' }, owner: 'o' }));
    expect(report).toEqual({
      sources: ['s.yaml'],
      maxDays: 365,
      entries: [{ id: 'SUP-9', source: 's.yaml', rule: 'exposure/*', tags: { Environment: 'Production' }, reason: 'accepted', owner: 'o', expires: '2027-06-30', state: 'active', matched: 1, daysLeft: 208 }],
    });
  });
});
