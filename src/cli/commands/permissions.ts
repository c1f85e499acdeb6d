import { Command, Argument } from 'commander';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { permissionsDocument, providerPlugins } from '../compose.js';

export function permissionsCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  const withPermissions = plugins.filter((p) => p.permissions);
  const what = withPermissions.map((p) => `${p.permissions!.describe} (${p.id})`).join(' or ');
  return new Command('permissions')
    .description(`Print the least-privilege, read-only access a live scan needs: ${what}, generated from the collectors' declarations`)
    .addArgument(new Argument('<provider>', 'cloud provider').choices(withPermissions.map((p) => p.id)))
    .action(async (provider: string) => {
      process.stdout.write(JSON.stringify(await permissionsDocument(provider, plugins), null, 2) + '\n');
    });
}
