// What the serving rules ask of lineage. The walks themselves are the graph's (src/graph/graph.ts:
// servedModels, registryFamily, trainingDataPaths, artifactPaths); this file only names the
// questions and the coverage they rest on.
import { LINEAGE_EDGES } from '../../src/graph/index.js';
import type { Asset, AssetKind } from '../../src/model/index.js';
import type { GraphView, RuleContext, Verdict } from '../../src/engine/index.js';

// One definition of where serving starts, shared with the risk step's toxic-path walk.
export { isServingRoot } from '../../src/graph/index.js';

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

/** True when the graph records what the model was trained on or which job produced it. */
export function hasTrainingLineage(graph: GraphView, modelId: string): boolean {
  return LINEAGE_EDGES.some((kind) => graph.outgoing(modelId, kind).length > 0);
}


/** The subject of a verdict about one graph path: the asset ids after the root, so each path keeps its own fingerprint. */
export function pathSubject(path: readonly string[]): string {
  return path.slice(1).join(' > ');
}
