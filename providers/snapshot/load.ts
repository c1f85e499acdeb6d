import { readUserFile } from '../../src/files/user-file.js';
import type { Inventory, InventorySource, NormalisedInventory } from '../../src/scan/source.js';
import { SnapshotSchema, type Snapshot } from './schema.js';

/**
 * Reads and validates a snapshot file. Every problem (missing file, bad JSON, wrong version,
 * a field out of shape, a dangling edge) is one InputFileError: `<file>: <json path>: <problem>`.
 */
export function readSnapshot(file: string): Snapshot {
  return readUserFile(file, SnapshotSchema);
}

/** The inventory a snapshot holds, with model defaults (empty tags and facts) filled in. */
export async function loadSnapshot(file: string): Promise<NormalisedInventory> {
  return toInventory(readSnapshot(file));
}

export function toInventory(snapshot: Snapshot): NormalisedInventory {
  return {
    assets: snapshot.assets,
    edges: snapshot.edges,
    gaps: snapshot.coverage?.gaps ?? [],
    validated: true,
    ...(snapshot.accounts && { accounts: snapshot.accounts }),
    ...(snapshot.shard && { shard: snapshot.shard }),
  };
}

/** A snapshot file as a source the scan can merge with live providers. */
export function createSnapshotSource(file: string): InventorySource {
  return {
    name: `snapshot:${file}`,
    async collect(options) {
      options?.signal?.throwIfAborted();
      const inventory: Inventory = { ...(await loadSnapshot(file)), origin: file };
      options?.onProgress?.({ provider: 'snapshot', scopesTotal: 1, scopesDone: 1, calls: 0, current: file });
      return inventory;
    },
  };
}
