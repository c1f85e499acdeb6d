import { describe, expect, it } from 'vitest';
import type { Asset, Edge } from '../../src/model/index.js';
import { isServingRoot } from '../../src/graph/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const a = (kind: Asset['kind'], id: string) => makeAsset({ kind, id, name: id });

describe('AssetGraph.paths', () => {
  const ep = a('endpoint', 'ep');
  const dep = a('deployment', 'dep');
  const mv = a('model-version', 'mv');
  const job = a('training-job', 'job');
  const ds1 = a('dataset', 'ds1');
  const ds2 = a('dataset', 'ds2');
  const st1 = a('storage', 'st1');
  const st2 = a('storage', 'st2');
  const edges: Edge[] = [
    { from: 'ep', to: 'dep', kind: 'contains' },
    { from: 'dep', to: 'mv', kind: 'serves-model' },
    { from: 'mv', to: 'job', kind: 'produced-by' },
    { from: 'job', to: 'ds1', kind: 'trained-on' },
    { from: 'job', to: 'ds2', kind: 'trained-on' },
    { from: 'ds1', to: 'st1', kind: 'stored-in' },
    { from: 'ds2', to: 'st2', kind: 'stored-in' },
    { from: 'ds2', to: 'missing-asset', kind: 'stored-in' },
    { from: 'st2', to: 'ds2', kind: 'stored-in' }, // a cycle back: must not loop
  ];
  const graph = makeGraph([ep, dep, mv, job, ds1, ds2, st1, st2], edges);
  const isStorage = (x: Asset) => x.kind === 'storage';

  it('returns every simple path to an accepted asset, in edge order', () => {
    const paths = graph.paths('ep', { via: ['contains', 'serves-model', 'produced-by', 'trained-on', 'stored-in'], until: isStorage });
    expect(paths).toEqual([
      ['ep', 'dep', 'mv', 'job', 'ds1', 'st1'],
      ['ep', 'dep', 'mv', 'job', 'ds2', 'st2'],
    ]);
  });

  it('follows only the edge kinds in via', () => {
    expect(graph.paths('ep', { via: ['contains', 'serves-model', 'trained-on', 'stored-in'], until: isStorage })).toEqual([]);
    expect(graph.paths('job', { via: ['trained-on'], until: (x) => x.kind === 'dataset' })).toEqual([
      ['job', 'ds1'],
      ['job', 'ds2'],
    ]);
  });

  it('stops at maxDepth edges', () => {
    const via = ['contains', 'serves-model', 'produced-by', 'trained-on', 'stored-in'] as const;
    expect(graph.paths('ep', { via, until: isStorage, maxDepth: 4 })).toEqual([]);
    expect(graph.paths('ep', { via, until: isStorage, maxDepth: 5 })).toHaveLength(2);
  });

  it('ends a path at the first accepted asset', () => {
    expect(graph.paths('ep', { via: ['contains', 'serves-model', 'produced-by'], until: (x) => x.kind !== 'endpoint' })).toEqual([['ep', 'dep']]);
  });

  it('skips dangling ids and unknown starts', () => {
    expect(graph.paths('ds2', { via: ['stored-in'], until: () => true })).toEqual([['ds2', 'st2']]);
    expect(graph.paths('nope', { via: ['stored-in'], until: () => true })).toEqual([]);
    expect(graph.targets('ds2', 'stored-in').map((x) => x.id)).toEqual(['st2']);
  });

  it('filters adjacency by edge kind both ways', () => {
    expect(graph.outgoing('job').map((e) => e.to)).toEqual(['ds1', 'ds2']);
    expect(graph.outgoing('job', 'produced-by')).toEqual([]);
    expect(graph.incoming('ds2').map((e) => `${e.from}:${e.kind}`)).toEqual(['job:trained-on', 'st2:stored-in']);
    expect(graph.sources('ds2', 'trained-on').map((x) => x.id)).toEqual(['job']);
    expect(graph.ofKind('storage').map((x) => x.id)).toEqual(['st1', 'st2']);
  });

  it('answers hasSource as sources().some would, by kind or for any kind, without dangling ids', () => {
    const seen: string[] = [];
    expect(graph.hasSource('ds2', 'trained-on', (x) => (seen.push(x.id), x.kind === 'training-job'))).toBe(true);
    expect(graph.hasSource('ds2', 'trained-on', isStorage)).toBe(false);
    expect(graph.hasSource('ds2', undefined, isStorage)).toBe(true);
    expect(graph.hasSource('ds2', 'stored-in', (x) => x.id === 'st2')).toBe(true);
    // An unknown id has no edges; an edge from an asset the scan does not hold is skipped.
    expect(graph.hasSource('nope', undefined, () => true)).toBe(false);
    const dangling = makeGraph([ds1], [{ from: 'gone', to: 'ds1', kind: 'contains' }]);
    expect(dangling.hasSource('ds1', 'contains', () => true)).toBe(false);
    expect(seen).toEqual(['job']);
  });

  it('starts serving at an endpoint, and at a deployment only when no endpoint contains it', () => {
    const alone = a('deployment', 'batch');
    const serving = makeGraph([ep, dep, alone, job], [...edges, { from: 'job', to: 'batch', kind: 'contains' }]);
    expect(isServingRoot(ep, serving)).toBe(true);
    expect(isServingRoot(dep, serving)).toBe(false);
    expect(isServingRoot(alone, serving)).toBe(true);
  });
});

