import { z } from 'zod';
import { AssetKindSchema, ProviderSchema } from './kinds.js';
import { SeveritySchema } from './severity.js';

export const FINDING_STATUSES = ['fail', 'error', 'unknown', 'pass'] as const;
export const FindingStatusSchema = z
  .enum(FINDING_STATUSES)
  .describe('fail: control violated; error: the rule crashed or timed out; unknown: data not visible; pass: control met');
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

export const RULE_FAMILIES = [
  'exposure',
  'rbac',
  'logging',
  'segmentation',
  'versioning',
  'encryption',
  'integrity',
] as const;
export const RuleFamilySchema = z.enum(RULE_FAMILIES).describe('Control family the rule belongs to');
export type RuleFamily = z.infer<typeof RuleFamilySchema>;

/**
 * Id of a framework pack. The packs are registered in src/frameworks/registry.ts (FRAMEWORK_IDS
 * there); the model only fixes the shape, and the published schemas list the registered ids.
 */
export const FrameworkIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/);
export type FrameworkId = string;

/** External reference namespaces (informational; not assessed as frameworks). */
export const REFERENCE_KINDS = [
  'aws-securityhub',
  'aws-config',
  'azure-policy',
  'mcsb',
  'checkov',
  'prowler',
  'cis',
  'owasp-ml',
  'catalog',
  'url',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const SeverityAdjustmentSchema = z
  .object({
    base: SeveritySchema.describe('The rule base severity'),
    criticality: z.enum(['low', 'normal', 'high']).describe('Asset criticality from tags and graph'),
    likelihood: z.enum(['low', 'normal', 'high']).describe('Likelihood from exposure and logging'),
    reasons: z.array(z.string()).describe('Why the criticality and likelihood were chosen'),
  })
  .strict();
export type SeverityAdjustment = z.infer<typeof SeverityAdjustmentSchema>;

export const FindingSchema = z
  .object({
    ruleId: z.string().describe('Id of the rule, equal to its path under rules/'),
    status: FindingStatusSchema,
    severity: SeveritySchema.describe('Effective severity after risk adjustment'),
    adjustment: SeverityAdjustmentSchema.optional().describe('How the effective severity was derived (fail findings)'),
    assetId: z.string(),
    assetName: z.string(),
    assetKind: AssetKindSchema,
    provider: ProviderSchema,
    account: z.string(),
    region: z.string(),
    messageId: z.string().optional().describe('Named message of the rule that produced the finding'),
    message: z.string().describe('What the rule saw, in one sentence (untrusted parts are cloud strings)'),
    evidence: z.record(z.string(), z.unknown()).default({}).describe('The fact values the verdict rests on'),
    path: z.array(z.string()).optional().describe('Asset ids along a graph path the finding is about'),
    missingFacts: z.array(z.string()).optional().describe('Facts that were not visible (unknown findings)'),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;
