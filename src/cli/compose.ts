// The composition root: the only place in src/ that imports rules and providers (the provider
// registration list is providers/index.ts). Plugins load their SDKs lazily, so a snapshot scan never does.
import { dirname, resolve } from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import { createSnapshotSource, writeSnapshot } from '../../providers/snapshot/index.js';
import { asOutputPathError } from '../lib/out-path.js';
import type { AnyRule } from '../engine/index.js';
import { withControls, type MappedRuleMeta } from '../frameworks/index.js';
import type { InventorySource } from '../scan/source.js';
import type { ShardSlice } from '../scan/shard.js';
import { findPlugin, type ProviderPlugin } from '../scan/provider-plugin.js';
import { UsageError } from '../errors.js';
import { providerPlugins } from '../../providers/index.js';

export { providerPlugins };

export function ruleRegistry(): readonly AnyRule[] {
  return allRules;
}

/** Each rule's metadata with the controls the framework packs map it to, by rule id (what the reports show). */
export function ruleMetaById(): ReadonlyMap<string, MappedRuleMeta> {
  return new Map(allRules.map((r) => [r.meta.id, withControls(r.meta)]));
}

export interface SourceOptions {
  snapshots: readonly string[];
  /** Options of each provider that runs, by plugin id, as the user gave them (flags over config). */
  providers: Record<string, Record<string, unknown>>;
}

export function hasSources(options: SourceOptions): boolean {
  return options.snapshots.length > 0 || Object.keys(options.providers).length > 0;
}

/** `shard`: `mlscan inventory --shard`, handed to each live provider to slice its accounts or subscriptions by. */
export async function buildSources(options: SourceOptions, plugins: readonly ProviderPlugin[] = providerPlugins, shard?: ShardSlice): Promise<InventorySource[]> {
  const sources: InventorySource[] = options.snapshots.map((file) => createSnapshotSource(file));
  for (const plugin of plugins) {
    const providerOptions = options.providers[plugin.id];
    if (providerOptions) sources.push(await plugin.createSource(providerOptions, { providerId: plugin.id, ...(shard ? { shard } : {}) }));
  }
  return sources;
}

/** What `mlscan permissions <id>` prints. */
export async function permissionsDocument(id: string, plugins: readonly ProviderPlugin[] = providerPlugins): Promise<unknown> {
  const plugin = findPlugin(plugins, id);
  if (!plugin?.permissions) throw new UsageError(`permissions: no provider '${id}' with a permissions document`);
  return plugin.permissions.document();
}

/**
 * Writes an inventory as a snapshot file (atomically) for `mlscan inventory`; a file-system
 * problem with the path given (a folder in the way, no permission, no space) is a user error.
 */
export async function saveSnapshot(...args: Parameters<typeof writeSnapshot>): Promise<void> {
  const [file] = args;
  try {
    await writeSnapshot(...args);
  } catch (error) {
    throw asOutputPathError(file, error, dirname(resolve(file)));
  }
}
