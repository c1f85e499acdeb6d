// What "ML" means to a scan: one definition, read by the rules of every cloud.
import type { Asset } from './asset.js';
import { ASSET_KINDS, ML_ASSET_KINDS, type AssetKind, type EdgeKind } from './kinds.js';

/** The part of the asset graph these questions need (src/graph's GraphView has it). */
export interface Relations {
  sources(id: string, kind?: EdgeKind): readonly Asset[];
  /** `sources(id, kind).some(test)` without building the list. */
  hasSource(id: string, kind: EdgeKind | undefined, test: (source: Asset) => boolean): boolean;
  targets(id: string, kind?: EdgeKind): readonly Asset[];
  /** Coverage gaps that may have hidden assets of any of `kinds` in `where` (see src/graph/coverage.ts). */
  hiddenBy(kinds: readonly AssetKind[], where: { account: string }): readonly unknown[];
}

/** A model or a model version (what an endpoint serves and a registry holds). */
export function isModel(asset: Asset): boolean {
  return asset.kind === 'model' || asset.kind === 'model-version';
}

/** An asset that is part of an ML estate in its own right (workspace, model, endpoint, ...). */
export function isMlAsset(asset: Asset): boolean {
  return ML_ASSET_KINDS.has(asset.kind);
}

/**
 * Whether supporting infrastructure (storage, keys, registries, networks, roles) matters to an ML
 * scan: the one definition every rule uses, whatever the cloud.
 *
 * 1. The provider's `mlRelated` fact decides when it is set: false when the provider saw the whole
 *    estate and no ML asset uses it; true when one does (with `via`, the question is narrower than
 *    the fact, so the graph answers it).
 * 2. Otherwise the graph: an ML asset, or an ML-related one, points at it (uses-storage, stored-in,
 *    encrypted-by, assumes, ...), only along `via` edges when given.
 * 3. Otherwise, when a coverage gap in its account may have hidden the asset that would point at it,
 *    it is treated as used: we cannot say it is not ML, so it is judged rather than skipped.
 *
 * A general-purpose bucket nobody in a fully seen ML estate touches is another scanner's business.
 */
export function usedByMl(asset: Asset, graph: Relations, via?: readonly EdgeKind[]): boolean {
  const { mlRelated } = asset.facts;
  if (mlRelated === false) return false;
  if (mlRelated === true && !via) return true;
  // Edge kind by edge kind, without concatenating the lists: most assets are answered by the first.
  if (via) {
    for (const kind of via) if (graph.hasSource(asset.id, kind, isMlUser)) return true;
  } else if (graph.hasSource(asset.id, undefined, isMlUser)) return true;
  return mayHideMlUser(asset, graph);
}

function isMlUser(source: Asset): boolean {
  return isMlAsset(source) || source.facts.mlRelated === true;
}

/** True when a coverage gap in the asset's account (any region) may have hidden an asset that uses it. */
export function mayHideMlUser(asset: Asset, graph: Relations): boolean {
  return graph.hiddenBy(ASSET_KINDS, { account: asset.account }).length > 0;
}

/** A role assignment matters when it is tagged ML-related or grants on / to an ML asset or ML identity. */
export function grantsOnMl(assignment: Asset, graph: Relations): boolean {
  if (assignment.facts.mlRelated === true) return true;
  return graph.targets(assignment.id, 'granted-to').some((t) => isMlAsset(t) || usedByMl(t, graph));
}
