import { Command } from 'commander';
import { concernOf, selectRules, type RuleSelection } from '../../engine/index.js';
import { controlsOfRule } from '../../frameworks/index.js';
import { providerPlugins, ruleRegistry } from '../compose.js';
import { parseFamilies, parseFrameworks, parseRegisteredProviders } from '../parse.js';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';

export function rulesCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  return new Command('rules')
    .description('List the rules with their family, base severity, providers and mapped controls')
    .option('--family <list>', 'only these families', parseFamilies)
    .option('--provider <list>', 'only rules for these providers', parseRegisteredProviders(plugins))
    .option('--framework <list>', 'only rules mapped to these frameworks', parseFrameworks)
    .option('--json', 'print JSON instead of a table')
    .action((flags: { family?: RuleSelection['families']; provider?: RuleSelection['providers']; framework?: RuleSelection['frameworks']; json?: boolean }) => {
      const rules = selectRules(ruleRegistry(), {
        families: flags.family ?? [],
        providers: flags.provider ?? [],
        frameworks: flags.framework ?? [],
      });
      if (flags.json) {
        const out = rules.map(({ meta }) => ({
          id: meta.id,
          title: meta.title,
          family: meta.family,
          severity: meta.severity,
          providers: meta.providers ?? ['aws', 'azure'],
          appliesTo: meta.appliesTo,
          concern: concernOf(meta),
          supersedes: meta.supersedes ?? [],
          controls: controlsOfRule(meta.id),
          references: meta.references ?? {},
        }));
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      const rows = rules.map(({ meta }) => [
        meta.id,
        meta.family,
        meta.severity,
        (meta.providers ?? ['any']).join(','),
        Object.values(controlsOfRule(meta.id)).flat().join(' '),
      ]);
      process.stdout.write(table(['RULE', 'FAMILY', 'SEVERITY', 'PROVIDER', 'CONTROLS'], rows));
      process.stdout.write(`${rules.length} rules\n`);
    });
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd() + '\n';
  return line(header) + rows.map(line).join('');
}
