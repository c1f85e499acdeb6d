import { z } from 'zod';
import { FindingStatusSchema } from './finding.js';
import { AssetKindSchema, ProviderSchema } from './kinds.js';
import { SEVERITIES, SeveritySchema } from './severity.js';

/**
 * How findings moved between a baseline scan and this one, keyed by fingerprint. "Failing" is
 * what the --fail-on gate counts: `fail` or `error`. A suppressed finding counts by its verdict
 * (`suppression.status`), except that a failing finding that became suppressed is `accepted`.
 */
export const DIFF_CATEGORIES = [
  'new',
  'regressed',
  'resolved',
  'assetRemoved',
  'notReassessed',
  'newlyUnknown',
  'accepted',
  'stillFailing',
] as const;
export const DiffCategorySchema = z.enum(DIFF_CATEGORIES);
export type DiffCategory = z.infer<typeof DiffCategorySchema>;

/** One line per category, for the JSON Schema, the CLI and the reports. */
export const DIFF_CATEGORY_MEANINGS: Record<DiffCategory, string> = {
  new: 'failing now; absent, not applicable or unknown in the baseline',
  regressed: 'failing now; passed in the baseline',
  resolved: 'failing in the baseline; passes now (or the rule gave no verdict) on an asset that is still there',
  assetRemoved: 'failing in the baseline; its asset is gone and no coverage gap could hide it',
  notReassessed: 'failing in the baseline; its asset was not seen because a coverage gap of this scan may hide it (not resolved)',
  newlyUnknown: 'passed or failed in the baseline; unknown now (its data could not be read)',
  accepted: 'failing in the baseline; suppressed now (an accepted risk, not a fix)',
  stillFailing: 'failing in both scans',
};

/** Short names of the categories, for headings and tables. */
export const DIFF_CATEGORY_LABELS: Record<DiffCategory, string> = {
  new: 'New failing',
  regressed: 'Regressed (pass → fail)',
  resolved: 'Resolved',
  assetRemoved: 'Gone with their asset',
  notReassessed: 'Not re-assessed (coverage gap)',
  newlyUnknown: 'Newly unknown',
  accepted: 'Accepted (suppressed)',
  stillFailing: 'Still failing',
};

export const FindingChangeSchema = z
  .object({
    fingerprint: z.string().describe('Finding fingerprint, the identity across scans'),
    ruleId: z.string(),
    assetId: z.string(),
    assetName: z.string(),
    assetKind: AssetKindSchema,
    provider: ProviderSchema,
    account: z.string(),
    severity: SeveritySchema.describe('Severity in this scan, or in the baseline when the finding is gone'),
    before: FindingStatusSchema.optional().describe('Status in the baseline; absent when the finding was not there'),
    after: FindingStatusSchema.optional().describe('Status in this scan; absent when the finding is not there'),
  })
  .strict();
export type FindingChange = z.infer<typeof FindingChangeSchema>;

export const AssetRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: AssetKindSchema,
    provider: ProviderSchema,
    account: z.string(),
    region: z.string(),
  })
  .strict();
export type AssetRef = z.infer<typeof AssetRefSchema>;

const severityCounts = z.object(Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof SEVERITIES)[number], z.ZodNumber>).strict();

export const TrendPointSchema = z
  .object({
    id: z.number().int().describe('History id of the scan (0 for a scan not recorded in a history)'),
    finishedAt: z.string(),
    failing: severityCounts.describe('Failing findings (fail or error) by severity'),
  })
  .strict();
export type ScanTrendPoint = z.infer<typeof TrendPointSchema>;

export const BaselineRefSchema = z
  .object({
    source: z.enum(['history', 'file']),
    historyId: z.number().int().optional().describe('Id of the baseline scan in the history file'),
    file: z.string().optional().describe('JSON report or history file the baseline was read from'),
    finishedAt: z.string().describe('When the baseline scan finished'),
  })
  .strict();
export type BaselineRef = z.infer<typeof BaselineRefSchema>;

export const SinceLastScanSchema = z
  .object({
    baseline: BaselineRefSchema,
    counts: z.object(Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, z.number().int().nonnegative()])) as Record<DiffCategory, z.ZodNumber>).strict(),
    bySeverity: z
      .object(Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, severityCounts])) as Record<DiffCategory, typeof severityCounts>)
      .strict()
      .describe('Each category counted by severity'),
    findings: z
      .object(Object.fromEntries(DIFF_CATEGORIES.map((c) => [c, z.array(FindingChangeSchema).describe(DIFF_CATEGORY_MEANINGS[c])])) as Record<DiffCategory, z.ZodArray<typeof FindingChangeSchema>>)
      .strict()
      .describe('The findings of each category, most severe first'),
    assets: z
      .object({
        added: z.array(AssetRefSchema).describe('In this scan, not in the baseline'),
        removed: z.array(AssetRefSchema).describe('In the baseline, not in this scan, and no coverage gap could hide them'),
        notSeen: z.array(AssetRefSchema).describe('In the baseline, not in this scan, behind a coverage gap of this scan'),
      })
      .strict(),
    trend: z.array(TrendPointSchema).optional().describe('Failing findings by severity over the last scans, oldest first, this scan last'),
  })
  .strict()
  .describe('What changed since a baseline scan (--baseline or --history)');
export type SinceLastScan = z.infer<typeof SinceLastScanSchema>;
