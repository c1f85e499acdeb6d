// The names of the sample's accounts and subscriptions, as the clouds answer the calls a live scan
// makes for them (Organizations ListAccounts, IAM ListAccountAliases, ARM subscriptions list), read
// by the providers' own functions. collect-aws.ts and collect-azure.ts attach them to the inventory.
import type { ListAccountsResponse } from '@aws-sdk/client-organizations';
import type { ListAccountAliasesResponse } from '@aws-sdk/client-iam';
import type { ArmResource } from '../../../../providers/azure/arm.js';
import { activeAccountsOf, aliasOf } from '../../../../providers/aws/scope.js';
import { usableSubscriptions } from '../../../../providers/azure/scope.js';
import type { Account } from '../../../../src/model/index.js';
import { AWS_DEV, AWS_PROD, AZURE_DEV, AZURE_PROD, ORG } from './org.js';

/** Organizations ListAccounts from the management account (JSON 1.1 body; JoinedTimestamp in epoch seconds). */
export const LIST_ACCOUNTS = {
  Accounts: [
    {
      Id: AWS_PROD.account,
      Arn: `arn:aws:organizations::${AWS_PROD.account}:account/o-h4rb0url1n/${AWS_PROD.account}`,
      Email: `aws-ml-prod@${ORG.domain}`,
      Name: 'harbourline-ml-prod',
      Status: 'ACTIVE',
      State: 'ACTIVE',
      JoinedMethod: 'INVITED',
      JoinedTimestamp: 1_640_995_200,
    },
  ],
} as unknown as ListAccountsResponse;

/** IAM ListAccountAliases in the sandbox account, which is outside the organisation (its Query XML answer as the SDK reads it). */
export const SANDBOX_ALIASES: ListAccountAliasesResponse = { AccountAliases: ['harbourline-ds-sandbox'], IsTruncated: false };

/** ARM `GET /subscriptions?api-version=2022-12-01` (the records of its `value`). */
export const SUBSCRIPTIONS: ArmResource[] = [
  { id: `/subscriptions/${AZURE_PROD.subscription}`, subscriptionId: AZURE_PROD.subscription, tenantId: ORG.tenantId, displayName: 'Harbourline ML Platform - Production', state: 'Enabled', authorizationSource: 'RoleBased' },
  { id: `/subscriptions/${AZURE_DEV.subscription}`, subscriptionId: AZURE_DEV.subscription, tenantId: ORG.tenantId, displayName: 'Harbourline Data Science Sandbox', state: 'Enabled', authorizationSource: 'RoleBased' },
] as unknown as ArmResource[];

/** The AWS accounts of the sample with their names: the Organizations name, else the IAM alias. */
export function sampleAwsAccounts(): Account[] {
  const named = new Map(activeAccountsOf(LIST_ACCOUNTS).map((a) => [a.id, a.name]));
  return [AWS_PROD.account, AWS_DEV.account].sort().map((id) => {
    const name = named.get(id) ?? (id === AWS_DEV.account ? aliasOf(SANDBOX_ALIASES) : undefined);
    return { provider: 'aws', id, ...(name ? { name } : {}) };
  });
}

/** The Azure subscriptions of the sample with their display names. */
export function sampleAzureAccounts(): Account[] {
  return usableSubscriptions(SUBSCRIPTIONS).accounts;
}
