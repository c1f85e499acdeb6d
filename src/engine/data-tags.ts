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
  // The graph never changes during a scan: each asset's walks are done once per graph, shared by
  // every DataTags of the scan (the engine's and the risk assessor's), and only read below.
  const walks = walksOf(graph);
  const trainingData = (asset: Asset): readonly Asset[] => {
    let known = walks.trainingData.get(asset.id);
    if (!known) {
      const lineage = graph.lineage(asset.id);
      walks.trainingData.set(asset.id, (known = [...lineage.trainingSources, ...lineage.storage]));
    }
    return known;
  };
  const scope = (asset: Asset): readonly Asset[] => {
    let known = walks.holders.get(asset.id);
    if (!known || known[0] !== asset) walks.holders.set(asset.id, (known = containersOf(graph, asset)));
    return known;
  };
  return {
    keys: resolved,
    holders: (asset) => [...scope(asset)],
    classification: memoByAsset((asset) => {
      const own = first(scope(asset), resolved.classificationKeys);
      if (own || !SERVES_A_MODEL.has(asset.kind)) return own;
      return first(trainingData(asset), resolved.classificationKeys);
    }),
    owner: (asset) => first(scope(asset), resolved.ownerKeys),
    find: (asset, tagKeys) => first(scope(asset), tagKeys),
    // Asked by rules and by risk scoring for each failing finding: walked once per asset.
    sensitive: memoByAsset((asset) => {
      const own = first(scope(asset), resolved.classificationKeys, isSensitive);
      if (own || !SERVES_A_MODEL.has(asset.kind)) return own;
      return first(trainingData(asset), resolved.classificationKeys, isSensitive);
    }),
    isSensitive,
  };
}

/**
 * `lookUp` answered once per asset (the graph and tags never change during a scan). The answer is
 * shared by every caller: a DataTag is read, never changed. An asset object that replaces one of
 * the same id is looked up afresh.
 */
function memoByAsset<T>(lookUp: (asset: Asset) => T): (asset: Asset) => T {
  const known = new Map<string, { asset: Asset; value: T }>();
  return (asset) => {
    const hit = known.get(asset.id);
    if (hit && hit.asset === asset) return hit.value;
    const value = lookUp(asset);
    known.set(asset.id, { asset, value });
    return value;
  };
}

/** Each graph's walks by asset id: training data (lineage), and the asset with its containers. */
interface GraphWalks {
  trainingData: Map<string, readonly Asset[]>;
  holders: Map<string, readonly Asset[]>;
}

const WALKS = new WeakMap<GraphView, GraphWalks>();

function walksOf(graph: GraphView): GraphWalks {
  let walks = WALKS.get(graph);
  if (!walks) WALKS.set(graph, (walks = { trainingData: new Map(), holders: new Map() }));
  return walks;
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
