import { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { CRITICALITY_TIERS, LIKELIHOODS } from '../../model/index.js';
import { providerPlugins, ruleRegistry } from '../compose.js';
import { attackTypesOf, riskMatrix, signedStep } from '../../risk/index.js';
import type { ProviderPlugin } from '../../scan/provider-plugin.js';
import { table } from './rules.js';

/** Prints the risk matrix a scan with the same config would use (seeds/000 section 3), and the attack types each rule enables. */
export function riskMatrixCommand(plugins: readonly ProviderPlugin[] = providerPlugins): Command {
  return new Command('risk-matrix')
    .description('Print the risk matrix in use: criticality tiers, likelihood, how far severity moves, and the attack types (seeds/000 section 3)')
    .option('--config <file>', 'read the risk: section of this config file')
    .option('--json', 'print JSON instead of tables')
    .action((flags: { config?: string; json?: boolean }) => {
      const matrix = riskMatrix(flags.config ? loadConfig(flags.config, plugins).risk : undefined);
      const rules = ruleRegistry().map(({ meta }) => ({ id: meta.id, attackTypes: [...attackTypesOf(meta).attackTypes], why: attackTypesOf(meta).why }));
      if (flags.json) {
        process.stdout.write(JSON.stringify({ ...matrix, ruleAttackTypes: rules }, null, 2) + '\n');
        return;
      }
      const out: string[] = [];
      out.push(`Levels a failing finding moves (at most ${matrix.maxSteps}; critical only for base-critical rules and proven toxic paths):\n\n`);
      out.push(table(['TIER', ...LIKELIHOODS.map((l) => `LIKELIHOOD ${l.toUpperCase()}`)], CRITICALITY_TIERS.map((t) => [t, ...LIKELIHOODS.map((l) => signedStep(matrix.steps?.[t]?.[l] ?? 0))])));
      out.push('\nHow tier and likelihood are read:\n');
      out.push(matrix.rules.map((r) => `- ${r}\n`).join(''));
      out.push('\nAttack types (seeds/000 section 3.4):\n');
      out.push(table(['ATTACK', 'LIKELIHOOD', 'IMPACT', 'EXPLOITABILITY', 'MEANING'], (matrix.attackTypes ?? []).map((a) => [a.attackType, a.likelihood, a.impact, a.exploitability, a.meaning])));
      out.push('\nWhat each rule enables:\n');
      out.push(table(['RULE', 'ATTACK TYPES'], rules.map((r) => [r.id, r.attackTypes.join(', ') || '(none directly)'])));
      process.stdout.write(out.join(''));
    });
}
