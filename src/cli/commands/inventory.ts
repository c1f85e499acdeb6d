import { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { collect } from '../../scan/run-scan.js';
import { toolVersion } from '../../version.js';
import { loadConfig } from '../../config/config.js';
import { buildSources, saveSnapshot } from '../compose.js';
import { addSourceOptions, resolveSources, type CloudFlags } from '../cloud-flags.js';
import { createProgressBar } from '../progress.js';
import { checkOutFile } from '../../lib/out-path.js';

export function inventoryCommand(): Command {
  return addSourceOptions(
    new Command('inventory').description(
      'Collect the inventory only and write it as a snapshot that `mlscan scan --snapshot` rescans offline',
    ),
  )
    .requiredOption('--out <file>', 'snapshot file to write (JSON)')
    .option('--config <file>', 'read settings from a YAML or JSON config file (flags win)')
    .action(async (flags: CloudFlags & { out: string; config?: string }) => {
      const config = flags.config ? loadConfig(flags.config) : {};
      const options = await resolveSources(flags, config, flags.config);
      if (options.snapshots.length === 0 && !options.aws && !options.azure) {
        throw new UsageError('inventory: nothing to collect: give --snapshot FILE, --aws or --azure');
      }
      checkOutFile(flags.out); // before collecting, which can take minutes
      const sources = await buildSources(options);
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
