import { Command, Argument } from 'commander';
import { permissionsDocument } from '../compose.js';

export function permissionsCommand(): Command {
  return new Command('permissions')
    .description(
      'Print the least-privilege, read-only access a live scan needs: an IAM policy (aws) or an Azure custom role definition (azure), generated from the collectors\' declarations',
    )
    .addArgument(new Argument('<provider>', 'cloud provider').choices(['aws', 'azure']))
    .action(async (provider: 'aws' | 'azure') => {
      process.stdout.write(JSON.stringify(await permissionsDocument(provider), null, 2) + '\n');
    });
}
