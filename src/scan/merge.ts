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
  const assets = new Map<string, Asset>();
  const edges = new Map<string, Edge>();
  const gaps = new Map<string, CoverageGap>();
  for (const inventory of kept) {
    for (const input of inventory.assets) {
      if (assets.has(input.id)) continue;
      assets.set(input.id, inventory.validated ? (input as Asset) : (normalAsset(input) ?? AssetSchema.parse(input)));
    }
    for (const edge of inventory.edges) edges.set(`${edge.from}\u0000${edge.kind}\u0000${edge.to}`, edge);
    for (const gap of inventory.gaps) gaps.set(JSON.stringify(gap), gap);
  }
  for (const gap of shardGaps) gaps.set(JSON.stringify(gap), gap);
  const accounts = mergeAccounts(kept.map((inventory) => inventory.accounts));
  return { assets: [...assets.values()], edges: [...edges.values()], gaps: [...gaps.values()], ...(accounts.length > 0 && { accounts }) };
}
