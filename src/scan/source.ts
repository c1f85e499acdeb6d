import type { Account, Asset, AssetInput, CoverageGap, Edge } from '../model/index.js';
import type { ShardStamp } from './shard.js';

/** What a provider hands the core: assets, the edges between them, and what it could not see. */
export interface Inventory {
  assets: AssetInput[];
  edges: Edge[];
  gaps: CoverageGap[];
  /** The accounts or subscriptions scanned, with their names where the cloud told them. */
  accounts?: Account[];
  /** Set when every asset already passed AssetSchema (e.g. a validated snapshot), so the merge skips it. */
  validated?: true;
  /** Set on one shard of a sharded run (`mlscan inventory --shard`), so the merge can check the set is whole. */
  shard?: ShardStamp;
  /** Where the inventory came from (a snapshot file), for messages about it. */
  origin?: string;
}

export interface NormalisedInventory {
  assets: Asset[];
  edges: Edge[];
  gaps: CoverageGap[];
  accounts?: Account[];
  validated?: true;
  shard?: ShardStamp;
}

export interface ProgressEvent {
  provider: string;
  /** Units of work (accounts x regions, subscriptions) known so far and finished. */
  scopesTotal: number;
  scopesDone: number;
  calls: number;
  current?: string;
  /** Something the user should be told once about how the scan ran (e.g. a setting it capped); the CLI prints it after the progress bar. */
  note?: string;
}

export interface InventorySource {
  /** e.g. `snapshot:estate.json`, `aws`, `azure`. */
  readonly name: string;
  collect(options?: { onProgress?: (event: ProgressEvent) => void; signal?: AbortSignal }): Promise<Inventory>;
}
