import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { FRAMEWORK_IDS, PROVIDERS, RULE_FAMILIES, SEVERITIES } from '../model/index.js';
import { RiskConfigSchema } from '../frameworks/index.js';
import { readUserFile } from './user-file.js';

/** The config file (`--config mlscan.yaml`): the same settings as the scan flags; flags win. */
export const ConfigSchema = z
  .object({
    snapshot: z.array(z.string()).optional().describe('Snapshot files to scan (paths relative to this file)'),
    attestations: z.string().optional().describe('Attestation file for controls no API can show'),
    formats: z.array(z.enum(['html', 'md', 'json', 'csv'])).optional().describe('Report formats to write'),
    out: z.string().optional().describe('Directory the reports are written to'),
    failOn: z.enum([...SEVERITIES, 'none']).optional().describe('Exit 1 when a finding fails at or above this severity'),
    rules: z.array(z.string()).optional().describe('Rule ids or id prefixes ending in / to run'),
    families: z.array(z.enum(RULE_FAMILIES)).optional().describe('Rule families to run'),
    providers: z.array(z.enum(PROVIDERS)).optional().describe('Only rules for these providers (cross-cloud rules always run)'),
    frameworks: z.array(z.enum(FRAMEWORK_IDS)).optional().describe('Only rules that give evidence for these frameworks'),
    concurrency: z.number().int().positive().optional().describe('Rule batches evaluated at once'),
    risk: RiskConfigSchema.optional().describe('Tag keys and values that drive asset criticality'),
    aws: z.record(z.string(), z.unknown()).optional().describe('AWS provider settings (see README)'),
    azure: z.record(z.string(), z.unknown()).optional().describe('Azure provider settings (see README)'),
  })
  .strict()
  .describe('mlscan configuration file');
export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(file: string): Config {
  const config = readUserFile(file, ConfigSchema);
  const base = dirname(resolve(file));
  const rel = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  return {
    ...config,
    ...(config.snapshot ? { snapshot: config.snapshot.map(rel) } : {}),
    ...(config.attestations ? { attestations: rel(config.attestations) } : {}),
    ...(config.out ? { out: rel(config.out) } : {}),
  };
}
