import { describe, expect, it } from 'vitest';
import { diffScans, isEmptyDiff, type DiffableAsset, type DiffableFinding, type DiffableScan } from '../../src/diff/index.js';
import { findingFingerprint } from '../../src/engine/fingerprint.js';
import type { CoverageGap, FindingStatus, Severity } from '../../src/model/index.js';

function asset(name: string, over: Partial<DiffableAsset> = {}): DiffableAsset {
  return { id: `arn:aws:s3:::${name}`, kind: 'storage', name, provider: 'aws', account: '111122223333', region: 'eu-west-1', tags: {}, ...over };
}

function finding(a: DiffableAsset, ruleId: string, status: FindingStatus, severity: Severity = 'high', suppressed?: 'fail' | 'unknown'): DiffableFinding {
  return {
    fingerprint: findingFingerprint(ruleId, a.id),
    ruleId,
    status,
    severity,
    assetId: a.id,
    assetName: a.name,
    assetKind: a.kind,
    provider: a.provider,
    account: a.account,
    region: a.region,
    message: 'm',
    ...(suppressed ? { suppression: { status: suppressed, id: 's.yaml#1', reason: 'accepted', expires: '2099-01-01' } } : {}),
  };
}

function scan(assets: DiffableAsset[], findings: DiffableFinding[], gaps: CoverageGap[] = []): DiffableScan {
  return { scan: { startedAt: 't0', finishedAt: 't1', sources: ['x'], partial: gaps.length > 0 }, inventory: { assets }, coverage: { gaps }, findings };
}

const bucket = asset('bucket');
const other = asset('other', { account: '444455556666' });

/** The one category `before` → `after` lands in (undefined: none), for one finding on an asset present in both scans. */
function categoryOf(before: DiffableFinding | undefined, after: DiffableFinding | undefined): string[] {
  const diff = diffScans(scan([bucket], before ? [before] : []), scan([bucket], after ? [after] : []));
  return Object.entries(diff.counts).filter(([, n]) => n > 0).map(([c]) => c);
}

describe('diffScans: one finding, asset present in both scans', () => {
  const rule = 'exposure/storage-public-access';
  it.each([
    ['absent → fail', undefined, 'fail', ['new']],
    ['absent → error (a crash may hide a failure: gated like fail)', undefined, 'error', ['new']],
    ['unknown → fail', 'unknown', 'fail', ['new']],
    ['not_applicable → fail', 'not_applicable', 'fail', ['new']],
    ['pass → fail', 'pass', 'fail', ['regressed']],
    ['fail → fail', 'fail', 'fail', ['stillFailing']],
    ['error → fail', 'error', 'fail', ['stillFailing']],
    ['fail → pass', 'fail', 'pass', ['resolved']],
    ['fail → not_applicable', 'fail', 'not_applicable', ['resolved']],
    ['fail → absent (asset still there)', 'fail', undefined, ['resolved']],
    ['fail → unknown', 'fail', 'unknown', ['newlyUnknown']],
    ['pass → unknown', 'pass', 'unknown', ['newlyUnknown']],
    ['absent → unknown (nothing known before)', undefined, 'unknown', []],
    ['pass → pass', 'pass', 'pass', []],
    ['pass → absent', 'pass', undefined, []],
  ] as const)('%s', (_, before, after, expected) => {
    expect(categoryOf(before ? finding(bucket, rule, before) : undefined, after ? finding(bucket, rule, after) : undefined)).toEqual(expected);
  });

  it('a failing finding that became suppressed is accepted, not resolved', () => {
    expect(categoryOf(finding(bucket, rule, 'fail'), finding(bucket, rule, 'suppressed', 'high', 'fail'))).toEqual(['accepted']);
  });

  it('a suppression that lapsed is still failing, not new (the risk was known and accepted)', () => {
    expect(categoryOf(finding(bucket, rule, 'suppressed', 'high', 'fail'), finding(bucket, rule, 'fail'))).toEqual(['stillFailing']);
  });

  it('a passing finding that becomes suppressed moves nothing the gate counts', () => {
    expect(categoryOf(finding(bucket, rule, 'pass'), finding(bucket, rule, 'suppressed', 'high', 'fail'))).toEqual([]);
  });

  it('records both statuses and the newer severity', () => {
    const diff = diffScans(scan([bucket], [finding(bucket, rule, 'pass', 'low')]), scan([bucket], [finding(bucket, rule, 'fail', 'critical')]));
    expect(diff.findings.regressed).toEqual([
      { fingerprint: findingFingerprint(rule, bucket.id), ruleId: rule, assetId: bucket.id, assetName: 'bucket', assetKind: 'storage', provider: 'aws', account: '111122223333', severity: 'critical', before: 'pass', after: 'fail' },
    ]);
    expect(diff.bySeverity.regressed).toEqual({ critical: 1, high: 0, medium: 0, low: 0, info: 0 });
  });
});

