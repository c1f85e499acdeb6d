import { z } from 'zod';
import { AssetKindSchema, ProviderSchema } from './kinds.js';
import { SeveritySchema } from './severity.js';

export const FINDING_STATUSES = ['fail', 'error', 'unknown', 'pass', 'not_applicable', 'suppressed'] as const;
export const FindingStatusSchema = z
  .enum(FINDING_STATUSES)
  .describe(
    'fail: control violated; error: the rule crashed or timed out; unknown: data not visible (could not be read); pass: control met; ' +
      'not_applicable: the asset type can never carry what the rule needs (no collector sets it), counted neither as pass nor unknown; ' +
        'suppressed: a fail, error or unknown verdict accepted by an active suppression (its original status and the reason are in `suppression`), ' +
        'kept in every output and not counted for --fail-on',
  );
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

/** The criticality tiers of seeds/000 section 3.1, most critical first. */
export const CRITICALITY_TIERS = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const CriticalityTierSchema = z.enum(CRITICALITY_TIERS).describe('Asset criticality tier (seeds/000 section 3.1)');
export type CriticalityTier = z.infer<typeof CriticalityTierSchema>;
/** The likelihood levels of seeds/000 sections 3.2 and 3.4. */
export const LIKELIHOODS = ['high', 'medium', 'low'] as const;
export const LikelihoodSchema = z.enum(LIKELIHOODS).describe('Likelihood of abuse (seeds/000 section 3.2)');
export type Likelihood = z.infer<typeof LikelihoodSchema>;
/** The attack types of the severity matrix in seeds/000 section 3.4 (inference = membership inference). */
export const ATTACK_TYPES = ['extraction', 'evasion', 'inference', 'inversion', 'poisoning'] as const;
export const AttackTypeSchema = z.enum(ATTACK_TYPES).describe('Attack type of seeds/000 section 3.4');
export type AttackType = z.infer<typeof AttackTypeSchema>;

export const SeverityAdjustmentSchema = z
  .object({
    base: SeveritySchema.describe('The rule base severity'),
    criticality: CriticalityTierSchema.describe('Asset criticality tier from tags and graph (seeds/000 section 3.1)'),
    likelihood: LikelihoodSchema.describe('Likelihood from exposure and logging, each exposure counted once (seeds/000 section 3.2)'),
    reasons: z.array(z.string()).describe('Why the criticality and likelihood were chosen, and how the severity moved'),
    toxicPath: z
      .array(z.string())
      .optional()
      .describe('Asset ids of the proven path (internet-reachable, sensitive data, this weakness on it) that allowed critical'),
  })
  .strict();
export type SeverityAdjustment = z.infer<typeof SeverityAdjustmentSchema>;

/** What a suppressed finding carries: the suppression that matched it and the verdict it hides. */
export const FindingSuppressionSchema = z
  .object({
    status: z.enum(['fail', 'error', 'unknown']).describe('The status the rule gave before the suppression applied'),
    id: z.string().describe('Where the suppression is declared: "<file>#<index>" (1-based), or its own id when it has one'),
    reason: z.string().min(1).describe('Why the risk is accepted'),
    owner: z.string().optional().describe('Who accepted it'),
    expires: z.iso.date().describe('Last day the suppression applies, YYYY-MM-DD'),
    ticket: z.string().optional().describe('Link to the ticket or record of the decision'),
  })
  .strict();
export type FindingSuppression = z.infer<typeof FindingSuppressionSchema>;

export const FindingSchema = z
  .object({
    ruleId: z.string().describe('Id of the rule, equal to its path under rules/'),
    fingerprint: z
      .string()
      .regex(/^mlscan\/v1\/[0-9a-f]{64}$/)
      .describe(
        'Stable identity of the finding across scans: "mlscan/v1/" followed by the lowercase hex SHA-256 of the UTF-8 JSON text ' +
          '[concern, ruleId, assetId] (JSON.stringify of that array, no spaces), where concern is the rule\'s declared concern or, ' +
          'without one, its rule id; a finding with a `subject` has it as a fourth array member. Status, severity, message, evidence and order do not enter it.',
      ),
    status: FindingStatusSchema,
    severity: SeveritySchema.describe('Effective severity after risk adjustment'),
    adjustment: SeverityAdjustmentSchema.optional().describe('How the effective severity was derived (fail findings)'),
    attackTypes: z
      .array(AttackTypeSchema)
      .optional()
      .describe('Attack types of seeds/000 section 3.4 the failing control enables (fail findings; empty when it enables none directly)'),
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
    subject: z
      .string()
      .optional()
      .describe('What part of the asset the finding is about when its rule gave several verdicts for the asset (a variant, a served model, one aspect); part of the fingerprint'),
    missingFacts: z.array(z.string()).optional().describe('Facts that were not visible (unknown findings)'),
    reason: z.string().optional().describe('Why the rule does not apply to the asset (not_applicable findings)'),
    suppression: FindingSuppressionSchema.optional().describe('The suppression that accepted the finding (suppressed findings)'),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;
