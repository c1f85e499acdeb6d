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

/**
 * Read-only view of the graph handed to rules. What it answers is read, never changed: an answer
 * may be the graph's own (an adjacency list, a shared empty array, a remembered walk).
 */
export interface GraphView {
  get(id: string): Asset | undefined;
  outgoing(id: string, kind?: EdgeKind): readonly Edge[];
  incoming(id: string, kind?: EdgeKind): readonly Edge[];
  /** Assets at the other end of outgoing edges of `kind`. Dangling ids are skipped. */
  targets(id: string, kind?: EdgeKind): readonly Asset[];
  /** Assets at the start of incoming edges of `kind`. */
  sources(id: string, kind?: EdgeKind): readonly Asset[];
  /** `sources(id, kind).some(test)`, without building the list: rules ask it of every asset of their kinds. */
  hasSource(id: string, kind: EdgeKind | undefined, test: (source: Asset) => boolean): boolean;
  ofKind(kind: AssetKind): readonly Asset[];
  /** Every simple path from `start` along `via` edges to an asset accepted by `until`. */
  paths(start: string, query: PathQuery): string[][];
  /** Models or model versions `id` serves, directly or through the deployments it contains. */
  servedModels(id: string): readonly ModelPath[];
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
  trainingDataPaths(modelId: string): readonly (readonly string[])[];
  /** Paths from a model to the storage holding its own artifacts (directly, or through a datastore). */
  artifactPaths(modelId: string): readonly (readonly string[])[];
  /** The models `id` is or serves (with their registry relatives), and what they were trained on and stored in. */
  lineage(id: string): Lineage;
  /**
   * The scan's coverage gaps that may have hidden assets of any of `kinds` at `where`: when a
   * verdict rests on a relative being absent, these make it unknown.
   */
  hiddenBy(kinds: readonly AssetKind[], where: Whereabouts): readonly CoverageGap[];
}

/** A model reached from a serving asset, and the asset ids walked: the serving asset first, `model` last. */
export interface ModelPath {
  model: Asset;
  path: readonly string[];
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
const SERVED_MODELS: PathQuery = { via: ['contains', 'serves-model'], until: isModel, maxDepth: 3 };
const TRAINING_DATA: PathQuery = { via: TRAINING_DATA_EDGES, until: isStorage, maxDepth: 4 };
const ARTIFACTS: PathQuery = { via: ARTIFACT_EDGES, until: isStorage, maxDepth: 3 };

/**
 * The asset graph: O(1) lookups by id and adjacency lists both ways, by edge kind.
 * Built once per scan, then only read (rules run concurrently against it): so the walks that
 * depend on nothing but the graph are remembered per id, and their answers shared by every caller,
 * who only reads them (the rules, src/risk, src/engine: checked with grep). They are frozen, so a
 * caller that changed one would fail loudly rather than corrupt another's answer.
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
  private readonly served = new Map<string, readonly ModelPath[]>();
  private readonly trainingData = new Map<string, readonly (readonly string[])[]>();
  private readonly artifacts = new Map<string, readonly (readonly string[])[]>();
  /** lineage() per asset id: tiers, tags and rules ask again and again. */
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

  targets(id: string, kind?: EdgeKind): readonly Asset[] {
    return this.ends(this.outgoing(id, kind), 'to');
  }

  sources(id: string, kind?: EdgeKind): readonly Asset[] {
    return this.ends(this.incoming(id, kind), 'from');
  }

  hasSource(id: string, kind: EdgeKind | undefined, test: (source: Asset) => boolean): boolean {
    for (const edge of this.incoming(id, kind)) {
      const source = this.byId.get(edge.from);
      if (source && test(source)) return true;
    }
    return false;
  }

  ofKind(kind: AssetKind): readonly Asset[] {
    return this.byKind.get(kind) ?? EMPTY_ASSETS;
  }

  paths(start: string, query: PathQuery): string[][] {
    const found: string[][] = [];
    this.walk(start, query, query.maxDepth ?? 6, [start], found);
    return found;
  }

  servedModels(id: string): readonly ModelPath[] {
    let known = this.served.get(id);
    if (!known) {
      const entries = this.paths(id, SERVED_MODELS).map((path) => Object.freeze({ model: this.get(path[path.length - 1]!)!, path: Object.freeze(path) }));
      this.served.set(id, (known = Object.freeze(entries)));
    }
    return known;
  }

  registryFamily(served: ModelPath): ModelPath[] {
    const out = [served];
    // What it is a version of, then the versions of it: the order targets() and sources() gave.
    for (const edge of this.outgoing(served.model.id, 'version-of')) this.pushRelative(out, served, edge.to);
    for (const edge of this.incoming(served.model.id, 'version-of')) this.pushRelative(out, served, edge.from);
    return out;
  }

  trainingDataPaths(modelId: string): readonly (readonly string[])[] {
    let known = this.trainingData.get(modelId);
    if (!known) this.trainingData.set(modelId, (known = frozenPaths(this.walkTrainingData(modelId))));
    return known;
  }

