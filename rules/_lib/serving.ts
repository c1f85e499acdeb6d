// What the serving rules ask of lineage. The walks themselves are the graph's (src/graph/graph.ts:
// servedModels, registryFamily, trainingDataPaths, artifactPaths); this file names the questions,
// the coverage they rest on, and joins those walks into the serving paths the rules judge.
import { LINEAGE_EDGES, type ModelPath } from '../../src/graph/index.js';
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

/** A path from a serving asset through one of its models to the end of a tail, and the name of the served model on it. */
export interface ServedPath {
  path: string[];
  modelName: string;
}

/** Past this many paths an endpoint's paths are told apart by a joined key, not by comparing each. */
const COMPARED_PATHS = 16;

/**
 * Every distinct path from a serving asset to its models (each with its registry relatives) and on
 * along the model's `tails` (each starting at the model), in the order first reached, with the name
 * of the served model it goes through (a path's first model: two routes to one path share it). An
 * endpoint has a handful of paths, so they are told apart by comparing ids, not by joining every
 * path's long ids into a key (which cost more than the rest of the rule); an endpoint with many
 * falls back to the key.
 */
export function servedPaths(graph: GraphView, served: readonly ModelPath[], tails: (modelId: string) => readonly (readonly string[])[]): ServedPath[] {
  const out: ServedPath[] = [];
  let keys: Set<string> | undefined;
  for (const entry of served) {
    for (const member of graph.registryFamily(entry)) {
      for (const tail of tails(member.model.id)) {
        const path = member.path.concat(tail.slice(1));
        if (!keys && out.length >= COMPARED_PATHS) keys = new Set(out.map((known) => known.path.join('\n')));
        if (keys) {
          const key = path.join('\n');
          if (keys.has(key)) continue;
          keys.add(key);
        } else if (out.some((known) => samePath(known.path, path))) continue;
        out.push({ path, modelName: entry.model.name });
      }
    }
  }
  return out;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  // From the end: paths to different storage differ there first.
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
}
