import { DEFAULT_DATA_TAG_KEYS, findTag, matchingTags, type Asset, type AssetKind, type DataTagKeys } from '../model/index.js';
import type { GraphView } from '../graph/index.js';

/** A classification or owner tag, and the asset that carries it (the asset itself or one it inherits from). */
export interface DataTag {
  key: string;
  value: string;
  /** Id of the asset carrying the tag. */
  holder: string;
}

/** Classification and owner of an asset under the scan's configured tag keys, inherited along the graph. */
export interface DataTags {
  readonly keys: DataTagKeys;
  /** The asset and the assets that contain it, transitively (data version → data asset → workspace), nearest first. */
  holders(asset: Asset): Asset[];
  /** Own tag first, then its containers' (a workspace speaks for what it contains), then, for what serves a model, its training data's. */
  classification(asset: Asset): DataTag | undefined;
  /** Own tag first, then a container's. */
  owner(asset: Asset): DataTag | undefined;
  /** The first non-blank tag under one of `keys` (e.g. the risk config's environment keys): own first, then a container's. */
  find(asset: Asset, keys: readonly string[]): DataTag | undefined;
  /**
   * The nearest classification with a sensitive value, looking where `classification` looks
   * (own, containers, then for what serves a model its training data) but past labels that are
   * not sensitive: one sensitive label anywhere makes the data sensitive (risk scoring reads this).
   */
  sensitive(asset: Asset): DataTag | undefined;
  /** The classification value is one of the configured sensitive values. */
  isSensitive(tag: DataTag | undefined): boolean;
}

/** Kinds whose data is that of the model's training data. */
const SERVES_A_MODEL: ReadonlySet<AssetKind> = new Set(['endpoint', 'deployment', 'model', 'model-version']);

export function createDataTags(graph: GraphView, keys: Partial<DataTagKeys> = {}): DataTags {
  const resolved: DataTagKeys = { ...DEFAULT_DATA_TAG_KEYS, ...keys };
  const sensitive = new Set(resolved.sensitiveValues.map((v) => v.toLowerCase()));
  const isSensitive = (tag: { value: string } | undefined) => tag !== undefined && sensitive.has(tag.value.toLowerCase());
  const first = (holders: readonly Asset[], tagKeys: readonly string[], accept?: (tag: { key: string; value: string }) => boolean): DataTag | undefined => {
    for (const holder of holders) {
      const found = accept ? matchingTags(holder.tags, tagKeys).find(accept) : findTag(holder.tags, tagKeys);
      if (found) return { ...found, holder: holder.id };
    }
    return undefined;
  };
  // The graph never changes during a scan: each asset's walks are done once (read only below).
  const trainingDataOf = new Map<string, readonly Asset[]>();
  const trainingData = (asset: Asset): readonly Asset[] => {
    let known = trainingDataOf.get(asset.id);
    if (!known) {
      const lineage = graph.lineage(asset.id);
      trainingDataOf.set(asset.id, (known = [...lineage.trainingSources, ...lineage.storage]));
    }
    return known;
  };
  const holdersOf = new Map<string, readonly Asset[]>();
  const scope = (asset: Asset): readonly Asset[] => {
    let known = holdersOf.get(asset.id);
    if (!known || known[0] !== asset) holdersOf.set(asset.id, (known = containersOf(graph, asset)));
    return known;
  };
  return {
    keys: resolved,
    holders: (asset) => [...scope(asset)],
    classification(asset) {
      const own = first(scope(asset), resolved.classificationKeys);
      if (own || !SERVES_A_MODEL.has(asset.kind)) return own;
      return first(trainingData(asset), resolved.classificationKeys);
    },
    owner: (asset) => first(scope(asset), resolved.ownerKeys),
    find: (asset, tagKeys) => first(scope(asset), tagKeys),
    sensitive(asset) {
      const own = first(scope(asset), resolved.classificationKeys, isSensitive);
      if (own || !SERVES_A_MODEL.has(asset.kind)) return own;
      return first(trainingData(asset), resolved.classificationKeys, isSensitive);
    },
    isSensitive,
  };
}

/** The asset and the assets that contain it, transitively, nearest first. */
function containersOf(graph: GraphView, asset: Asset): Asset[] {
  const out = [asset];
  const seen = new Set([asset.id]);
  for (let i = 0; i < out.length; i++) {
    for (const parent of graph.sources(out[i]!.id, 'contains')) {
      if (!seen.has(parent.id)) (seen.add(parent.id), out.push(parent));
    }
  }
  return out;
}
