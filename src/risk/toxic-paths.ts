import type { Asset } from '../model/index.js';
import { isServingRoot, type GraphView } from '../graph/index.js';
import type { DataTags } from '../engine/data-tags.js';

/** A path the graph proves toxic: reachable from the internet, with sensitive data on it. */
export interface ToxicPath {
  ids: string[];
  names: string[];
  /** Which step is reachable, e.g. "endpoint fraud-scoring: publicNetworkAccess=true". */
  reachable: string;
  /** Which step holds sensitive data, e.g. "storage claims: tag data-classification=pii". */
  sensitive: string;
}

/**
 * Every path serving asset → model → training data or artifact storage (the graph's own walks:
 * servedModels, registryFamily, trainingDataPaths, artifactPaths) whose serving asset or storage
 * is reachable from the internet and on which some asset holds sensitive data; keyed by each
 * asset on such a path (its first path). A weakness on one of these assets completes the
 * toxic combination of seeds/000 3.2 ("an attacker compromising an external facing endpoint and
 * working backwards through a pipeline").
 */
export function findToxicPaths(graph: GraphView, tags: DataTags, exposureFacts: readonly string[]): Map<string, ToxicPath> {
  const out = new Map<string, ToxicPath>();
  const exposed = (a: Asset) => exposureFacts.find((f) => (a.facts as Record<string, unknown>)[f] === true);
  const tails = tailsOf(graph);
  const servingRoots = [...graph.ofKind('endpoint'), ...graph.ofKind('deployment').filter((d) => isServingRoot(d, graph))];
  for (const root of servingRoots) {
    const rootExposed = exposed(root) !== undefined;
    for (const served of graph.servedModels(root.id)) {
      for (const member of graph.registryFamily(served)) {
        for (const tail of tails(member.model.id)) {
          // The cheap tests first, before any array is built: the path's ends are the root and the
          // tail's last asset (the graph's walks hold only assets it has), one must be exposed; and
          // each asset keeps its first path, so a path that would give none a path need not be judged.
          const end = graph.get(tail[tail.length - 1]!);
          if (!rootExposed && end && !exposed(end)) continue;
          if (member.path.every((id) => out.has(id)) && tail.every((id) => out.has(id))) continue;
          const ids = [...member.path, ...tail.slice(1)];
          const path = toxicPath(graph, tags, ids, exposed);
          if (path) for (const id of ids) if (!out.has(id)) out.set(id, path);
        }
      }
    }
  }
  return out;
}

/**
 * A model's training data and artifact paths, walked once per model: every serving asset that
 * reaches a model (an endpoint, and each of its deployments) reaches its registry relatives too.
 */
function tailsOf(graph: GraphView): (modelId: string) => readonly (readonly string[])[] {
  const known = new Map<string, readonly (readonly string[])[]>();
  return (modelId) => {
    let tails = known.get(modelId);
    if (!tails) known.set(modelId, (tails = [...graph.trainingDataPaths(modelId), ...graph.artifactPaths(modelId)]));
    return tails;
  };
}

/** The path through `ids` when an end of it is reachable from the internet and an asset on it holds sensitive data. */
function toxicPath(graph: GraphView, tags: DataTags, ids: string[], exposed: (a: Asset) => string | undefined): ToxicPath | undefined {
  const assets = ids.map((id) => graph.get(id)).filter((a): a is Asset => a !== undefined);
  const entry = [assets[0], assets[assets.length - 1]].find((a) => a && exposed(a));
  if (!entry) return undefined;
  let sensitive: string | undefined;
  for (const a of assets) {
    const tag = tags.sensitive(a);
    if (tag) {
      const holder = graph.get(tag.holder) ?? a;
      sensitive = `${holder.kind} ${holder.name}: tag ${tag.key}=${tag.value}`;
      break;
    }
  }
  if (!sensitive) return undefined;
  return {
    ids,
    names: assets.map((a) => a.name),
    reachable: `${entry.kind} ${entry.name}: ${exposed(entry)}=true`,
    sensitive,
  };
}
