import { z } from 'zod';

/**
 * One suppression as a person writes it (in a suppressions file or inline in the config file), and
 * the scan result's `suppressions` section that reports what each one did. Matching rules: see
 * src/suppressions/match.ts and the README section "Suppressions".
 */

/** A message for a missing value that says "required" instead of zod's "expected string, received undefined". */
const required = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : `expected ${expected}`);
const text = (expected = 'a non-empty string') => z.string({ error: required(expected) }).trim().min(1, { error: `expected ${expected}` });
const globList = (what: string) =>
  z.array(text('a non-empty glob'), { error: required('a list') }).min(1, { error: `expected at least one ${what} (leave the field out to match every ${what})` });

export const SuppressionEntrySchema = z
  .object({
    id: text()
      .regex(/^[A-Za-z0-9][\w.:-]*$/, { error: 'expected letters, digits and . _ : - (e.g. SUP-12)' })
      .optional()
      .describe('Your name for the suppression (e.g. a risk register id); default: "<file>#<position>", 1-based'),
    rule: text('a rule id or glob')
      .describe(
        'Rule id or glob (`exposure/storage-public-access`, `aws/sagemaker/*`, `exposure/**`; an id prefix ending in / matches the rules under it). ' +
          '`*` matches within one /-separated part, `**` across parts',
      ),
    assets: globList('asset')
      .optional()
      .describe('Asset ids (ARN or ARM resource id) or globs; any one may match. `*` stays within one /-separated part (it may cross `:`), `**` spans parts; Azure ids match case-insensitively'),
    accounts: globList('account').optional().describe('AWS account ids or Azure subscription ids (or globs); any one may match'),
    tags: z
      .record(z.string().min(1), text('a tag value or glob'), { error: required('a map of tag key to value') })
      .refine((tags) => Object.keys(tags).length > 0, { error: 'expected at least one tag (leave the field out to match any tags)' })
      .optional()
      .describe('Tag key to value or glob (`*` matches any value); every tag given must be on the asset. Azure tag keys match case-insensitively'),
    fingerprints: z
      .array(z.string({ error: required('a fingerprint') }).regex(/^(mlscan\/v1\/)?[0-9a-f]{12,64}$/, { error: 'expected a finding fingerprint or at least its first 12 hex digits (the id shown in the reports)' }), {
        error: required('a list'),
      })
      .min(1)
      .optional()
      .describe('Finding fingerprints, whole or their first 12+ hex digits (the id the reports show); any one may match'),
    reason: text().describe('Why the risk is accepted (required)'),
    owner: text().optional().describe('Who accepted the risk and answers for it'),
    expires: z.iso
      .date({ error: (issue) => (issue.input === undefined ? 'required' : 'expected a date YYYY-MM-DD') })
      .describe('Last day the suppression applies, YYYY-MM-DD (required); at most the maximum lifetime (default 365 days) from the day of the scan'),
    ticket: text('a URL or ticket key').optional().describe('Ticket or record of the decision: a URL (an https URL becomes a link in the HTML report) or a key such as SEC-123'),
  })
  .strict();
export type SuppressionEntry = z.infer<typeof SuppressionEntrySchema>;

export const SUPPRESSION_STATES = ['active', 'expiring', 'expired', 'unmatched'] as const;
export const SuppressionStateSchema = z
  .enum(SUPPRESSION_STATES)
  .describe(
    'active: applied; expiring: applied, and expires within 30 days; expired: past its date, no longer applied (the findings it matched count again); ' +
      'unmatched: in date but matched no fail, error or unknown finding of this scan',
  );
export type SuppressionState = z.infer<typeof SuppressionStateSchema>;

export const SuppressionOutcomeSchema = SuppressionEntrySchema.extend({
  id: z.string().describe('The entry\'s own id, or "<file>#<position>" (1-based)'),
  source: z.string().describe('File the suppression is declared in (the suppressions file or the config file)'),
  state: SuppressionStateSchema,
  matched: z
    .number()
    .int()
    .nonnegative()
    .describe('Findings (fail, error, unknown) the suppression matches; for an expired one, the findings it would have accepted'),
  daysLeft: z.number().int().describe('Days from the scan day to `expires` (0: expires today; negative: expired)'),
}).strict();
export type SuppressionOutcome = z.infer<typeof SuppressionOutcomeSchema>;

export const SuppressionsReportSchema = z
  .object({
    sources: z.array(z.string()).describe('Files the suppressions were read from'),
    maxDays: z.number().int().positive().describe('Maximum lifetime in days that was enforced'),
    entries: z.array(SuppressionOutcomeSchema).describe('Every suppression, in the order declared'),
  })
  .strict();
export type SuppressionsReport = z.infer<typeof SuppressionsReportSchema>;
