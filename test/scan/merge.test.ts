import { describe, expect, it } from 'vitest';
import type { AssetInput, Edge } from '../../src/model/index.js';
import { mergeInventories } from '../../src/scan/merge.js';

const asset = (id: string): AssetInput => ({ id, kind: 'storage', provider: 'aws', account: '111122223333', region: 'eu-west-1', name: id, nativeType: 'AWS::S3::Bucket', tags: {}, facts: {} });

/** What the merge did before it scanned edges by source: one key string per edge, the first position, the last copy. */
function byKeyString(edges: readonly Edge[]): Edge[] {
  const kept = new Map<string, Edge>();
  for (const edge of edges) kept.set(`${edge.from}\u0000${edge.kind}\u0000${edge.to}`, edge);
  return [...kept.values()];
}

describe('mergeInventories: edges', () => {
  it('keeps each edge once, where it first came, as the last copy, for a source with few edges and one with many', () => {
    const edges: Edge[] = [];
    // One source past the scan limit (a workspace holding many), others with a handful, repeats of each.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 40; i++) edges.push({ from: 'ws', to: `c${i % 25}`, kind: i % 2 ? 'contains' : 'uses-storage' });
      for (let i = 0; i < 5; i++) edges.push({ from: `m${i}`, to: `d${i % 2}`, kind: 'trained-on' }, { from: `m${i}`, to: `d${i % 2}`, kind: 'stored-in' });
    }
    const inventory = (list: Edge[]) => ({ assets: [asset('ws')], edges: list, gaps: [] });
    const merged = mergeInventories([inventory(edges.slice(0, 70)), inventory(edges.slice(70))]).edges;
    const expected = byKeyString(edges);
    expect(merged).toEqual(expected);
    // The same objects: the last copy of each, at the position of the first.
    merged.forEach((edge, i) => expect(edge).toBe(expected[i]));
  });

  it('keeps the first asset of an id', () => {
    const first = asset('a');
    const again = { ...asset('a'), name: 'second' };
    expect(mergeInventories([{ assets: [first, asset('b'), again], edges: [], gaps: [] }]).assets.map((a) => a.name)).toEqual(['a', 'b']);
  });
});
