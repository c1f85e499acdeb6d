import { DEFAULT_DATA_TAG_KEYS, findTagKey, type Asset, type AssetKind, type DataTagKeys } from '../model/index.js';
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
  holders(asset: Asset): readonly Asset[];
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
    // The memo itself, not a copy: every caller (rules/integrity/*) only reads it, and the type says so.
    holders: scope,
    classification: memoByAsset((asset) => {
      const own = first(scope(asset), resolved.classificationKeys);
      if (own || !SERVES_A_MODEL.has(asset.kind)) return own;
      return first(trainingData(asset), resolved.classificationKeys);
    }),
    owner: (asset) => first(scope(asset), resolved.ownerKeys),
    find: (asset, tagKeys) => first(scope(asset), tagKeys),
    // Asked by rules and by risk scoring for each failing finding: walked once per asset.
    sensitive: memoByAsset((asset) => {
      const own = first(scope(asset), resolved.classificationKeys, sensitive);
      if (own || !SERVES_A_MODEL.has(asset.kind)) return own;
      return first(trainingData(asset), resolved.classificationKeys, sensitive);
    }),
    isSensitive,
  };
}

/** The first holder's first tag under `tagKeys` (with a value in `values`, lowercase, when given), and that holder. */
function first(holders: readonly Asset[], tagKeys: readonly string[], values?: ReadonlySet<string>): DataTag | undefined {
  for (const holder of holders) {
    const key = findTagKey(holder.tags, tagKeys, values);
    if (key !== undefined) return { key, value: holder.tags[key]!, holder: holder.id };
  }
  return undefined;
}

/**
 * `lookUp` answered once per asset (the graph and tags never change during a scan). The answer is
 * shared by every caller: a DataTag is read, never changed. Keyed by the asset object, so an
 * object that replaces one of the same id is looked up afresh, with no wrapper per entry to check.
 */
function memoByAsset<T>(lookUp: (asset: Asset) => T): (asset: Asset) => T {
  // Most answers are "no tag": a stand-in for undefined makes a hit one lookup, not get and has.
  const known = new Map<Asset, T | typeof NO_ANSWER>();
  return (asset) => {
    let value = known.get(asset);
    if (value === undefined) known.set(asset, (value = lookUp(asset) ?? NO_ANSWER));
    return value === NO_ANSWER ? (undefined as T) : value;
  };
}

const NO_ANSWER: unique symbol = Symbol('no answer');

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
