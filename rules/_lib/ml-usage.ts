import { ML_ASSET_KINDS, type Asset } from '../../src/model/index.js';
import type { GraphView } from '../../src/engine/index.js';

export function isMlAsset(asset: Asset): boolean {
  return ML_ASSET_KINDS.has(asset.kind);
}

/**
 * Supporting infrastructure (storage, keys, registries, roles, security groups) matters to an
 * ML scan when the provider tagged it as ML-related or when the graph shows an ML asset pointing
 * at it (uses-storage, stored-in, encrypted-by, assumes, protected-by, ...), or an ML-tagged
 * resource does (the key that encrypts an ML bucket). A general-purpose bucket nobody in the ML
 * estate touches is another scanner's business, so rules skip it.
 */
export function usedByMl(asset: Asset, graph: GraphView): boolean {
  if (asset.facts.mlRelated === true) return true;
  return graph.sources(asset.id).some((s) => isMlAsset(s) || s.facts.mlRelated === true);
}

/** A role assignment matters when it is tagged ML-related or grants on / to an ML asset or ML identity. */
export function grantsOnMl(assignment: Asset, graph: GraphView): boolean {
  if (assignment.facts.mlRelated === true) return true;
  return graph.targets(assignment.id, 'granted-to').some((t) => isMlAsset(t) || usedByMl(t, graph));
}
