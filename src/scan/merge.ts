import { AssetSchema, type Asset, type CoverageGap, type Edge } from '../model/index.js';
import type { Inventory, NormalisedInventory } from './source.js';

/**
 * Merges inventories from several sources: assets validated and defaulted through the schema
 * (unless the source already did),
 * duplicates (same id from two sources) kept once, edges de-duplicated, gaps concatenated.
 */
export function mergeInventories(inventories: readonly Inventory[]): NormalisedInventory {
  const assets = new Map<string, Asset>();
  const edges = new Map<string, Edge>();
  const gaps: CoverageGap[] = [];
  for (const inventory of inventories) {
    for (const input of inventory.assets) {
      if (assets.has(input.id)) continue;
      assets.set(input.id, inventory.validated ? (input as Asset) : AssetSchema.parse(input));
    }
    for (const edge of inventory.edges) edges.set(`${edge.from}\u0000${edge.kind}\u0000${edge.to}`, edge);
    gaps.push(...inventory.gaps);
  }
  return { assets: [...assets.values()], edges: [...edges.values()], gaps };
}
