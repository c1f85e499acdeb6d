import type { Asset, AssetKind, CoverageGap, Edge, EdgeKind } from '../model/index.js';
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
  lineage(id: string): Lineage;
  /**
   * The scan's coverage gaps that may have hidden assets of any of `kinds` at `where`: when a
   * verdict rests on a relative being absent, these make it unknown.
   */
  hiddenBy(kinds: readonly AssetKind[], where: Whereabouts): CoverageGap[];
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
  private readonly byKind = new Map<AssetKind, Asset[]>();

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
    }
  }

  get(id: string): Asset | undefined {
    return this.byId.get(id);
  }

  outgoing(id: string, kind?: EdgeKind): readonly Edge[] {
    const list = this.out.get(id) ?? EMPTY;
    return kind ? list.filter((e) => e.kind === kind) : list;
  }

  incoming(id: string, kind?: EdgeKind): readonly Edge[] {
    const list = this.in.get(id) ?? EMPTY;
    return kind ? list.filter((e) => e.kind === kind) : list;
  }

  targets(id: string, kind?: EdgeKind): Asset[] {
    return this.resolve(this.outgoing(id, kind).map((e) => e.to));
  }

  sources(id: string, kind?: EdgeKind): Asset[] {
    return this.resolve(this.incoming(id, kind).map((e) => e.from));
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

  lineage(id: string): Lineage {
    const start = this.byId.get(id);
    const models = new Map<string, Asset>();
    if (start && (start.kind === 'model' || start.kind === 'model-version')) models.set(start.id, start);
    for (const p of this.paths(id, { via: ['serves-model', 'contains'], until: isModel, maxDepth: 3 })) {
      const model = this.byId.get(p[p.length - 1]!);
      if (model) models.set(model.id, model);
    }
    // A registered version speaks for its model and vice versa.
    for (const model of [...models.values()]) {
      for (const other of [...this.targets(model.id, 'version-of'), ...this.sources(model.id, 'version-of')]) {
        models.set(other.id, other);
      }
    }
    const sources = new Map<string, Asset>();
    const storage = new Map<string, Asset>();
    for (const model of models.values()) {
      for (const p of this.paths(model.id, {
        via: ['trained-on', 'produced-by', 'stored-in', 'uses-storage'],
        until: (a) => a.kind === 'storage',
        maxDepth: 5,
      })) {
        for (const step of p.slice(1)) {
          const asset = this.byId.get(step)!;
          if (asset.kind === 'storage') storage.set(asset.id, asset);
          else sources.set(asset.id, asset);
        }
      }
      for (const t of this.targets(model.id, 'trained-on')) sources.set(t.id, t);
    }
    return { models: [...models.values()], trainingSources: [...sources.values()], storage: [...storage.values()] };
  }

  hiddenBy(kinds: readonly AssetKind[], where: Whereabouts): CoverageGap[] {
    return this.gaps.filter((gap) => kinds.some((kind) => gapHides(gap, kind, where)));
  }

  private resolve(ids: string[]): Asset[] {
    const out: Asset[] = [];
    for (const id of ids) {
      const asset = this.byId.get(id);
      if (asset) out.push(asset);
    }
    return out;
  }
}

const EMPTY_ASSETS: readonly Asset[] = Object.freeze([]);

function isModel(asset: Asset): boolean {
  return asset.kind === 'model' || asset.kind === 'model-version';
}

function push(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
