import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { collect } from '../../scan/run-scan.js';
import { derivePlanId, parseShard, type ShardSlice, type ShardStamp } from '../../scan/shard.js';
import { PROVIDERS, type Provider } from '../../model/index.js';
import { toolVersion } from '../../version.js';
import { loadConfig } from '../../config/config.js';
import { buildSources, hasSources, providerPlugins, saveSnapshot, type SourceOptions } from '../compose.js';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { addSourceOptions, enableFlags, resolveSources, type CloudFlags } from '../cloud-flags.js';
import { createProgressBar } from '../progress.js';
import { checkOutFile } from '../../lib/out-path.js';
import { refuseStdout } from '../parse.js';
import { EXIT } from '../exit-codes.js';
import { countLiveAssets } from '../live-assets.js';
import { emptyLiveText } from '../summary.js';

type InventoryFlags = CloudFlags & { out: string; config?: string; shard?: string; planId?: string; quiet?: boolean; allowPartial?: boolean };

export function inventoryCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  return addSourceOptions(
    new Command('inventory').description(
      'Collect the inventory only and write it as a snapshot that `mlscan scan --snapshot` rescans offline',
    ),
    plugins,
  )
    .requiredOption('--out <file>', 'snapshot file to write (JSON)')
    .option('--config <file>', 'read settings from a YAML or JSON config file (flags win)')
    .option(
      '--shard <i/N>',
      'collect shard i (from 0) of N of the accounts and subscriptions (a stable slice by id); auto/N takes i from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX',
    )
    .addOption(new Option('--plan-id <id>', 'with --shard: the id every shard of one run shares (default: derived from the flags, N and the UTC day)').env('MLSCAN_PLAN_ID'))
    .option('-q, --quiet', 'print nothing on stderr but errors and, when the exit code is not 0, its reason')
    .option('--allow-partial', 'exit 0 rather than 3 when a live provider found no asset in scope')
    .action(async (flags: InventoryFlags) => {
      process.exitCode = await runInventoryCommand(flags, plugins);
    });
}

/** Collects and writes the snapshot; the exit code is 3 when a live provider found no asset in scope (as `scan`), else 0. */
async function runInventoryCommand(flags: InventoryFlags, plugins: readonly ProviderPlugin[]): Promise<number> {
  const config = flags.config ? loadConfig(flags.config, plugins) : {};
  const options = resolveSources(flags, config, plugins);
  if (!hasSources(options)) throw new UsageError(`inventory: nothing to collect: give --snapshot FILE, ${enableFlags(plugins)}`);
  refuseStdout(flags.out, 'inventory', 'file', 'snapshot.json');
  const shard = shardStamp(flags, options, plugins);
  checkOutFile(flags.out); // before collecting, which can take minutes
  const { sources, emptyLive } = countLiveAssets(await buildSources(options, plugins, shard), options.snapshots.length);
  const progress = createProgressBar(process.stderr, !flags.quiet && process.stderr.isTTY === true);
  const inventory = await collect(sources, (event) => progress.update(event));
  progress.done();
  await saveSnapshot(flags.out, inventory, {
    generatedAt: new Date(),
    generator: { name: 'mlscan', version: toolVersion() },
    sources: sources.map((s) => s.name),
    ...(shard ? { shard } : {}),
  });
  const of = shard ? ` (shard ${shard.index} of ${shard.count}, plan ${shard.planId})` : '';
  if (!flags.quiet) {
    process.stderr.write(`mlscan: wrote ${inventory.assets.length} assets, ${inventory.edges.length} edges, ${inventory.gaps.length} coverage gaps${of} to ${flags.out}\n`);
  }
  // A shard may rightly hold no asset of a provider; the whole run is judged when the shards are scanned.
  const empty = shard ? [] : emptyLive();
  if (empty.length === 0 || flags.allowPartial) return EXIT.clean;
  process.stderr.write(`mlscan: ${emptyLiveText(empty)}: exit 3 (--allow-partial to accept)\n`);
  return EXIT.partial;
}

/** `--shard` and `--plan-id` as the stamp the snapshot carries; undefined without `--shard`. */
function shardStamp(flags: InventoryFlags, options: SourceOptions, plugins: readonly ProviderPlugin[]): ShardStamp | undefined {
  if (flags.shard === undefined) {
    if (flags.planId !== undefined && process.env.MLSCAN_PLAN_ID === undefined) throw new UsageError('inventory: --plan-id is for sharded runs: give --shard i/N as well');
    return undefined;
  }
  const slice: ShardSlice = parseShard(flags.shard);
  const providers = Object.keys(options.providers).filter((id): id is Provider => (PROVIDERS as readonly string[]).includes(id));
  if (providers.length === 0) throw new UsageError(`inventory: --shard slices the accounts and subscriptions of live providers: give ${enableFlags(plugins)}`);
  const planId = flags.planId?.trim() || derivePlanId(options, slice.count, new Date());
  if (planId.length > 200) throw new UsageError('inventory: --plan-id: at most 200 characters');
  return { ...slice, planId, providers };
}
