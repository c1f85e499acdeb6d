import { z } from 'zod';
import { AccountSchema } from './account.js';
import { AssetSchema, CoverageGapSchema, EdgeSchema } from './asset.js';
import { AttackTypeSchema, CriticalityTierSchema, FindingSchema, FrameworkIdSchema, LikelihoodSchema } from './finding.js';
import { SeveritySchema } from './severity.js';
import { SinceLastScanSchema } from './since-last-scan.js';
import { SuppressionsReportSchema } from './suppression.js';

/**
 * 2.0 (issues 7 and 11): `assets[].raw` is the typed envelope `{ record, details }`; findings may be
 * `not_applicable` with a `reason`; criticality tiers and likelihood levels follow seed 000 §3
 * (`normal` is gone); findings carry `attackTypes` and (issue 8, before any 2.0 release) a required
 * `fingerprint`. 2.1 (issues 8, 9, 10) only adds: findings may be `suppressed` (with `suppression`)
 * and carry a `subject`; optional top-level `suppressions` and `sinceLastScan`; new asset and edge
 * kinds. 2.2 (issues 9, 13) only adds: the optional top-level `accounts` with account and
 * subscription names and management-group paths; the kinds ml-job, model-card, tracking-server,
 * lifecycle-script and the edges documents and runs-script. 1.0 was the first release's shape.
 */
export const RESULT_SCHEMA_VERSION = '2.2';

export const CONTROL_STATUSES = ['met', 'partly-met', 'not-met', 'not-assessed'] as const;
export const ControlStatusSchema = z.enum(CONTROL_STATUSES);
export type ControlStatus = z.infer<typeof ControlStatusSchema>;

export const AttestationSchema = z
  .object({
    control: z.string().min(1).describe('Control id, e.g. 5.7.1 or A-MLSG-004-D008'),
    framework: FrameworkIdSchema.optional().describe('Framework of the control; inferred from the id when omitted'),
    status: ControlStatusSchema.describe('Status the organisation attests to'),
    evidence: z.string().min(1).describe('Where the evidence is (document, ticket, URL)'),
    owner: z.string().min(1).describe('Who answers for the control'),
    date: z.iso.date().describe('Date of the attestation, YYYY-MM-DD'),
    notes: z.string().optional(),
  })
  .strict();
export type Attestation = z.infer<typeof AttestationSchema>;

export const ControlAssessmentSchema = z
  .object({
    framework: FrameworkIdSchema,
    controlId: z.string(),
    title: z.string(),
    status: ControlStatusSchema,
    /** How the status was reached, in one sentence. */
    basis: z.string(),
    rules: z.array(z.string()).describe('Rules that give evidence for the control'),
    assetsPassing: z.number().int().nonnegative(),
    assetsFailing: z.number().int().nonnegative(),
    assetsUnknown: z.number().int().nonnegative(),
    failingFindings: z.number().int().nonnegative(),
    attestation: AttestationSchema.optional(),
  })
  .strict();
export type ControlAssessment = z.infer<typeof ControlAssessmentSchema>;

export const FrameworkAssessmentSchema = z
  .object({
    id: FrameworkIdSchema,
    name: z.string(),
    source: z.string().describe('Document the catalogue was taken from'),
    controls: z.array(ControlAssessmentSchema),
    counts: z.record(ControlStatusSchema, z.number().int().nonnegative()),
  })
  .strict();
export type FrameworkAssessment = z.infer<typeof FrameworkAssessmentSchema>;

export const RiskGridCellSchema = z
  .object({
    base: SeveritySchema,
    criticality: CriticalityTierSchema,
    likelihood: LikelihoodSchema,
    severity: SeveritySchema.describe('Effective severity for this combination (off a proven toxic path)'),
  })
  .strict();
export type RiskGridCell = z.infer<typeof RiskGridCellSchema>;

export const RiskMatrixSchema = z
  .object({
    criticalityTags: z.record(z.string(), z.array(z.string())).describe('Tag keys read and values that raise criticality'),
    productionTags: z.record(z.string(), z.array(z.string())),
    lowCriticalityTags: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Tag keys read and values that lower criticality (public data, non-production)'),
    tagKeys: z
      .object({ owner: z.array(z.string()), classification: z.array(z.string()) })
      .optional()
      .describe('The tag keys the scan read for the owner and the data classification (configured or default; 2.2)'),
    rules: z.array(z.string()).describe('The adjustment rules in words, in the order applied'),
    steps: z
      .record(CriticalityTierSchema, z.record(LikelihoodSchema, z.number().int()))
      .optional()
      .describe('Levels a failing finding moves by, per criticality tier and likelihood (the configured matrix, after maxSteps)'),
    maxSteps: z.number().int().nonnegative().optional().describe('Most levels an adjustment moves a severity'),
    attackTypes: z
      .array(
        z
          .object({
            attackType: AttackTypeSchema,
            likelihood: z.enum(['high', 'medium', 'low']),
            impact: z.enum(['high', 'medium', 'low']),
            exploitability: z.enum(['high', 'medium', 'low']),
            meaning: z.string(),
          })
          .strict(),
      )
      .optional()
      .describe('The attack-type matrix of seeds/000 section 3.4 that findings are labelled with'),
    grid: z
      .array(RiskGridCellSchema)
      .optional()
      .describe('Every base severity x criticality x likelihood with the effective severity it gives'),
  })
  .strict();
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;

export const ScanResultSchema = z
  .object({
    schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
    tool: z.object({ name: z.literal('mlscan'), version: z.string() }).strict(),
    scan: z
      .object({
        startedAt: z.string(),
        finishedAt: z.string(),
        sources: z.array(z.string()).describe('Snapshot files or live providers scanned'),
        partial: z.boolean().describe('True when coverage gaps left part of the estate unseen'),
        rules: z.array(z.string()).describe('Ids of the rules that ran'),
        failOn: SeveritySchema.or(z.literal('none')).optional(),
      })
      .strict(),
    inventory: z.object({ assets: z.array(AssetSchema), edges: z.array(EdgeSchema) }).strict(),
    accounts: z
      .array(AccountSchema)
      .optional()
      .describe('The accounts and subscriptions scanned, with their names where the cloud told them (issue 13); absent in results of earlier scans'),
    coverage: z.object({ gaps: z.array(CoverageGapSchema) }).strict(),
    findings: z.array(FindingSchema),
    frameworks: z.array(FrameworkAssessmentSchema),
    risk: RiskMatrixSchema,
    sinceLastScan: SinceLastScanSchema.optional().describe('What changed since the baseline scan, when --baseline or --history gave one'),
    suppressions: SuppressionsReportSchema.optional().describe('The suppressions the scan applied and what each did (active, expiring, expired, unmatched), when it was given any'),
  })
  .strict();
export type ScanResult = z.infer<typeof ScanResultSchema>;
