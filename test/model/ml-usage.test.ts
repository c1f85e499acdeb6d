import { describe, expect, it } from 'vitest';
import { AssetGraph } from '../../src/graph/index.js';
import { grantsOnMl, mayHideMlUser, usedByMl, type Asset, type CoverageGap, type Edge } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

describe('usedByMl', () => {
  const workspace = makeAsset({ kind: 'workspace' });
  const mlBucket = makeAsset({ kind: 'storage', facts: { mlRelated: true } });
  const plainBucket = makeAsset({ kind: 'storage', facts: {} });
  const bucketKey = makeAsset({ kind: 'kms-key' });
  const otherKey = makeAsset({ kind: 'kms-key' });
  const webNetwork = makeAsset({ kind: 'network' });
  const sg = makeAsset({ kind: 'security-group' });
  const graph = makeGraph(
    [workspace, mlBucket, plainBucket, bucketKey, otherKey, webNetwork, sg],
    [
      { from: workspace.id, to: plainBucket.id, kind: 'uses-storage' },
      { from: mlBucket.id, to: bucketKey.id, kind: 'encrypted-by' },
      { from: webNetwork.id, to: sg.id, kind: 'protected-by' },
    ],
  );

  it('trusts the provider tag', () => expect(usedByMl(mlBucket, graph)).toBe(true));
  it('follows an edge from an ML asset', () => expect(usedByMl(plainBucket, graph)).toBe(true));
  it('follows one hop from an ML-tagged resource', () => expect(usedByMl(bucketKey, graph)).toBe(true));
  it('ignores resources only non-ML assets touch', () => {
    expect(usedByMl(sg, graph)).toBe(false);
    expect(usedByMl(otherKey, graph)).toBe(false);
  });
});

describe('usedByMl: one definition for every cloud', () => {
  const gap = (asset: Asset, kinds: CoverageGap['kinds'], account = asset.account): CoverageGap => ({ provider: asset.provider, account, region: asset.region, service: 'test', errorCode: 'AccessDenied', kinds });
  const job = makeAsset({ kind: 'training-job', provider: 'aws' });
  const dataBucket = makeAsset({ kind: 'storage', provider: 'aws', facts: { mlRelated: true } });
  const taggedBucket = makeAsset({ kind: 'storage', provider: 'aws', facts: { mlRelated: true } });
  const unusedBucket = makeAsset({ kind: 'storage', provider: 'aws', facts: { mlRelated: false } });
  const subnet = makeAsset({ kind: 'subnet', provider: 'aws', facts: { mlRelated: true } });
  const vault = makeAsset({ kind: 'key-vault' });
  const assets = [job, dataBucket, taggedBucket, unusedBucket, subnet, vault];
  const edges: Edge[] = [
    { from: job.id, to: dataBucket.id, kind: 'trained-on' },
    { from: job.id, to: unusedBucket.id, kind: 'trained-on' },
    { from: dataBucket.id, to: subnet.id, kind: 'in-network' },
  ];
  const seen = makeGraph(assets, edges);

  it('mlRelated false decides, even against an edge and with via', () => {
    expect(usedByMl(unusedBucket, seen)).toBe(false);
    expect(usedByMl(unusedBucket, seen, ['trained-on'])).toBe(false);
  });

  it('mlRelated true decides alone; with via the graph answers the narrower question', () => {
    expect(usedByMl(taggedBucket, seen)).toBe(true);
    expect(usedByMl(dataBucket, seen, ['trained-on', 'stored-in'])).toBe(true);
    expect(usedByMl(taggedBucket, seen, ['trained-on', 'stored-in'])).toBe(false);
  });

  it('with via, an ML-related source counts like an ML asset', () => {
    expect(usedByMl(subnet, seen, ['in-network'])).toBe(true);
    expect(usedByMl(subnet, seen, ['protected-by'])).toBe(false);
  });

  it('an Azure resource the linker left undecided and nothing ML points at is not used when the scan saw everything', () => {
    expect(usedByMl(vault, seen)).toBe(false);
  });

  it('is used when a coverage gap in its account may hide the asset that uses it (gap case)', () => {
    const blind = new AssetGraph(assets, edges, [gap(vault, ['workspace'])]);
    expect(mayHideMlUser(vault, blind)).toBe(true);
    expect(usedByMl(vault, blind)).toBe(true);
    // Any region of the account: ML workloads use resources across regions.
    const elsewhere = new AssetGraph(assets, edges, [{ ...gap(taggedBucket, ['training-job']), region: 'ap-south-1' }]);
    expect(usedByMl(taggedBucket, elsewhere, ['trained-on'])).toBe(true);
  });

  it('ignores gaps in other accounts, and never overrides mlRelated false', () => {
    const other = new AssetGraph(assets, edges, [gap(vault, undefined, '999999999999'), gap(taggedBucket, undefined, '999999999999')]);
    expect(usedByMl(vault, other)).toBe(false);
    expect(usedByMl(taggedBucket, other, ['trained-on'])).toBe(false);
    const blind = new AssetGraph(assets, edges, [gap(unusedBucket, undefined)]);
    expect(usedByMl(unusedBucket, blind)).toBe(false);
  });
});

describe('grantsOnMl', () => {
  const notebook = makeAsset({ kind: 'notebook' });
  const role = makeAsset({ kind: 'identity' });
  const onRole = makeAsset({ kind: 'role-assignment' });
  const elsewhere = makeAsset({ kind: 'role-assignment' });
  const vault = makeAsset({ kind: 'key-vault' });
  const graph = makeGraph(
    [notebook, role, onRole, elsewhere, vault],
    [
      { from: notebook.id, to: role.id, kind: 'assumes' },
      { from: onRole.id, to: role.id, kind: 'granted-to' },
      { from: elsewhere.id, to: vault.id, kind: 'granted-to' },
    ],
  );

  it('counts an assignment to an identity an ML workload runs as', () => expect(grantsOnMl(onRole, graph)).toBe(true));
  it('skips an assignment on resources outside ML', () => expect(grantsOnMl(elsewhere, graph)).toBe(false));
});
