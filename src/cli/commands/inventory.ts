import { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { collect } from '../../scan/run-scan.js';
import { toolVersion } from '../../version.js';
import { loadConfig } from '../../config/config.js';
import { buildSources, hasSources, providerPlugins, saveSnapshot } from '../compose.js';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { addSourceOptions, enableFlags, resolveSources, type CloudFlags } from '../cloud-flags.js';
import { createProgressBar } from '../progress.js';
import { checkOutFile } from '../../lib/out-path.js';
import { refuseStdout } from '../parse.js';

export function inventoryCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  return addSourceOptions(
    new Command('inventory').description(
      'Collect the inventory only and write it as a snapshot that `mlscan scan --snapshot` rescans offline',
    ),
    plugins,
  )
    .requiredOption('--out <file>', 'snapshot file to write (JSON)')
    .option('--config <file>', 'read settings from a YAML or JSON config file (flags win)')
    .action(async (flags: CloudFlags & { out: string; config?: string }) => {
      const config = flags.config ? loadConfig(flags.config, plugins) : {};
      const options = resolveSources(flags, config, plugins);
      if (!hasSources(options)) throw new UsageError(`inventory: nothing to collect: give --snapshot FILE, ${enableFlags(plugins)}`);
      refuseStdout(flags.out, 'inventory', 'file', 'snapshot.json');
      checkOutFile(flags.out); // before collecting, which can take minutes
      const sources = await buildSources(options, plugins);
      const progress = createProgressBar(process.stderr);
      const inventory = await collect(sources, (event) => progress.update(event));
      progress.done();
      await saveSnapshot(flags.out, inventory, {
        generatedAt: new Date(),
        generator: { name: 'mlscan', version: toolVersion() },
        sources: sources.map((s) => s.name),
      });
      process.stderr.write(
        `mlscan: wrote ${inventory.assets.length} assets, ${inventory.edges.length} edges, ${inventory.gaps.length} coverage gaps to ${flags.out}\n`,
      );
    });
}
