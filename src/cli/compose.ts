// The composition root: the only place in src/ that imports rules and providers. Cloud providers
// are imported lazily so a snapshot scan never loads the cloud SDKs.
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { rules as allRules } from '../../rules/index.js';
import { createSnapshotSource, writeSnapshot } from '../../providers/snapshot/index.js';
import type { AwsScanOptions } from '../../providers/aws/index.js';
import type { AzureScanOptions } from '../../providers/azure/index.js';
import { validate } from '../config/user-file.js';
import { asOutputPathError } from '../lib/out-path.js';
import type { AnyRule } from '../engine/index.js';
import type { InventorySource } from '../scan/source.js';

export type { AwsScanOptions, AzureScanOptions };

export function ruleRegistry(): readonly AnyRule[] {
  return allRules;
}

export function ruleMetaById(): ReadonlyMap<string, AnyRule['meta']> {
  return new Map(allRules.map((r) => [r.meta.id, r.meta]));
}

export interface SourceOptions {
  snapshots: readonly string[];
  aws?: AwsScanOptions;
  azure?: AzureScanOptions;
}

export async function buildSources(options: SourceOptions): Promise<InventorySource[]> {
  const sources: InventorySource[] = options.snapshots.map((file) => createSnapshotSource(file));
  if (options.aws) {
    const { createAwsSource } = await import('../../providers/aws/index.js');
    sources.push(createAwsSource(options.aws));
  }
  if (options.azure) {
    const { createAzureSource } = await import('../../providers/azure/index.js');
    sources.push(createAzureSource(options.azure));
  }
  return sources;
}

/** Checks a config file's `aws:` / `azure:` sections against the providers' own option schemas. */
export async function validateProviderConfig(
  file: string,
  sections: { aws?: unknown; azure?: unknown },
): Promise<{ aws?: AwsScanOptions; azure?: AzureScanOptions }> {
  const [{ AwsScanOptionsSchema }, { AzureScanOptionsSchema }] = await Promise.all([
    import('../../providers/aws/options.js'),
    import('../../providers/azure/options.js'),
  ]);
  const schema = z.object({ aws: AwsScanOptionsSchema.optional(), azure: AzureScanOptionsSchema.optional() });
  validate(file, sections, schema);
  // Defaults are applied by each provider; hand over what the user wrote.
  return sections as { aws?: AwsScanOptions; azure?: AzureScanOptions };
}

export async function permissionsDocument(provider: 'aws' | 'azure'): Promise<unknown> {
  if (provider === 'aws') return (await import('../../providers/aws/index.js')).awsPermissionsPolicy();
  return (await import('../../providers/azure/index.js')).azurePermissionsRole();
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
