import { z } from 'zod';
import { DOMAIN_REF, NOTEBOOK_REF } from './workspace-scope.js';

/**
 * What the integrator maps `--aws-*` flags and the config file's `aws:` section onto. Every field
 * is optional: with none, mlscan scans the caller's own account in every enabled region.
 */
export const AwsScanOptionsSchema = z
  .object({
    accounts: z
      .array(z.string().regex(/^\d{12}$/, 'an AWS account id is 12 digits'))
      .min(1)
      .optional()
      .describe('Account ids to scan; accounts other than the caller are entered with AssumeRole into `role`'),
    org: z
      .boolean()
      .default(false)
      .describe('Scan every active account of the AWS Organization (Organizations ListAccounts, from the management or a delegated account)'),
    role: z
      .string()
      .regex(/^[\w+=,.@/-]{1,64}$/, 'an IAM role name (optionally with a path)')
      .optional()
      .describe('Name of the role to assume in each scanned account, e.g. MlscanReadOnly'),
    externalId: z.string().min(2).max(1224).optional().describe('ExternalId to pass to AssumeRole, when the role trust requires one'),
    regions: z
      .array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'a region name such as eu-west-1'))
      .min(1)
      .optional()
      .describe('Regions to scan; default: every region enabled in each account (EC2 DescribeRegions)'),
    homeRegion: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/)
      .optional()
      .describe('Region for account-wide calls (STS, IAM, S3 listing, Organizations); default AWS_REGION or us-east-1'),
    profile: z.string().min(1).optional().describe('Shared config / credentials profile (default: the standard credential chain)'),
    concurrency: z.number().int().min(1).max(64).default(4).describe('Calls in flight per account, region and service'),
    // Each account has rate limits of its own, and the scheduler bounds the calls in flight across
    // all of them: accounts scanned four at a time had left a 10-account scan waiting on its slowest
    // buckets wave after wave (npm run bench:scan, clean run: 36.3 s four at a time, 18.4 s all ten).
    accountConcurrency: z.number().int().min(1).max(32).default(16).describe('Accounts scanned at the same time'),
    timeoutMs: z
      .number()
      .int()
      .min(1_000)
      .max(600_000)
      .default(30_000)
      .describe("Timeout of one HTTP request in milliseconds; the SDK's own retries and back-off are not counted against it"),
    maxAttempts: z.number().int().min(1).max(10).default(5).describe('Attempts per call for transient faults (timeouts, resets, 5xx); throttled answers are paced and retried apart'),
    domain: z
      .string()
      .regex(DOMAIN_REF, 'a SageMaker Studio domain id (d-...) or domain ARN')
      .optional()
      .describe('Only this Studio domain, what lives in it and what it links to (the before-release check, as --azure-workspace). An ARN implies its account and region'),
    notebook: z
      .string()
      .regex(NOTEBOOK_REF, 'a SageMaker notebook instance name or ARN')
      .optional()
      .describe('Only this notebook instance and what it links to (the before-release check). An ARN implies its account and region'),
    trainingJobDays: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Only training jobs created in the last N days (ListTrainingJobs CreationTimeAfter); default: all'),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.org && !o.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'scanning an organisation needs the role name to assume in each account' });
    if (o.org && o.accounts) ctx.addIssue({ code: 'custom', path: ['accounts'], message: 'give either an account list or org, not both' });
    if (o.domain && o.notebook) ctx.addIssue({ code: 'custom', path: ['notebook'], message: 'give either a domain or a notebook, not both' });
  })
  .describe('AWS provider settings');

export type AwsScanOptions = z.input<typeof AwsScanOptionsSchema>;
export type ResolvedAwsScanOptions = z.output<typeof AwsScanOptionsSchema>;
