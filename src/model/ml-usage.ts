// What "ML" means to a scan: one definition, read by the rules of every cloud.
import type { Asset } from './asset.js';
import { ML_ASSET_KINDS, type EdgeKind } from './kinds.js';

/** The part of the asset graph these questions need (src/graph's GraphView has it). */
export interface Relations {
  sources(id: string, kind?: EdgeKind): readonly Asset[];
  targets(id: string, kind?: EdgeKind): readonly Asset[];
}

/** An asset that is part of an ML estate in its own right (workspace, model, endpoint, ...). */
export function isMlAsset(asset: Asset): boolean {
  return ML_ASSET_KINDS.has(asset.kind);
}

/**
 * Whether supporting infrastructure (storage, keys, registries, networks, roles) matters to an ML
 * scan. The provider's `mlRelated` fact decides when it is set: true when an ML asset uses it,
 * false when the provider saw the whole estate and none does. Otherwise the graph decides: an ML
 * asset (or an ML-related one) points at it (uses-storage, stored-in, encrypted-by, assumes, ...),
 * along `via` edges when given. A general-purpose bucket nobody in the ML estate touches is another
 * scanner's business, so rules skip it.
 */
export function usedByMl(asset: Asset, graph: Relations, via?: readonly EdgeKind[]): boolean {
  if (asset.facts.mlRelated !== undefined && !via) return asset.facts.mlRelated;
  const from = via ? via.flatMap((kind) => graph.sources(asset.id, kind)) : graph.sources(asset.id);
  return from.some((s) => isMlAsset(s) || s.facts.mlRelated === true);
}

/** A role assignment matters when it is tagged ML-related or grants on / to an ML asset or ML identity. */
export function grantsOnMl(assignment: Asset, graph: Relations): boolean {
  if (assignment.facts.mlRelated === true) return true;
  return graph.targets(assignment.id, 'granted-to').some((t) => isMlAsset(t) || usedByMl(t, graph));
}
