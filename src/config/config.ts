import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { PROVIDERS, RULE_FAMILIES, SEVERITIES } from '../model/index.js';
import { FRAMEWORK_IDS } from '../frameworks/registry.js';
import { REPORT_FORMATS } from '../report/formats.js';
import { RiskConfigSchema } from '../risk/index.js';
import { providerConfigSections, type ProviderPlugin } from '../scan/provider-plugin.js';
import { readUserFile } from '../files/user-file.js';
import { SuppressionEntrySchema } from '../model/suppression.js';

/** The settings of the config file (`--config mlscan.yaml`) besides the provider sections; flags win. */
const CoreSettings = {
  snapshot: z.array(z.string()).optional().describe('Snapshot files to scan (paths relative to this file)'),
  attestations: z.string().optional().describe('Attestation file for controls no API can show'),
  formats: z.array(z.enum(REPORT_FORMATS)).optional().describe('Report formats to write'),
  out: z.string().optional().describe('Directory the reports are written to'),
  failOn: z.enum([...SEVERITIES, 'none']).optional().describe('Exit 1 when a finding fails at or above this severity'),
  rules: z.array(z.string()).optional().describe('Rule ids or id prefixes ending in / to run'),
  families: z.array(z.enum(RULE_FAMILIES)).optional().describe('Rule families to run'),
  providers: z.array(z.enum(PROVIDERS)).optional().describe('Only rules for these providers (cross-cloud rules always run)'),
  frameworks: z.array(z.enum(FRAMEWORK_IDS)).optional().describe('Only rules that give evidence for these frameworks'),
  concurrency: z.number().int().positive().optional().describe('Rule batches evaluated at once'),
  risk: RiskConfigSchema.optional().describe('Tag keys and values that drive asset criticality'),
  suppressions: z.array(SuppressionEntrySchema).optional().describe('Accepted risks, inline (same entries as a suppressions file); used together with suppressionsFile'),
  suppressionsFile: z.string().optional().describe('Suppressions file (schema: suppressions.schema.json); --suppressions wins'),
  suppressionMaxDays: z.number().int().positive().optional().describe('Longest a suppression may run, in days from the scan (default 365)'),
  attestationMaxAgeDays: z.number().int().positive().optional().describe('An attestation older than this many days is flagged as stale in the gap tables (default 365)'),
  history: z.string().optional().describe('SQLite scan history file each scan is recorded in (path relative to this file)'),
  keep: z
    .union([z.number().int().positive(), z.string().regex(/^[1-9]\d*d$/, 'expected a number of scans (e.g. 30) or of days (e.g. "90d")')])
    .optional()
    .describe('Retention of the scan history: the newest N scans (a number) or the scans of the last N days ("90d")'),
};
const CoreConfigSchema = z.object(CoreSettings).strict();

/**
 * The config file's schema: the core settings plus one section per registered provider plugin
 * (`aws:`, `azure:`, keyed by plugin id). `load` keeps a section as the user wrote it (the
 * provider applies its defaults); `publish` is what the published JSON Schema describes.
 */
export function configSchema(plugins: readonly ProviderPlugin[], use: 'load' | 'publish' = 'load') {
  return z
    .object({ ...CoreSettings, ...providerConfigSections(plugins, use) })
    .strict()
    .describe('mlscan configuration file');
}

/** The core settings, and each provider section (by plugin id) as the user wrote it. */
export type Config = z.infer<typeof CoreConfigSchema> & { readonly [providerId: string]: unknown };

export function loadConfig(file: string, plugins: readonly ProviderPlugin[]): Config {
  const config = readUserFile(file, configSchema(plugins)) as Config;
  const base = dirname(resolve(file));
  const rel = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  return {
    ...config,
    ...(config.snapshot ? { snapshot: config.snapshot.map(rel) } : {}),
    ...(config.attestations ? { attestations: rel(config.attestations) } : {}),
    ...(config.out ? { out: rel(config.out) } : {}),
    ...(config.suppressionsFile ? { suppressionsFile: rel(config.suppressionsFile) } : {}),
    ...(config.history ? { history: rel(config.history) } : {}),
  };
}