describe('AssetGraph.lineage', () => {
  const ep = a('endpoint', 'ep');
  const dep = a('deployment', 'dep');
  const mv = a('model-version', 'mv');
  const model = a('model', 'model');
  const job = a('training-job', 'job');
  const ds = a('dataset', 'ds');
  const data = a('storage', 'data-bucket');
  const artifacts = a('storage', 'artifact-bucket');
  const edges: Edge[] = [
    { from: 'ep', to: 'dep', kind: 'contains' },
    { from: 'dep', to: 'mv', kind: 'serves-model' },
    { from: 'mv', to: 'model', kind: 'version-of' },
    { from: 'mv', to: 'artifact-bucket', kind: 'stored-in' },
    { from: 'model', to: 'job', kind: 'produced-by' },
    { from: 'job', to: 'ds', kind: 'trained-on' },
    { from: 'ds', to: 'data-bucket', kind: 'stored-in' },
  ];
  const graph = makeGraph([ep, dep, mv, model, job, ds, data, artifacts], edges);
  const ids = (list: Asset[]) => list.map((x) => x.id).sort();

  it('walks from an endpoint through its deployment to the served version and its registry model', () => {
    const lineage = graph.lineage('ep');
    expect(ids(lineage.models)).toEqual(['model', 'mv']);
    expect(ids(lineage.trainingSources)).toEqual(['ds', 'job']);
    expect(ids(lineage.storage)).toEqual(['artifact-bucket', 'data-bucket']);
  });

  it('starts at a model itself', () => {
    const lineage = graph.lineage('model');
    expect(ids(lineage.models)).toEqual(['model', 'mv']);
    expect(ids(lineage.storage)).toEqual(['artifact-bucket', 'data-bucket']);
  });

  it('is empty for an endpoint that serves nothing visible', () => {
    const lone = makeGraph([a('endpoint', 'lone')]);
    expect(lone.lineage('lone')).toEqual({ models: [], trainingSources: [], storage: [] });
  });
});

describe('AssetGraph lineage paths (what the serving rules walk)', () => {
  // `kind:id` per asset and `from kind to` per edge, so the estate reads as a picture.
  const assets = 'endpoint:ep deployment:dep model-version:mv model:model training-job:job dataset:ds datastore:datastore storage:data-bucket storage:artifact-bucket storage:datastore-blobs'
    .split(' ')
    .map((spec) => a(spec.split(':')[0] as Asset['kind'], spec.split(':')[1]!));
  const edges = [
    'ep contains dep',
    'dep serves-model mv',
    'mv version-of model',
    'mv stored-in artifact-bucket',
    'model stored-in datastore',
    'datastore uses-storage datastore-blobs',
    'model produced-by job',
    'job trained-on ds',
    'ds stored-in data-bucket',
  ].map((line): Edge => {
    const [from, kind, to] = line.split(' ') as [string, Edge['kind'], string];
    return { from, to, kind };
  });
  const graph = makeGraph(assets, edges);
  const [mv, model] = [graph.get('mv')!, graph.get('model')!];

  it('servedModels: the models an endpoint serves through its deployments, with the path', () => {
    expect(graph.servedModels('ep')).toEqual([{ model: mv, path: ['ep', 'dep', 'mv'] }]);
    expect(graph.servedModels('dep')).toEqual([{ model: mv, path: ['dep', 'mv'] }]);
    expect(graph.servedModels('job')).toEqual([]);
  });

  it('registryFamily: a version brings its model (and a model its versions), one hop further', () => {
    const [served] = graph.servedModels('ep');
    expect(graph.registryFamily(served!).map((m) => m.path)).toEqual([
      ['ep', 'dep', 'mv'],
      ['ep', 'dep', 'mv', 'model'],
    ]);
    expect(graph.registryFamily({ model, path: ['model'] }).map((m) => m.model.id)).toEqual(['model', 'mv']);
  });

  it('trainingDataPaths: through the producing job to the training data, never the artifact store', () => {
    expect(graph.trainingDataPaths('model')).toEqual([['model', 'job', 'ds', 'data-bucket']]);
    expect(graph.trainingDataPaths('mv')).toEqual([]);
  });

  it('artifactPaths: the storage holding the model itself, directly or behind a datastore', () => {
    expect(graph.artifactPaths('mv')).toEqual([['mv', 'artifact-bucket']]);
    expect(graph.artifactPaths('model')).toEqual([['model', 'datastore', 'datastore-blobs']]);
  });

  it('lineage is the union of those walks', () => {
    const lineage = graph.lineage('ep');
    const ids = (list: Asset[]) => list.map((x) => x.id).sort();
    expect(ids(lineage.models)).toEqual(['model', 'mv']);
    expect(ids(lineage.trainingSources)).toEqual(['datastore', 'ds', 'job']);
    expect(ids(lineage.storage)).toEqual(['artifact-bucket', 'data-bucket', 'datastore-blobs']);
  });

  it('remembers walks per id: a second ask gives the same frozen answer, equal to a fresh graph walking it', () => {
    const fresh = makeGraph([...graph.assets], [...graph.edges]);
    for (const ask of [(g: typeof graph) => g.servedModels('ep'), (g: typeof graph) => g.trainingDataPaths('model'), (g: typeof graph) => g.artifactPaths('mv')]) {
      const first = ask(graph);
      expect(first.length).toBeGreaterThan(0);
      expect(ask(graph)).toBe(first);
      expect(Object.isFrozen(first) && first.every((item) => Object.isFrozen(item))).toBe(true);
      expect(ask(fresh)).toEqual(first);
    }
    // Lineage stays a copy the caller may change.
    graph.lineage('ep').models.pop();
    expect(graph.lineage('ep').models).toHaveLength(2);
  });

  it('answers "none" with an empty array, never a dangling asset', () => {
    expect(graph.sources('ep', 'contains')).toEqual([]);
    expect(graph.targets('ep', 'version-of')).toEqual([]);
    expect(graph.hiddenBy(['storage'], { account: '111122223333' })).toEqual([]);
  });
});