  artifactPaths(modelId: string): readonly (readonly string[])[] {
    let known = this.artifacts.get(modelId);
    if (!known) this.artifacts.set(modelId, (known = frozenPaths(this.paths(modelId, ARTIFACTS))));
    return known;
  }

  lineage(id: string): Lineage {
    let known = this.lineages.get(id);
    if (!known) this.lineages.set(id, (known = this.walkLineage(id)));
    // Copies: a caller may change its arrays, never the memo.
    return { models: [...known.models], trainingSources: [...known.trainingSources], storage: [...known.storage] };
  }

  hiddenBy(kinds: readonly AssetKind[], where: Whereabouts): readonly CoverageGap[] {
    // Most scans have no gaps, and rules ask for every asset: no empty array made each time.
    if (this.gaps.length === 0) return EMPTY_GAPS;
    return this.gaps.filter((gap) => kinds.some((kind) => gapHides(gap, kind, where)));
  }

  /** The known assets at one end of `edges` (dangling ids skipped); the shared empty array for none. */
  private ends(edges: readonly Edge[], end: 'from' | 'to'): readonly Asset[] {
    if (edges.length === 0) return EMPTY_ASSETS;
    const out: Asset[] = [];
    for (const edge of edges) {
      const asset = this.byId.get(edge[end]);
      if (asset) out.push(asset);
    }
    return out;
  }

  /**
   * Depth-first from the last id of `trail`, in edge order: a method with the trail passed down
   * rather than a closure, and `includes` on the short trail and `via` rather than sets, since
   * rules and lineage start hundreds of thousands of these small walks.
   */
  private walk(id: string, query: PathQuery, maxDepth: number, trail: string[], found: string[][]): void {
    if (trail.length > maxDepth) return;
    for (const edge of this.out.get(id) ?? EMPTY) {
      if (!query.via.includes(edge.kind) || trail.includes(edge.to)) continue;
      const next = this.byId.get(edge.to);
      if (!next) continue;
      trail.push(edge.to);
      if (query.until(next)) found.push(trail.slice());
      else this.walk(edge.to, query, maxDepth, trail, found);
      trail.pop();
    }
  }

  private walkTrainingData(modelId: string): string[][] {
    const out: string[][] = [];
    for (const kind of LINEAGE_EDGES) {
      for (const edge of this.outgoing(modelId, kind)) {
        const source = this.get(edge.to);
        if (!source) continue;
        if (isStorage(source)) {
          out.push([modelId, source.id]);
          continue;
        }
        for (const p of this.paths(source.id, TRAINING_DATA)) {
          if (!p.includes(modelId)) out.push([modelId, ...p]);
        }
      }
    }
    return out;
  }

  private walkLineage(id: string): Lineage {
    const start = this.get(id);
    const models = new Map<string, Asset>();
    const addFamily = (entry: ModelPath) => {
      for (const { model } of this.registryFamily(entry)) models.set(model.id, model);
    };
    if (start && isModel(start)) addFamily({ model: start, path: [id] });
    for (const entry of this.servedModels(id)) addFamily(entry);
    const sources = new Map<string, Asset>();
    const storage = new Map<string, Asset>();
    const addSteps = (paths: readonly (readonly string[])[]) => {
      for (const p of paths) {
        for (let i = 1; i < p.length; i++) {
          const asset = this.get(p[i]!)!;
          (isStorage(asset) ? storage : sources).set(asset.id, asset);
        }
      }
    };
    for (const model of models.values()) {
      addSteps(this.trainingDataPaths(model.id));
      addSteps(this.artifactPaths(model.id));
      for (const t of this.targets(model.id, 'trained-on')) sources.set(t.id, t);
    }
    return { models: [...models.values()], trainingSources: [...sources.values()], storage: [...storage.values()] };
  }

  /** Adds the registry relative `id` (when known and not already on the path) with the path extended by it. */
  private pushRelative(out: ModelPath[], served: ModelPath, id: string): void {
    const other = this.get(id);
    if (other && !served.path.includes(other.id)) out.push({ model: other, path: [...served.path, other.id] });
  }
}

const EMPTY_ASSETS: readonly Asset[] = Object.freeze([]);
const EMPTY_GAPS: readonly CoverageGap[] = Object.freeze([]);

/**
 * A deployment inside an endpoint is judged through its endpoint, so one exposure gives one
 * finding; a deployment no endpoint contains (e.g. a batch deployment we see alone) is judged
 * itself. The serving rules (rules/_lib/serving.ts) and the toxic-path walk (src/risk) start here.
 */
export function isServingRoot(asset: Asset, graph: Pick<GraphView, 'hasSource'>): boolean {
  if (asset.kind === 'endpoint') return true;
  return !graph.hasSource(asset.id, 'contains', isEndpoint);
}

function isEndpoint(asset: Asset): boolean {
  return asset.kind === 'endpoint';
}

function isStorage(asset: Asset): boolean {
  return asset.kind === 'storage';
}

/** A remembered walk's paths, frozen with the list that holds them. */
function frozenPaths(paths: string[][]): readonly (readonly string[])[] {
  for (const path of paths) Object.freeze(path);
  return Object.freeze(paths);
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
