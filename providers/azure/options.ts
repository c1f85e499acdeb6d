import { z } from 'zod';

/** Azure clouds mlscan knows the endpoints of. */
export const AZURE_CLOUDS = {
  AzureCloud: { arm: 'https://management.azure.com', authority: 'https://login.microsoftonline.com' },
  AzureChinaCloud: { arm: 'https://management.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
  AzureUSGovernment: { arm: 'https://management.usgovcloudapi.net', authority: 'https://login.microsoftonline.us' },
} as const;
export type AzureCloudName = keyof typeof AZURE_CLOUDS;

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const WORKSPACE_ID =
  /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+$/i;

/**
 * What an Azure scan covers and how it reaches ARM. The CLI flags (`--azure-subscriptions`,
 * `--azure-management-group`, `--azure-workspace`, `--azure-cloud`) and the config file's
 * `azure:` section map onto this object.
 */
export const AzureScanOptionsSchema = z
  .object({
    subscriptions: z
      .array(z.string().regex(GUID, 'a subscription id (GUID)'))
      .min(1)
      .optional()
      .describe('Subscriptions to scan. Default: every subscription the credential can see.'),
    managementGroup: z
      .string()
      .min(1)
      .optional()
      .describe('Scan every subscription below this management group (id, not display name).'),
    resourceGroups: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Only resources in these resource groups (subscription-level role assignments are kept).'),
    workspace: z
      .string()
      .regex(WORKSPACE_ID, 'an Azure ML workspace resource id')
      .optional()
      .describe('Only this workspace and what it links to (the before-release check). Implies its subscription.'),
    cloud: z
      .enum(['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'])
      .default('AzureCloud')
      .describe('Azure cloud; sets the ARM endpoint and the Entra ID authority.'),
    armEndpoint: z
      .url({ protocol: /^https$/ })
      .optional()
      .describe('Explicit ARM endpoint (private cloud, proxy, test server); overrides the cloud default.'),
    authorityHost: z
      .url({ protocol: /^https$/ })
      .optional()
      .describe('Explicit Entra ID authority host for the default credential.'),
    tenantId: z.string().min(1).optional().describe('Tenant for the default credential.'),
    timeoutMs: z.number().int().positive().default(30_000).describe('Per-call timeout in milliseconds.'),
    concurrency: z
      .number()
      .int()
      .positive()
      .default(4)
      .describe('Calls in flight per subscription and resource provider.'),
    minRemainingReads: z
      .number()
      .int()
      .nonnegative()
      // ARM's read bucket is per subscription and principal (250, refilled at 25/s): the reserve is only
      // for other clients signed in as the scan's own principal. One second of refill, not 40% of the
      // bucket: a larger reserve costs a quota-bound scan reserve / 25 seconds per subscription.
      .default(25)
      .describe('Pause a subscription when ARM reports fewer remaining reads than this (kept for other clients of the same principal); at most a quarter of the most ARM has said its bucket holds is kept, and the scan says when it kept less.'),
    machineLearningApiVersion: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/)
      .default('2025-12-01')
      .describe(
        'api-version sent to Microsoft.MachineLearningServices. The SDK defaults to 2022-10-01, whose responses lack managedNetwork and other current fields.',
      ),
  })
  .strict()
  .refine((o) => !(o.subscriptions && o.managementGroup), {
    message: 'give either subscriptions or managementGroup, not both',
    path: ['managementGroup'],
  })
  .describe('Azure scan options');

export type AzureScanOptions = z.input<typeof AzureScanOptionsSchema>;
export type ResolvedAzureScanOptions = z.output<typeof AzureScanOptionsSchema>;

export function armEndpointOf(options: ResolvedAzureScanOptions): string {
  return (options.armEndpoint ?? AZURE_CLOUDS[options.cloud].arm).replace(/\/+$/, '');
}

export function authorityOf(options: ResolvedAzureScanOptions): string {
  return options.authorityHost ?? AZURE_CLOUDS[options.cloud].authority;
}
