import { Command, Argument, Option } from 'commander';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { UsageError } from '../../errors.js';
import { permissionsDocument, providerPlugins } from '../compose.js';

export function permissionsCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  const withPermissions = plugins.filter((p) => p.permissions);
  const what = withPermissions.map((p) => `${p.permissions!.describe} (${p.id})`).join(' or ');
  const withOrg = withPermissions.filter((p) => p.permissions!.org);
  const command = new Command('permissions')
    .description(`Print the least-privilege, read-only access a live scan needs: ${what}, generated from the collectors' declarations`)
    .addArgument(new Argument('<provider>', 'cloud provider').choices(withPermissions.map((p) => p.id)));
  if (withOrg.length > 0) {
    command.option('--org', `also how to grant it across an organisation (${withOrg.map((p) => p.id).join(', ')}): the member-account role's trust policy and a StackSet template`);
    command.option('--json', 'with --org: print one JSON document instead of text');
    const seen = new Set<string>();
    for (const flag of withOrg.flatMap((p) => p.permissions!.org!.flags)) {
      const option = new Option(flag.flag, flag.description);
      if (seen.has(option.attributeName())) continue;
      seen.add(option.attributeName());
      command.addOption(option);
    }
  }
  return command.action(async (provider: string, flags: Record<string, unknown>) => {
    const plugin = withPermissions.find((p) => p.id === provider)!;
    const org = plugin.permissions!.org;
    if (!flags['org']) {
      const orgOnly = Object.keys(flags).filter((k) => flags[k] !== undefined);
      if (orgOnly.length > 0) throw new UsageError(`permissions: --${kebab(orgOnly[0]!)} needs --org`);
      process.stdout.write(JSON.stringify(await permissionsDocument(provider, plugins), null, 2) + '\n');
      return;
    }
    if (!org) throw new UsageError(`permissions: --org is not supported for ${provider}`);
    const options: Record<string, unknown> = {};
    for (const flag of org.flags) {
      const key = new Option(flag.flag).attributeName();
      if (flags[key] !== undefined && flag.option) options[flag.option] = flags[key];
    }
    const out = await org.document(options);
    process.stdout.write(flags['json'] ? JSON.stringify(out.json, null, 2) + '\n' : out.text);
  });
}

function kebab(attribute: string): string {
  return attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
