import { describe, expect, it } from 'vitest';
import { servedPaths } from '../../../rules/_lib/serving.js';
import type { GraphView, ModelPath } from '../../../src/graph/index.js';
import type { Edge } from '../../../src/model/index.js';
import { makeAsset, makeGraph } from '../../support/assets.js';

/** What the serving rules did before servedPaths: every path joined into a Map key (first place, last value). */
function byJoinedKey(graph: GraphView, served: readonly ModelPath[], tails: (modelId: string) => readonly (readonly string[])[]) {
  const paths = new Map<string, { path: string[]; modelName: string }>();
  for (const entry of served) {
    for (const member of graph.registryFamily(entry)) {
      for (const tail of tails(member.model.id)) {
        const path = [...member.path, ...tail.slice(1)];
        paths.set(path.join('\n'), { path, modelName: entry.model.name });
      }
    }
  }
  return [...paths.values()];
}

/**
 * An endpoint serving two versions of one model by two routes each (its config and a deployment),
 * the versions each other's relatives both ways (version-of in a cycle, so a family holds a
 * relative twice), each model stored in `stores` buckets.
 */
function estate(stores: number) {
  const endpoint = makeAsset({ kind: 'endpoint', id: 'ep' });
  const deployment = makeAsset({ kind: 'deployment', id: 'dep' });
  const v1 = makeAsset({ kind: 'model-version', id: 'v1', name: 'model v1' });
  const v2 = makeAsset({ kind: 'model-version', id: 'v2', name: 'model v2' });
  const buckets = Array.from({ length: stores }, (_, i) => makeAsset({ kind: 'storage', id: `bucket-${i}` }));
  const edges: Edge[] = [
    { from: endpoint.id, to: v1.id, kind: 'serves-model' },
    { from: endpoint.id, to: deployment.id, kind: 'contains' },
    { from: deployment.id, to: v1.id, kind: 'serves-model' },
    { from: deployment.id, to: v2.id, kind: 'serves-model' },
    { from: v1.id, to: v2.id, kind: 'version-of' },
    { from: v2.id, to: v1.id, kind: 'version-of' },
    ...buckets.flatMap((bucket) => [v1, v2].map((v): Edge => ({ from: v.id, to: bucket.id, kind: 'stored-in' }))),
  ];
  const graph = makeGraph([endpoint, deployment, v1, v2, ...buckets], edges);
  return { graph, served: graph.servedModels(endpoint.id), tails: (modelId: string) => graph.artifactPaths(modelId) };
}

describe('servedPaths', () => {
  it('gives each distinct path once, in the order first reached, with the name of the served model on it', () => {
    const { graph, served, tails } = estate(1);
    const paths = servedPaths(graph, served, tails);
    expect(paths).toEqual(byJoinedKey(graph, served, tails));
    expect(paths.map((p) => p.path.join(' > '))).toEqual([
      'ep > v1 > bucket-0',
      'ep > v1 > v2 > bucket-0',
      'ep > dep > v1 > bucket-0',
      'ep > dep > v1 > v2 > bucket-0',
      'ep > dep > v2 > bucket-0',
      'ep > dep > v2 > v1 > bucket-0',
    ]);
    // v1 > v2 is reached twice within v1's own family (the cycle): one path.
    expect(new Set(paths.map((p) => p.path.join('\n'))).size).toBe(paths.length);
    expect(paths.map((p) => p.modelName)).toEqual(['model v1', 'model v1', 'model v1', 'model v1', 'model v2', 'model v2']);
  });

  it('tells apart the paths of an endpoint with many the same way (joined keys past 16)', () => {
    const { graph, served, tails } = estate(12);
    const paths = servedPaths(graph, served, tails);
    expect(paths.length).toBe(6 * 12);
    expect(paths).toEqual(byJoinedKey(graph, served, tails));
  });
});
