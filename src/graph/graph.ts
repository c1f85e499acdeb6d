import { isModel, type Asset, type AssetKind, type CoverageGap, type Edge, type EdgeKind } from '../model/index.js';
import { gapHides, type Whereabouts } from './coverage.js';

export interface PathQuery {
  /** Edge kinds that may be followed (outgoing direction). */
  via: readonly EdgeKind[];
  /** Which assets end a path. */
  until: (asset: Asset) => boolean;
  /** Longest path, in edges. */
  maxDepth?: number;
}

/** Read-only view of the graph handed to rules. */
export interface GraphView {
  get(id: string): Asset | undefined;
  outgoing(id: string, kind?: EdgeKind): readonly Edge[];
  incoming(id: string, kind?: EdgeKind): readonly Edge[];
  /** Assets at the other end of outgoing edges of `kind`. Dangling ids are skipped. */
  targets(id: string, kind?: EdgeKind): Asset[];
  /** Assets at the start of incoming edges of `kind`. */
  sources(id: string, kind?: EdgeKind): Asset[];
  ofKind(kind: AssetKind): readonly Asset[];
  /** Every simple path from `start` along `via` edges to an asset accepted by `until`. */
  paths(start: string, query: PathQuery): string[][];
  /** Models or model versions `id` serves, directly or through the deployments it contains. */
  servedModels(id: string): ModelPath[];
  /**
   * A served model and its registry relatives: a version speaks for its model and a model for its
   * versions (either may carry the lineage). Each relative's path is extended by that hop.
   */
  registryFamily(served: ModelPath): ModelPath[];
  /**
   * Paths from a model through its training lineage to the storage holding the training data. The
   * first hop is trained-on or produced-by: the model's own artifact store is where it lives, not
   * what it learned from.
   */
  trainingDataPaths(modelId: string): string[][];
  /** Paths from a model to the storage holding its own artifacts (directly, or through a datastore). */
  artifactPaths(modelId: string): string[][];
  /** The models `id` is or serves (with their registry relatives), and what they were trained on and stored in. */
  lineage(id: string): Lineage;
  /**
   * The scan's coverage gaps that may have hidden assets of any of `kinds` at `where`: when a
   * verdict rests on a relative being absent, these make it unknown.
   */
  hiddenBy(kinds: readonly AssetKind[], where: Whereabouts): CoverageGap[];
}

/** A model reached from a serving asset, and the asset ids walked: the serving asset first, `model` last. */
export interface ModelPath {
  model: Asset;
  path: string[];
}

export interface Lineage {
  /** Models or model versions the asset serves (itself when it is one). */
  models: Asset[];
  /** Datasets, datastores, training jobs and storage the models were trained on or produced by. */
  trainingSources: Asset[];
  /** Storage that holds the training data or the model artifacts. */
  storage: Asset[];
}

const EMPTY: readonly Edge[] = Object.freeze([]);
/** Edges that record what a model was trained on or which job produced it. */
export const LINEAGE_EDGES: readonly EdgeKind[] = ['trained-on', 'produced-by'];
const TRAINING_DATA_EDGES: readonly EdgeKind[] = [...LINEAGE_EDGES, 'stored-in', 'uses-storage'];
const ARTIFACT_EDGES: readonly EdgeKind[] = ['stored-in', 'uses-storage'];

/**
 * The asset graph: O(1) lookups by id and adjacency lists both ways.
 * Built once per scan, then only read (rules run concurrently against it).
 */
export class AssetGraph implements GraphView {
  readonly assets: readonly Asset[];
  readonly edges: readonly Edge[];
  readonly gaps: readonly CoverageGap[];
  private readonly byId = new Map<string, Asset>();
  private readonly out = new Map<string, Edge[]>();
  private readonly in = new Map<string, Edge[]>();
  /** The same adjacency lists split by edge kind: rules ask for one kind hundreds of thousands of times. */
  private readonly outByKind = new Map<EdgeKind, Map<string, Edge[]>>();
  private readonly inByKind = new Map<EdgeKind, Map<string, Edge[]>>();
  private readonly byKind = new Map<AssetKind, Asset[]>();
  /** lineage() per asset id: the graph never changes once built, and tiers, tags and rules ask again and again. */
  private readonly lineages = new Map<string, Lineage>();

  constructor(assets: readonly Asset[], edges: readonly Edge[], gaps: readonly CoverageGap[] = []) {
    this.assets = assets;
    this.edges = edges;
    this.gaps = gaps;
    for (const asset of assets) {
      this.byId.set(asset.id, asset);
      const list = this.byKind.get(asset.kind);
      if (list) list.push(asset);
      else this.byKind.set(asset.kind, [asset]);
    }
    for (const edge of edges) {
      push(this.out, edge.from, edge);
      push(this.in, edge.to, edge);
      push(listsOfKind(this.outByKind, edge.kind), edge.from, edge);
      push(listsOfKind(this.inByKind, edge.kind), edge.to, edge);
    }
  }

  get(id: string): Asset | undefined {
    return this.byId.get(id);
  }

