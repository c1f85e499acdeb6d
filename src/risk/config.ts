import { z } from 'zod';
import { DEFAULT_CLASSIFICATION_KEYS, DEFAULT_OWNER_KEYS, DEFAULT_SENSITIVE_VALUES } from '../model/index.js';

const tagList = (description: string, defaults: string[]) => z.array(z.string().min(1)).describe(description).default(defaults);

/**
 * Which tags say how critical an asset is (seeds/000 section 3.1). Keys and values compare
 * case-insensitively, because Azure treats tag keys that way and people spell values every way.
 */
export const RiskConfigSchema = z
  .object({
    classificationKeys: tagList('Tag keys that hold the data classification (read by risk scoring and by rules)', [...DEFAULT_CLASSIFICATION_KEYS]),
    sensitiveValues: tagList('Classification values that make an asset critical (sensitive, personal or regulated data)', [...DEFAULT_SENSITIVE_VALUES]),
    ownerKeys: tagList('Tag keys that name the owner accountable for ML data and workspaces (seeds/000 5.2.1)', [...DEFAULT_OWNER_KEYS]),
    publicValues: tagList('Classification values for data that is public anyway (lowers criticality outside production)', ['public']),
    environmentKeys: tagList('Tag keys that hold the environment', ['environment', 'env', 'stage']),
    productionValues: tagList('Environment values that mean production', ['prod', 'production', 'prd', 'live']),
    nonProductionValues: tagList('Environment values that mean not production', ['dev', 'development', 'test', 'sandbox']),
  })
  .strict()
  .describe('Risk model: the tags that set asset criticality');

/** What a config file may write (every field optional). */
export type RiskConfig = z.input<typeof RiskConfigSchema>;
/** With defaults filled in. */
export type ResolvedRiskConfig = z.output<typeof RiskConfigSchema>;

export const DEFAULT_RISK_CONFIG: ResolvedRiskConfig = RiskConfigSchema.parse({});
