import { describe, expect, it } from 'vitest';
import { grantsOnMl, usedByMl } from '../../src/model/index.js';
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