  outgoing(id: string, kind?: EdgeKind): readonly Edge[] {
    return (kind ? this.outByKind.get(kind)?.get(id) : this.out.get(id)) ?? EMPTY;
  }

  incoming(id: string, kind?: EdgeKind): readonly Edge[] {
    return (kind ? this.inByKind.get(kind)?.get(id) : this.in.get(id)) ?? EMPTY;
  }

  targets(id: string, kind?: EdgeKind): Asset[] {
    const out: Asset[] = [];
    for (const edge of this.outgoing(id, kind)) this.pushKnown(out, edge.to);
    return out;
  }

  sources(id: string, kind?: EdgeKind): Asset[] {
    const out: Asset[] = [];
    for (const edge of this.incoming(id, kind)) this.pushKnown(out, edge.from);
    return out;
  }

  ofKind(kind: AssetKind): readonly Asset[] {
    return this.byKind.get(kind) ?? EMPTY_ASSETS;
  }

  paths(start: string, query: PathQuery): string[][] {
    const via = new Set<EdgeKind>(query.via);
    const maxDepth = query.maxDepth ?? 6;
    const found: string[][] = [];
    const trail = [start];
    const onTrail = new Set(trail);
    const walk = (id: string): void => {
      if (trail.length > maxDepth) return;
      for (const edge of this.out.get(id) ?? EMPTY) {
        if (!via.has(edge.kind) || onTrail.has(edge.to)) continue;
        const next = this.byId.get(edge.to);
        if (!next) continue;
        trail.push(edge.to);
        onTrail.add(edge.to);
        if (query.until(next)) found.push([...trail]);
        else walk(edge.to);
        trail.pop();
        onTrail.delete(edge.to);
      }
    };
    walk(start);
    return found;
  }

  servedModels(id: string): ModelPath[] {
    const paths = this.paths(id, { via: ['contains', 'serves-model'], until: isModel, maxDepth: 3 });
    return paths.map((path) => ({ model: this.byId.get(path[path.length - 1]!)!, path }));
  }

  registryFamily(served: ModelPath): ModelPath[] {
    const { model, path } = served;
    const out = [served];
    for (const other of [...this.targets(model.id, 'version-of'), ...this.sources(model.id, 'version-of')]) {
      if (!path.includes(other.id)) out.push({ model: other, path: [...path, other.id] });
    }
    return out;
  }

  trainingDataPaths(modelId: string): string[][] {
    const out: string[][] = [];
    for (const kind of LINEAGE_EDGES) {
      for (const source of this.targets(modelId, kind)) {
        if (isStorage(source)) {
          out.push([modelId, source.id]);
          continue;
        }
        for (const p of this.paths(source.id, { via: TRAINING_DATA_EDGES, until: isStorage, maxDepth: 4 })) {
          if (!p.includes(modelId)) out.push([modelId, ...p]);
        }
      }
    }
    return out;
  }

  artifactPaths(modelId: string): string[][] {
    return this.paths(modelId, { via: ARTIFACT_EDGES, until: isStorage, maxDepth: 3 });
  }

  lineage(id: string): Lineage {
    let known = this.lineages.get(id);
    if (!known) this.lineages.set(id, (known = this.walkLineage(id)));
    // Copies: a caller may change its arrays, never the memo.
    return { models: [...known.models], trainingSources: [...known.trainingSources], storage: [...known.storage] };
  }

  private walkLineage(id: string): Lineage {
    const start = this.byId.get(id);
    const served: ModelPath[] = start && isModel(start) ? [{ model: start, path: [id] }] : [];
    const models = new Map<string, Asset>();
    for (const entry of [...served, ...this.servedModels(id)]) {
      for (const { model } of this.registryFamily(entry)) models.set(model.id, model);
    }
    const sources = new Map<string, Asset>();
    const storage = new Map<string, Asset>();
    for (const model of models.values()) {
      for (const p of [...this.trainingDataPaths(model.id), ...this.artifactPaths(model.id)]) {
        for (const step of p.slice(1)) {
          const asset = this.byId.get(step)!;
          (isStorage(asset) ? storage : sources).set(asset.id, asset);
        }
      }
      for (const t of this.targets(model.id, 'trained-on')) sources.set(t.id, t);
    }
    return { models: [...models.values()], trainingSources: [...sources.values()], storage: [...storage.values()] };
  }

  hiddenBy(kinds: readonly AssetKind[], where: Whereabouts): CoverageGap[] {
    return this.gaps.filter((gap) => kinds.some((kind) => gapHides(gap, kind, where)));
  }

  /** Appends the asset `id` names, if the graph has it (dangling edges are skipped). */
  private pushKnown(out: Asset[], id: string): void {
    const asset = this.byId.get(id);
    if (asset) out.push(asset);
  }
}

const EMPTY_ASSETS: readonly Asset[] = Object.freeze([]);

function isStorage(asset: Asset): boolean {
  return asset.kind === 'storage';
}

function listsOfKind(byKind: Map<EdgeKind, Map<string, Edge[]>>, kind: EdgeKind): Map<string, Edge[]> {
  let lists = byKind.get(kind);
  if (!lists) byKind.set(kind, (lists = new Map()));
  return lists;
}

function push(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
