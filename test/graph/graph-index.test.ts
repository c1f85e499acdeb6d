import { describe, expect, it } from 'vitest';
import type { Edge, EdgeKind } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const endpoint = makeAsset({ kind: 'endpoint', id: 'ep' });
const deployment = makeAsset({ kind: 'deployment', id: 'dep' });
const model = makeAsset({ kind: 'model', id: 'm' });
const store = makeAsset({ kind: 'storage', id: 'st' });
/** from, to, kind: 'gone' is a dangling end. */
const wiring: ReadonlyArray<readonly [string, string, EdgeKind]> = [
  ['ep', 'dep', 'contains'],
  ['ep', 'm', 'serves-model'],
  ['ep', 'gone', 'serves-model'],
  ['dep', 'm', 'serves-model'],
  ['m', 'st', 'stored-in'],
];
const edges: Edge[] = wiring.map(([from, to, kind]) => ({ from, to, kind }));
const graph = makeGraph([endpoint, deployment, model, store], edges);

describe('AssetGraph edges by kind', () => {
  it('answers the edges of one kind in insertion order, both ways, and none for an unknown id or kind', () => {
    expect(graph.outgoing('ep', 'serves-model').map((e) => e.to)).toEqual(['m', 'gone']);
    expect(graph.outgoing('ep').map((e) => e.kind)).toEqual(['contains', 'serves-model', 'serves-model']);
    expect(graph.incoming('m', 'serves-model').map((e) => e.from)).toEqual(['ep', 'dep']);
    expect(graph.incoming('m', 'contains')).toEqual([]);
    expect(graph.outgoing('nobody', 'contains')).toEqual([]);
  });

  it('skips dangling ends in targets and sources', () => {
    expect(graph.targets('ep', 'serves-model').map((a) => a.id)).toEqual(['m']);
    expect(graph.sources('dep', 'contains').map((a) => a.id)).toEqual(['ep']);
  });

  it('remembers lineage per asset but hands out copies a caller may change', () => {
    const first = graph.lineage('ep');
    expect(first.models.map((a) => a.id)).toEqual(['m']);
    expect(first.storage.map((a) => a.id)).toEqual(['st']);
    first.models.length = 0;
    first.storage.push(endpoint);
    const again = graph.lineage('ep');
    expect(again.models.map((a) => a.id)).toEqual(['m']);
    expect(again.storage.map((a) => a.id)).toEqual(['st']);
  });
});
