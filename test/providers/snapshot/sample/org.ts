/**
 * The fictional organisation behind the sample estate: Harbourline Insurance, a mid-size insurer
 * that scores claims for fraud, triages claim severity and prices quotes with ML. Account ids,
 * subscription and tenant GUIDs are made up; none belongs to a real organisation.
 */
export const ORG = {
  name: 'Harbourline Insurance',
  domain: 'harbourline.example',
  tenantId: '4c8e1f27-9b3a-4d65-a0e2-7f5d9c1b3a86',
} as const;

export const AWS_PROD = { account: '418273645091', region: 'eu-west-1', env: 'prod' } as const;
export const AWS_DEV = { account: '736194028517', region: 'us-east-1', env: 'dev' } as const;
/** A consultancy's AWS account that a prod role still trusts after the engagement ended. */
export const VENDOR_AWS_ACCOUNT = '803455712406';

export const AZURE_PROD = {
  subscription: '6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34',
  region: 'westeurope',
  env: 'prod',
  resourceGroup: 'rg-mlplatform-prod-weu',
} as const;
export const AZURE_DEV = {
  subscription: 'b3e9d4f2-71a6-4c58-8e2d-0f9a6c3b5e17',
  region: 'eastus',
  env: 'dev',
  resourceGroup: 'rg-mlsandbox-dev-eus',
} as const;

/** Fixed clock for raw records, so the builder's output never changes between runs. */
export const SNAPSHOT_TIME = '2026-11-20T06:00:00.000Z';

/**
 * Tags as the teams really write them: the platform team uses AWS-style PascalCase, the data
 * science sandbox lower-case with dashes, the Azure landing zone camelCase. Rules and the risk
 * model must cope with all three spellings.
 */
export function platformTags(env: 'prod' | 'dev', classification: string, owner: string, costCentre: string): Record<string, string> {
  return { Environment: env === 'prod' ? 'Production' : 'Development', DataClassification: classification, Owner: owner, CostCenter: costCentre };
}

export function sandboxTags(classification: string, owner: string, extra: Record<string, string> = {}): Record<string, string> {
  return { environment: 'dev', 'data-classification': classification, owner, 'cost-centre': 'CC-4410', ...extra };
}

export function landingZoneTags(env: 'prod' | 'dev', classification: string, owner: string, extra: Record<string, string> = {}): Record<string, string> {
  return { environment: env, dataClassification: classification, owner, costCenter: env === 'prod' ? 'CC-2031' : 'CC-4410', ...extra };
}
