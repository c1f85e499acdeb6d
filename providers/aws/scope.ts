import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { ListAccountAliasesCommand, type ListAccountAliasesResponse } from '@aws-sdk/client-iam';
import { ListAccountsCommand, type ListAccountsResponse } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { partitionOf, type ScopeInfo } from './arn.js';
import type { CredentialIdentity } from './clients.js';
import { op, withPageSize } from './operations.js';
import { readPages, type ListingRead } from './paging.js';
import { sendOp, type SendDeps } from './send.js';

/** Operations that decide what is scanned (who am I, which accounts, which regions). */
export const scopeOps = {
  getCallerIdentity: op('sts', GetCallerIdentityCommand),
  assumeRole: op('sts', AssumeRoleCommand),
  listAccounts: op('organizations', ListAccountsCommand),
  describeRegions: op('ec2', DescribeRegionsCommand),
  /** The account's name when Organizations did not give one (a single-account or account-list scan). */
  listAccountAliases: op('iam', ListAccountAliasesCommand),
};

/** An account of the organisation and the name Organizations knows it by. */
export interface OrgAccount {
  id: string;
  name?: string;
}

export interface Caller {
  account: string;
  partition: string;
}

export async function callerIdentity(deps: SendDeps, homeRegion: string): Promise<Caller> {
  const scope: ScopeInfo = { partition: partitionOf(homeRegion), account: 'caller', region: homeRegion };
  const out = await sendOp(deps, scope, scopeOps.getCallerIdentity, {});
  const partition = /^arn:([^:]+):/.exec(out.Arn ?? '')?.[1] ?? scope.partition;
  if (!out.Account) throw new Error('GetCallerIdentity returned no account');
  return { account: out.Account, partition };
}

/** Active accounts of the organisation with their names (paged); `error` says why the listing stopped early (the accounts read are kept). */
export async function organisationAccounts(deps: SendDeps, caller: Caller, homeRegion: string): Promise<ListingRead<OrgAccount>> {
  const scope: ScopeInfo = { partition: caller.partition, account: caller.account, region: homeRegion };
  const read = await readPages((input) => sendOp(deps, scope, scopeOps.listAccounts, input), {
    operation: scopeOps.listAccounts.name,
    input: withPageSize(scopeOps.listAccounts, {}),
    page: { input: 'NextToken', output: 'NextToken' },
    items: activeAccountsOf,
  });
  read.items.sort((a, b) => a.id.localeCompare(b.id));
  return read;
}

/** The active accounts of one ListAccounts page, with their names (closed and suspended ones left out). */
export function activeAccountsOf(page: ListAccountsResponse): OrgAccount[] {
  return (page.Accounts ?? []).flatMap((a) => {
    const state = (a as { State?: string }).State ?? a.Status;
    if (!a.Id || (state !== undefined && state !== 'ACTIVE')) return [];
    return [a.Name ? { id: a.Id, name: a.Name } : { id: a.Id }];
  });
}

/** The alias of a ListAccountAliases answer (an account has at most one). */
export function aliasOf(answer: ListAccountAliasesResponse): string | undefined {
  return answer.AccountAliases?.[0] || undefined;
}

/** The account's IAM alias (an account has at most one); undefined when it has none. IAM is global: the call goes to the home region's endpoint. */
export async function accountAlias(deps: SendDeps, account: string, partition: string, homeRegion: string): Promise<string | undefined> {
  return aliasOf(await sendOp(deps, { partition, account, region: homeRegion }, scopeOps.listAccountAliases, {}));
}

/**
 * Credentials for a member account: AssumeRole into `role` (session name `mlscan`), renewed five
 * minutes before they expire. The first call happens here, so a denied AssumeRole is seen at once.
 */
export async function assumeRoleCredentials(
  deps: SendDeps,
  caller: Caller,
  homeRegion: string,
  account: string,
  role: string,
  externalId: string | undefined,
): Promise<() => Promise<CredentialIdentity>> {
  const scope: ScopeInfo = { partition: caller.partition, account: caller.account, region: homeRegion };
  const roleArn = `arn:${caller.partition}:iam::${account}:role/${role.replace(/^\/+/, '')}`;
  const assume = async (): Promise<CredentialIdentity> => {
    const out = await sendOp(deps, scope, scopeOps.assumeRole, {
      RoleArn: roleArn,
      RoleSessionName: 'mlscan',
      ...(externalId ? { ExternalId: externalId } : {}),
    });
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
  };
  let current = await assume();
  return async () => {
    if (current.expiration && current.expiration.getTime() - Date.now() < 5 * 60_000) current = await assume();
    return current;
  };
}

/** Regions enabled for the account (opt-in regions not opted into are left out by the API). */
export async function enabledRegions(deps: SendDeps, account: string, partition: string, homeRegion: string): Promise<string[]> {
  const out = await sendOp(deps, { partition, account, region: homeRegion }, scopeOps.describeRegions, { AllRegions: false });
  return (out.Regions ?? [])
    .filter((r) => r.OptInStatus === undefined || r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName)
    .filter((r): r is string => typeof r === 'string')
    .sort();
}
