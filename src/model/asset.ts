import { z } from 'zod';
import { AssetKindSchema, EdgeKindSchema, ProviderSchema } from './kinds.js';
import { FactsSchema } from './facts.js';
import { RawEnvelopeSchema } from './raw.js';

export const AssetSchema = z
  .object({
    id: z.string().min(1).describe('ARN or ARM resource id, exactly as the cloud spells it'),
    kind: AssetKindSchema,
    provider: ProviderSchema,
    account: z.string().min(1).describe('AWS account id or Azure subscription id'),
    region: z.string().describe("Region or location ('global' for global services)"),
    name: z.string().describe('Display name as the cloud reports it (untrusted: escape before display)'),
    nativeType: z.string().min(1).describe('Provider type, e.g. AWS::SageMaker::NotebookInstance'),
    tags: z.record(z.string(), z.string()).default({}).describe('Resource tags (untrusted strings)'),
    facts: FactsSchema.prefault({}),
    raw: RawEnvelopeSchema.optional(),
  })
  .strict()
  .describe('One inventoried cloud resource');
export type Asset = z.infer<typeof AssetSchema>;
/** What a provider hands over before defaults are applied. */
export type AssetInput = z.input<typeof AssetSchema>;

export const EdgeSchema = z
  .object({
    from: z.string().min(1).describe('Asset id the relation starts at'),
    to: z.string().min(1).describe('Asset id the relation points to'),
    kind: EdgeKindSchema,
  })
  .strict()
  .describe('A directed relation between two assets');
export type Edge = z.infer<typeof EdgeSchema>;

export const CoverageGapSchema = z
  .object({
    provider: ProviderSchema,
    account: z.string().describe('Account or subscription the gap is in'),
    region: z.string().optional().describe('Region, when the gap is regional'),
    service: z.string().describe('Service or resource provider that could not be read'),
    errorCode: z.string().describe('Error code the cloud returned, e.g. AccessDenied, AuthorizationFailed'),
    message: z.string().optional().describe('Short explanation (secrets removed)'),
    kinds: z.array(AssetKindSchema).optional().describe('Asset kinds whose inventory is incomplete because of this gap'),
    scope: z
      .string()
      .optional()
      .describe('Resource under which the listing failed (e.g. a workspace id), when narrower than the account and region'),
  })
  .strict()
  .describe('Something the scan could not see');
export type CoverageGap = z.infer<typeof CoverageGapSchema>;
