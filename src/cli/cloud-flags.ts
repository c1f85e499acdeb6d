import { Option, type Command } from 'commander';
import type { Config } from '../config/config.js';
import type { ProviderFlag, ProviderPlugin } from '../scan/provider-plugin.js';
import { list, parsePositiveInt } from './parse.js';
import type { SourceOptions } from './compose.js';
import { expandSnapshotPatterns } from '../scan/snapshot-glob.js';

/** What commander hands over: `snapshot`, `callTimeout`, and each plugin flag under its camel-cased name. */
export type CloudFlags = Record<string, unknown> & { snapshot?: string[]; callTimeout?: number };

/** The source flags `scan` and `inventory` share: snapshots, every registered provider's flags, the call timeout. */
export function addSourceOptions(command: Command, plugins: readonly ProviderPlugin[]): Command {
  command.option('--snapshot <file>', 'read a snapshot file (repeat or comma-separate for several)', list);
  for (const plugin of plugins) for (const flag of plugin.flags) command.addOption(toOption(flag));
  return command.option('--call-timeout <ms>', 'per-call timeout for live cloud calls', parsePositiveInt);
}

function toOption(flag: ProviderFlag): Option {
  const option = new Option(flag.flag, flag.description);
  if (flag.parse === 'list') return option.argParser(list);
  if (flag.parse === 'positive-int') return option.argParser(parsePositiveInt);
  if (typeof flag.parse === 'function') return option.argParser(flag.parse);
  return option;
}

/** The key commander stores a flag under (`--aws-accounts` → `awsAccounts`). */
function attributeOf(flag: ProviderFlag): string {
  return new Option(flag.flag).attributeName();
}

/** Flags win over the config file; a provider runs when one of its flags or its config section says so. */
export function resolveSources(flags: CloudFlags, config: Config, plugins: readonly ProviderPlugin[]): SourceOptions {
  const out: SourceOptions = { snapshots: expandSnapshotPatterns(flags.snapshot ?? config.snapshot ?? []), providers: {} };
  for (const plugin of plugins) {
    const fromConfig = config[plugin.id] as Record<string, unknown> | undefined;
    const given = plugin.flags.filter((f) => flags[attributeOf(f)] !== undefined);
    if (given.length === 0 && !fromConfig) continue;
    const fromFlags: Record<string, unknown> = {};
    for (const flag of given) if (flag.option) fromFlags[flag.option] = flags[attributeOf(flag)];
    if (plugin.callTimeoutOption && flags.callTimeout !== undefined) fromFlags[plugin.callTimeoutOption] = flags.callTimeout;
    out.providers[plugin.id] = { ...fromConfig, ...fromFlags };
  }
  return out;
}

/** `--aws or --azure`: the flags that turn each provider on, for the "nothing to scan" message. */
export function enableFlags(plugins: readonly ProviderPlugin[]): string {
  const flags = plugins.map((p) => p.flags.find((f) => !f.option)?.flag ?? `--${p.id}`);
  return flags.length > 1 ? `${flags.slice(0, -1).join(', ')} or ${flags.at(-1)}` : (flags[0] ?? '');
}
