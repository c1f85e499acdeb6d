import { AssetSchema, mergeAccounts, type Asset, type CoverageGap, type Edge } from '../model/index.js';
import { normalAsset } from './normal-form.js';
import { checkShards } from './shard.js';
import type { Inventory, NormalisedInventory } from './source.js';

/**
 * Merges inventories from several sources: assets validated and defaulted through the schema
 * (unless the source already did, or an asset is already in the schema's normal form: normal-form.ts),
 * duplicates (same id from two sources) kept once, edges de-duplicated, gaps concatenated (a gap
 * two sources both report, such as an organisation listing every shard saw fail, is kept once).
 * Shards of a sharded run are checked first: a shard of another run is left out and a missing
 * one named, both as coverage gaps (src/scan/shard.ts).
 */
export function mergeInventories(inventories: readonly Inventory[]): NormalisedInventory {
  const { kept, gaps: shardGaps } = checkShards(inventories);
  const ids = new Set<string>();
  const assets: Asset[] = [];
  const edges = new EdgeList();
  const gaps = new Map<string, CoverageGap>();
  for (const inventory of kept) {
    for (const input of inventory.assets) {
      if (ids.has(input.id)) continue;
      ids.add(input.id);
      assets.push(inventory.validated ? (input as Asset) : (normalAsset(input) ?? AssetSchema.parse(input)));
    }
    for (const edge of inventory.edges) edges.add(edge);
    for (const gap of inventory.gaps) gaps.set(JSON.stringify(gap), gap);
  }
  for (const gap of shardGaps) gaps.set(JSON.stringify(gap), gap);
  const accounts = mergeAccounts(kept.map((inventory) => inventory.accounts));
  return { assets, edges: edges.list, gaps: [...gaps.values()], ...(accounts.length > 0 && { accounts }) };
}

/** A source with more edges than this finds a duplicate by key rather than by scanning its edges. */
const SCAN_LIMIT = 16;

/**
 * Edges without duplicates (same from, kind and to), each where it first came, the last copy kept.
 * A duplicate is looked for among the edges of the same source, scanned: most sources have a
 * handful, and a key string per edge (from, kind and to joined) cost more than the rest of the
 * merge. A source with many edges (a workspace holding thousands) is given keys of kind and target.
 */
class EdgeList {
  readonly list: Edge[] = [];
  /**
   * Per source id, the position in `list` of its edge, of its edges once it has two (no array
   * made for the many sources with one), and past SCAN_LIMIT a position per `kind\0to` key.
   */
  private readonly bySource = new Map<string, number | number[] | Map<string, number>>();

  add(edge: Edge): void {
    const seen = this.bySource.get(edge.from);
    const at = seen === undefined ? undefined : seen instanceof Map ? seen.get(targetKey(edge)) : this.scan(seen, edge);
    if (at !== undefined) {
      this.list[at] = edge;
      return;
    }
    const position = this.list.push(edge) - 1;
    if (seen === undefined) this.bySource.set(edge.from, position);
    else if (typeof seen === 'number') this.bySource.set(edge.from, [seen, position]);
    else if (seen instanceof Map) seen.set(targetKey(edge), position);
    else if (seen.push(position) > SCAN_LIMIT) this.bySource.set(edge.from, new Map(seen.map((p) => [targetKey(this.list[p]!), p])));
  }

  /** The position of an edge with the kind and target of `edge` among `positions`. */
  private scan(positions: number | readonly number[], edge: Edge): number | undefined {
    if (typeof positions === 'number') return this.same(positions, edge) ? positions : undefined;
    for (const at of positions) if (this.same(at, edge)) return at;
    return undefined;
  }

  private same(at: number, edge: Edge): boolean {
    const other = this.list[at]!;
    return other.kind === edge.kind && other.to === edge.to;
  }
}

function targetKey(edge: Edge): string {
  return `${edge.kind}\u0000${edge.to}`;
}
