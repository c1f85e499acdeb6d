// The account's one GetAccountAuthorizationDetails read. Two collectors need it: the execution
// roles (every role with its policies, and the managed policies' documents) and the endpoints (who
// may call InvokeEndpoint, from every user, group and role). They share one call per account: the
// pages are reduced once to both views, and each detail takes its own.
import {
  type AttachedPolicy,
  GetAccountAuthorizationDetailsCommand,
  type GetAccountAuthorizationDetailsRequest,
  type GetAccountAuthorizationDetailsResponse,
  type Role,
} from '@aws-sdk/client-iam';
import { detail, type DetailSpec } from '../collector.js';
import { invokeGrantEntries, type InvokeGrantEntry } from '../endpoint-exposure.js';
import { op } from '../operations.js';

/**
 * What the read says of a role (its record, as GetRole gives it, and its policies), or of a managed
 * policy (its default version's document). The copy kept in a role's raw details has no `record`.
 */
export type AuthorizationEntry =
  | { type: 'role'; arn: string; record?: Role; attached: AttachedPolicy[]; inline: Array<{ PolicyName?: string; PolicyDocument?: string }> }
  | { type: 'policy'; arn: string; document: string };

/** One page of the read reduced to the roles' records and policy lists and the managed policies' default documents. */
export function authorizationEntries(o: GetAccountAuthorizationDetailsResponse): AuthorizationEntry[] {
  const out: AuthorizationEntry[] = [];
  for (const r of o.RoleDetailList ?? []) {
    // The role's own members (RoleName, AssumeRolePolicyDocument, Tags, RoleLastUsed, PermissionsBoundary…);
    // its policies are kept apart, and the instance profiles are no part of the role record.
    const { RolePolicyList, AttachedManagedPolicies, InstanceProfileList: _profiles, ...record } = r;
    if (r.Arn) out.push({ type: 'role', arn: r.Arn, record: record as Role, attached: AttachedManagedPolicies ?? [], inline: (RolePolicyList ?? []).map((p) => ({ PolicyName: p.PolicyName, PolicyDocument: p.PolicyDocument })) });
  }
  for (const p of o.Policies ?? []) {
    const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
    // A policy whose default document is not in the answer is read on its own (GetPolicy, GetPolicyVersion).
    if (p.Arn && version?.Document !== undefined) out.push({ type: 'policy', arn: p.Arn, document: version.Document });
  }
  return out;
}

/** One page, reduced once for both readers. */
interface AuthorizationPage {
  roles: AuthorizationEntry[];
  grants: InvokeGrantEntry[];
}

const reducePage = (o: GetAccountAuthorizationDetailsResponse): AuthorizationPage[] => [{ roles: authorizationEntries(o), grants: invokeGrantEntries(o) }];

/**
 * A detail holding `take` of the account's authorization read: every principal kind (the
 * endpoints need users and groups too) and every managed policy, all pages, read once per account
 * (IAM is global) however many details and records ask.
 */
function accountAuthorization<R>(key: string, take: (pages: readonly AuthorizationPage[]) => unknown): DetailSpec<R> {
  return detail<R, GetAccountAuthorizationDetailsRequest, GetAccountAuthorizationDetailsResponse>({
    key,
    op: op('iam', GetAccountAuthorizationDetailsCommand),
    input: () => ({ Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'] }),
    page: { input: 'Marker', output: 'Marker', items: reducePage },
    perAccount: true,
    share: { read: 'account-authorization', take: (items) => take(items as readonly AuthorizationPage[]) },
  });
}

/** The roles' view: `AuthorizationEntry` of every role and managed policy. */
export const roleAuthorization = <R>(key: string): DetailSpec<R> => accountAuthorization<R>(key, (pages) => pages.flatMap((p) => p.roles));

/** The endpoints' view: `InvokeGrantEntry` of every principal and managed policy. */
export const invokeGrants = <R>(key: string): DetailSpec<R> => accountAuthorization<R>(key, (pages) => pages.flatMap((p) => p.grants));
