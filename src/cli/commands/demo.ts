import { Command } from 'commander';
import { join } from 'node:path';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { packageRoot } from '../../package-root.js';
import { providerPlugins } from '../compose.js';
import { parseFormats, type ReportFormat } from '../parse.js';
import { runScanCommand } from './scan.js';

/** The bundled sample estate (a fictitious insurer on AWS and Azure) and its attestations, shipped in the package ("files"). */
export const SAMPLE_ESTATE = join('providers', 'snapshot', 'sample', 'estate.json');
export const SAMPLE_ATTESTATIONS = join('providers', 'snapshot', 'sample', 'attestations.yaml');
/** What `npm start` writes from a checkout. */
const DEMO_FORMATS: ReportFormat[] = ['html', 'md', 'json', 'csv'];

export function demoCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  return new Command('demo')
    .description('Scan the bundled sample estate offline and write its reports: try mlscan with no cloud account')
    .option('--out <dir>', 'directory for the reports (default: ./mlscan-demo-report)')
    .option('--format <list>', `report formats (default: ${DEMO_FORMATS.join(',')})`, parseFormats)
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .action(async (flags: { out?: string; format?: ReportFormat[]; quiet?: boolean }) => {
      const root = packageRoot();
      process.exitCode = await runScanCommand(
        {
          snapshot: [join(root, SAMPLE_ESTATE)],
          attestations: join(root, SAMPLE_ATTESTATIONS),
          out: flags.out ?? 'mlscan-demo-report',
          format: flags.format ?? DEMO_FORMATS,
          // The sample fails on purpose and has coverage gaps: a demo that ran is a success.
          failOn: 'none',
          allowPartial: true,
          ...(flags.quiet ? { quiet: true } : {}),
        },
        plugins,
      );
    });
}
