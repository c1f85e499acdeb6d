import { z } from 'zod';
import { CRITICALITY_TIERS, DEFAULT_CLASSIFICATION_KEYS, DEFAULT_OWNER_KEYS, DEFAULT_SENSITIVE_VALUES, type CriticalityTier, type Likelihood } from '../model/index.js';

const StepRow = z
  .object({ high: z.number().int().min(-4).max(4), medium: z.number().int().min(-4).max(4), low: z.number().int().min(-4).max(4) })
  .partial()
  .strict();

export const DEFAULT_CRITICAL_DATA_VALUES = ['restricted', 'highly-confidential', 'secret', 'classified', 'regulated', 'pii', 'phi', 'pci', 'hipaa', 'glba'];
export const DEFAULT_CRITICALITY_KEYS = ['criticality', 'business-criticality', 'BusinessCriticality', 'business_criticality'];
export const DEFAULT_CRITICALITY_VALUES: Record<CriticalityTier, string[]> = {
  critical: ['critical', 'mission-critical', 'safety-critical', 'critical-infrastructure'],
  high: ['high', 'business-critical'],
  medium: ['medium', 'moderate', 'business-facing'],
  low: ['low'],
  info: ['info', 'informational', 'none'],
};

/**
 * The default matrix: a severity moves one level only when the asset's tier and the likelihood
 * together sit two steps from neutral (tier critical +2, high +1, medium 0, low -1, info -2;
 * likelihood high +1, medium 0, low -1), so one signal alone moves only from the extreme tiers.
 */
export const DEFAULT_MATRIX: Record<CriticalityTier, Record<Likelihood, number>> = {
  critical: { high: 1, medium: 1, low: 0 },
  high: { high: 1, medium: 0, low: 0 },
  medium: { high: 0, medium: 0, low: 0 },
  low: { high: 0, medium: 0, low: -1 },
  info: { high: 0, medium: -1, low: -1 },
};

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
    criticalDataValues: tagList(
      'Classification values of the critical tier (seeds/000 3.1: sensitive personal, classified or regulated data such as PCI, HIPAA, GLBA); other sensitive values give the high tier',
      [...DEFAULT_CRITICAL_DATA_VALUES],
    ),
    criticalityKeys: tagList('Tag keys that state the business criticality of a system directly', [...DEFAULT_CRITICALITY_KEYS]),
    criticalityValues: z
      .object(Object.fromEntries(CRITICALITY_TIERS.map((tier) => [tier, z.array(z.string().min(1)).optional()])) as Record<CriticalityTier, z.ZodOptional<z.ZodArray<z.ZodString>>>)
      .strict()
      .describe('Values of the criticality tag keys, per tier (a tier left out keeps its defaults)')
      .default({})
      .transform((given) => ({ ...DEFAULT_CRITICALITY_VALUES, ...given }) as Record<CriticalityTier, string[]>),
    matrix: z
      .object(Object.fromEntries(CRITICALITY_TIERS.map((tier) => [tier, StepRow.optional()])) as Record<CriticalityTier, z.ZodOptional<typeof StepRow>>)
      .strict()
      .describe('Levels a failing finding moves by, per criticality tier and likelihood (positive = more severe); cells left out keep their defaults')
      .default({})
      .transform((given) => {
        const out = {} as Record<CriticalityTier, Record<Likelihood, number>>;
        for (const tier of CRITICALITY_TIERS) out[tier] = { ...DEFAULT_MATRIX[tier], ...given[tier] };
        return out;
      }),
    maxSteps: z
      .number()
      .int()
      .min(0)
      .max(4)
      .default(1)
      .describe('Most levels an adjustment moves a severity (default 1); critical stays reserved for base-critical rules and proven toxic paths'),
  })
  .strict()
  .describe('Risk model (seeds/000 section 3): the tags that set the criticality tier, and the matrix that moves severity');

/** What a config file may write (every field optional). */
export type RiskConfig = z.input<typeof RiskConfigSchema>;
/** With defaults filled in. */
export type ResolvedRiskConfig = z.output<typeof RiskConfigSchema>;

export const DEFAULT_RISK_CONFIG: ResolvedRiskConfig = RiskConfigSchema.parse({});
