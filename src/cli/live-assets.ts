import type { InventorySource } from '../scan/source.js';

/**
 * Wraps the live (non-snapshot) sources to count the assets each returns; `emptyLive()` names the
 * ones that found none in scope (exit 3 for `scan` and `inventory`: a wrong region or subscription
 * is not a clean estate). The first `snapshots` sources are snapshot files and are not counted.
 */
export function countLiveAssets(sources: InventorySource[], snapshots: number): { sources: InventorySource[]; emptyLive: () => string[] } {
  const found = new Map<string, number>();
  const wrapped = sources.map((source, i): InventorySource => {
    if (i < snapshots) return source;
    found.set(source.name, 0);
    return {
      name: source.name,
      collect: async (options) => {
        const inventory = await source.collect(options);
        found.set(source.name, (found.get(source.name) ?? 0) + inventory.assets.length);
        return inventory;
      },
    };
  });
  return { sources: wrapped, emptyLive: () => [...found].filter(([, n]) => n === 0).map(([name]) => name) };
}
