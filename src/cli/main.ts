import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { toolVersion } from '../version.js';
import { frameworksCommand } from './commands/frameworks.js';
import { riskMatrixCommand } from './commands/risk-matrix.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { inventoryCommand } from './commands/inventory.js';
import { permissionsCommand } from './commands/permissions.js';
import { demoCommand } from './commands/demo.js';
import { historyCommand } from './commands/history.js';
import { diffCommand } from './commands/diff.js';
import { planCommand } from './commands/plan.js';
import { terminalSafe } from './output.js';
import { EXIT } from './exit-codes.js';
import { providerPlugins } from './compose.js';
import type { ProviderPlugin } from '../scan/provider-plugin.js';

/** `providers` replaces the registered provider plugins (tests). Exit codes: see exit-codes.ts (0 clean, 1 findings, 2 usage or input error, 3 partial scan, 4 internal error). */
export async function main(argv: readonly string[], options: { providers?: readonly ProviderPlugin[] } = {}): Promise<number> {
  const plugins = options.providers ?? providerPlugins;
  const program = new Command('mlscan')
    .description('Inventory cloud ML estates (AWS SageMaker, Azure Machine Learning) and assess them against AI security frameworks')
    .version(toolVersion(), '-V, --version')
    .option('--debug', 'print stack traces for errors')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showHelpAfterError(false);
  for (const command of [scanCommand(plugins), planCommand(plugins), inventoryCommand(plugins), rulesCommand(plugins), frameworksCommand(), riskMatrixCommand(plugins), permissionsCommand(plugins), demoCommand(plugins), diffCommand(), historyCommand()]) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: () => {} }));
  }
  try {
    process.exitCode = 0;
    await program.parseAsync(argv as string[], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.clean;
      if (error.code === 'commander.help') return argv.length === 0 ? EXIT.usage : EXIT.clean; // bare `mlscan`: usage on stderr
      process.stderr.write(`mlscan: ${error.message.replace(/^error: /, '')}\n`);
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      process.stderr.write(`mlscan: ${terminalSafe(error.message)}\n`);
      if (program.opts<{ debug?: boolean }>().debug && error.stack) process.stderr.write(error.stack + '\n');
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mlscan: internal error: ${terminalSafe(message)}\n`);
    if (program.opts<{ debug?: boolean }>().debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
    else process.stderr.write('mlscan: run again with --debug for details\n');
    return EXIT.internal;
  }
}
