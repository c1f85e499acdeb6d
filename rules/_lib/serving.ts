import type { Asset, AssetKind, EdgeKind } from '../../src/model/index.js';
import type { GraphView, RuleContext, Verdict } from '../../src/engine/index.js';

/** A model or model version reached from a serving asset, and the asset ids walked to reach it. */
export interface ServedModel {
  model: Asset;
  /** From the serving asset (first) to `model` (last). */
  path: string[];
}

export function isModel(asset: Asset): boolean {
  return asset.kind === 'model' || asset.kind === 'model-version';
}

/**
 * A deployment inside an endpoint is judged through its endpoint, so one exposure gives one
 * finding; a deployment no endpoint contains (e.g. a batch deployment we see alone) is judged itself.
 */
export function isServingRoot(asset: Asset, graph: GraphView): boolean {
  if (asset.kind === 'endpoint') return true;
  return !graph.sources(asset.id, 'contains').some((s) => s.kind === 'endpoint');
}

/** Models an endpoint or deployment serves, directly or through the deployments it contains. */
export function servedModels(graph: GraphView, servingId: string): ServedModel[] {
  return graph
    .paths(servingId, { via: ['contains', 'serves-model'], until: isModel, maxDepth: 3 })
    .map((path) => ({ model: graph.get(path[path.length - 1]!)!, path }));
}

/**
 * The served model plus its registry relatives: a version speaks for its model and a model for
 * its versions (either may carry the lineage). Each relative's path is extended by that hop.
 */
export function withRegistryRelatives(graph: GraphView, served: ServedModel): ServedModel[] {
  const out = [served];
  const { model, path } = served;
  for (const other of [...graph.targets(model.id, 'version-of'), ...graph.sources(model.id, 'version-of')]) {
    if (!path.includes(other.id)) out.push({ model: other, path: [...path, other.id] });
  }
  return out;
}

/** Kinds whose records (or their detail reads) hold the edges from a serving asset to its models and their lineage. */
export const LINEAGE_KINDS: readonly AssetKind[] = ['deployment', 'model', 'model-version', 'training-job', 'dataset', 'datastore'];
/** The part of those that leads to a model's own artifacts. */
export const ARTIFACT_KINDS: readonly AssetKind[] = ['deployment', 'model', 'model-version', 'datastore'];

/**
 * An `unknown` verdict when a coverage gap may hide part of what a serving asset reaches: a record
 * of `kinds` that would have added a path (in the asset's account and region), or the storage at
 * its end (anywhere in the account). A clean verdict from a lineage walk needs both seen.
 */
export function requireLineageSeen<M extends string>(ctx: RuleContext<M>, asset: Asset, kinds: readonly AssetKind[] = LINEAGE_KINDS): Verdict | undefined {
  return ctx.requireSeen(kinds) ?? ctx.requireSeen(['storage'], { account: asset.account });
}

const LINEAGE_EDGES: readonly EdgeKind[] = ['trained-on', 'produced-by'];
const TRAINING_DATA_EDGES: readonly EdgeKind[] = ['trained-on', 'produced-by', 'stored-in', 'uses-storage'];

/** True when the graph records what the model was trained on or which job produced it. */
export function hasTrainingLineage(graph: GraphView, modelId: string): boolean {
  return LINEAGE_EDGES.some((kind) => graph.outgoing(modelId, kind).length > 0);
}

/**
 * Paths from a model through its training lineage to the storage that holds the training data.
 * The first hop must be trained-on or produced-by: a model's own artifact bucket (stored-in) is
 * where it lives, not what it learned from.
 */
export function trainingStoragePaths(graph: GraphView, modelId: string): string[][] {
  const out: string[][] = [];
  for (const kind of LINEAGE_EDGES) {
    for (const source of graph.targets(modelId, kind)) {
      if (source.kind === 'storage') {
        out.push([modelId, source.id]);
        continue;
      }
      const onward = graph.paths(source.id, {
        via: TRAINING_DATA_EDGES,
        until: (a) => a.kind === 'storage',
        maxDepth: 4,
      });
      for (const p of onward) if (!p.includes(modelId)) out.push([modelId, ...p]);
    }
  }
  return out;
}

/** Paths from a model to the storage that holds its own artifacts (weights, container files). */
export function artifactStoragePaths(graph: GraphView, modelId: string): string[][] {
  return graph.targets(modelId, 'stored-in').filter((s) => s.kind === 'storage').map((s) => [modelId, s.id]);
}