describe('diffScans: assets that are gone', () => {
  const rule = 'versioning/storage-versioning-disabled';
  const gap = (over: Partial<CoverageGap>): CoverageGap => ({ provider: 'aws', account: '111122223333', service: 's3', errorCode: 'AccessDenied', ...over });

  it('a failing finding whose asset is gone and no gap covers it: assetRemoved, and the asset is removed', () => {
    const diff = diffScans(scan([bucket, other], [finding(bucket, rule, 'fail')]), scan([other], [], [gap({ account: '999999999999' })]));
    expect(diff.counts.assetRemoved).toBe(1);
    expect(diff.counts.resolved + diff.counts.notReassessed).toBe(0);
    expect(diff.assets.removed.map((a) => a.name)).toEqual(['bucket']);
    expect(diff.assets.notSeen).toEqual([]);
  });

  it.each([
    ['the whole account', gap({})],
    ['its region', gap({ region: 'eu-west-1' })],
    ['its kind', gap({ kinds: ['storage'] })],
  ])('a gap over %s makes it not re-assessed, not resolved', (_, g) => {
    const diff = diffScans(scan([bucket], [finding(bucket, rule, 'fail', 'medium')]), scan([], [], [g]));
    expect(diff.findings.notReassessed.map((c) => [c.assetName, c.before, c.after])).toEqual([['bucket', 'fail', undefined]]);
    expect(diff.counts.resolved + diff.counts.assetRemoved).toBe(0);
    expect(diff.assets.notSeen.map((a) => a.name)).toEqual(['bucket']);
    expect(diff.assets.removed).toEqual([]);
  });

  it.each([
    ['another region', gap({ region: 'us-east-1' })],
    ['another kind', gap({ kinds: ['notebook'] })],
    ['another cloud with the same account id', gap({ provider: 'azure' })],
  ])('a gap over %s cannot hide it: assetRemoved', (_, g) => {
    const diff = diffScans(scan([bucket], [finding(bucket, rule, 'fail')]), scan([], [], [g]));
    expect(diff.counts.assetRemoved).toBe(1);
    expect(diff.counts.notReassessed).toBe(0);
  });

  it('a scoped gap hides what sits under its scope only', () => {
    const ws = '/subscriptions/s1/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w1';
    const under = asset('compute-1', { id: `${ws}/computes/c1`, kind: 'compute', provider: 'azure', account: 's1' });
    const elsewhere = asset('compute-2', { id: `${ws.replace('w1', 'w2')}/computes/c2`, kind: 'compute', provider: 'azure', account: 's1' });
    const scoped: CoverageGap = { provider: 'azure', account: 's1', service: 'Microsoft.MachineLearningServices', errorCode: 'AuthorizationFailed', scope: ws };
    const diff = diffScans(scan([under, elsewhere], [finding(under, 'r', 'fail'), finding(elsewhere, 'r', 'fail')]), scan([], [], [scoped]));
    expect(diff.findings.notReassessed.map((c) => c.assetName)).toEqual(['compute-1']);
    expect(diff.findings.assetRemoved.map((c) => c.assetName)).toEqual(['compute-2']);
  });

  it('a new asset is added; its failing findings are new', () => {
    const diff = diffScans(scan([], []), scan([bucket], [finding(bucket, rule, 'fail')]));
    expect(diff.assets.added.map((a) => a.id)).toEqual([bucket.id]);
    expect(diff.counts.new).toBe(1);
  });
});

describe('diffScans: order and emptiness', () => {
  it('lists most severe first, then by rule and asset', () => {
    const a = asset('a');
    const b = asset('b');
    const to = scan([a, b], [finding(b, 'r2', 'fail', 'low'), finding(a, 'r2', 'fail', 'critical'), finding(b, 'r1', 'fail', 'critical'), finding(a, 'r1', 'fail', 'critical')]);
    expect(diffScans(scan([a, b], []), to).findings.new.map((c) => `${c.severity} ${c.ruleId} ${c.assetName}`)).toEqual(['critical r1 a', 'critical r1 b', 'critical r2 a', 'low r2 b']);
  });

  it('a scan diffed with itself is empty; still failing is not a change', () => {
    const same = scan([bucket], [finding(bucket, 'r', 'fail'), finding(bucket, 'q', 'pass')]);
    const diff = diffScans(same, same);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.counts.stillFailing).toBe(1);
    expect(isEmptyDiff(diffScans(scan([], []), scan([bucket], [])))).toBe(false);
  });
});
