import {
  type AttachedPolicy,
  GetPolicyCommand,
  type GetPolicyResponse,
  GetPolicyVersionCommand,
  type GetPolicyVersionResponse,
  GetRoleCommand,
  GetRolePolicyCommand,
  type GetRolePolicyCommandInput,
  type GetRolePolicyResponse,
  ListAttachedRolePoliciesCommand,
  type ListAttachedRolePoliciesResponse,
  ListRolePoliciesCommand,
  type ListRolePoliciesResponse,
  type Role,
} from '@aws-sdk/client-iam';
import type { Facts } from '../../../src/model/index.js';
import { defineCollector, detail, detailEach, type RecordContext } from '../collector.js';
import { op } from '../operations.js';
import type { Linker } from '../runner.js';
import { externalPrincipals, list, parsePolicy, type Statement } from '../../../src/lib/aws-policy.js';
import { authorizationEntries, roleAuthorization, type AuthorizationEntry } from './account-authorization.js';
import { tagMap } from './common.js';

const ADMIN_POLICIES = /:policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

export { authorizationEntries };

interface AuthorizationIndex {
  roles: Map<string, Extract<AuthorizationEntry, { type: 'role' }>>;
  /** The same entries by role name (unique in an account, whatever the path), as GetRole finds them. */
  byName: Map<string, Extract<AuthorizationEntry, { type: 'role' }>>;
  documents: Map<string, string>;
}

/** The account's read indexed by ARN, built once per read (every role of the account shares it). */
const indexes = new WeakMap<readonly AuthorizationEntry[], AuthorizationIndex>();
function authorizationIndex(ctx: RecordContext): AuthorizationIndex | undefined {
  const entries = ctx.details.authorization as readonly AuthorizationEntry[] | undefined;
  return entries ? indexOf(entries) : undefined;
}
function indexOf(entries: readonly AuthorizationEntry[]): AuthorizationIndex {
  let index = indexes.get(entries);
  if (!index) {
    index = { roles: new Map(), byName: new Map(), documents: new Map() };
    for (const e of entries) {
      if (e.type === 'role') {
        index.roles.set(e.arn, e);
        if (e.record?.RoleName) index.byName.set(e.record.RoleName, e);
      } else index.documents.set(e.arn, e.document);
    }
    indexes.set(entries, index);
  }
  return index;
}

/** The role name of a role ARN (the last segment: a path may come before it). */
const roleNameOf = (arn: string): string => arn.split('/').pop()!;

/** The role's entry in the account's bulk read, when that read answered and names it. */
const bulkRole = (r: Role, ctx: RecordContext) => (r.Arn ? authorizationIndex(ctx)?.roles.get(r.Arn) : undefined);

/** The role's attached policies: from the bulk read, else from its own ListAttachedRolePolicies (undefined: unread). */
const attachedOf = (r: Role, ctx: RecordContext): AttachedPolicy[] | undefined => bulkRole(r, ctx)?.attached ?? (ctx.details.attached as AttachedPolicy[] | undefined);

/** Attached policies whose default document the bulk read does not hold: read one by one. */
const unindexedPolicies = (r: Role, ctx: RecordContext): AttachedPolicy[] => (attachedOf(r, ctx) ?? []).filter((p) => !p.PolicyArn || !authorizationIndex(ctx)?.documents.has(p.PolicyArn));

/** The default documents of `attached` that the bulk read holds. */
const indexedDocuments = (attached: readonly AttachedPolicy[], index: AuthorizationIndex | undefined): string[] =>
  attached.flatMap((p) => (p.PolicyArn && index?.documents.has(p.PolicyArn) ? [index.documents.get(p.PolicyArn)!] : []));

/** Execution roles that ML assets assume, with every policy that grants them something. */
export const roles = defineCollector<Role>({
  name: 'iam/roles',
  kind: 'role',
  nativeType: 'AWS::IAM::Role',
  facts: ['privilege', 'wildcardActions', 'externalPrincipals', 'principalType', 'roleName'],
  scope: 'account',
  phase: 2,
  refs: {
    match: (ref, scope) => ref.startsWith(`arn:${scope.partition}:iam::${scope.account}:role/`),
    // Every role comes with the account's authorization read (its RoleDetailList entry carries what
    // GetRole does but Description and MaxSessionDuration, which no rule reads). GetRole asks only
    // for a role that read does not hold, and for every role when it failed (denied).
    bulk: { detail: 'authorization', find: (answer, ref) => indexOf(answer as readonly AuthorizationEntry[]).byName.get(roleNameOf(ref))?.record },
    op: op('iam', GetRoleCommand),
    input: (refs) => ({ RoleName: roleNameOf(refs[0]!) }),
    items: (o) => (o.Role ? [o.Role] : []),
    absent: ['NoSuchEntity', 'NoSuchEntityException'],
  },
  details: [
    // Every role's policies and every managed policy's default document in a few pages for the
    // whole account, read once and shared with the endpoints' grants (account-authorization.ts);
    // the reads below stand in for it, role by role, where it did not answer (denied, failed) or
    // does not name the role.
    roleAuthorization<Role>('authorization'),
    detail<Role, { RoleName: string | undefined; Marker?: string }, ListAttachedRolePoliciesResponse>({
      key: 'attached',
      op: op('iam', ListAttachedRolePoliciesCommand),
      fallbackFor: 'authorization',
      when: (r, ctx) => !bulkRole(r, ctx),
      input: (r) => ({ RoleName: r.RoleName }),
      page: { input: 'Marker', output: 'Marker', items: (o) => o.AttachedPolicies },
    }),
    detail<Role, { RoleName: string | undefined; Marker?: string }, ListRolePoliciesResponse>({
      key: 'inlineNames',
      op: op('iam', ListRolePoliciesCommand),
      fallbackFor: 'authorization',
      when: (r, ctx) => !bulkRole(r, ctx),
      input: (r) => ({ RoleName: r.RoleName }),
      page: { input: 'Marker', output: 'Marker', items: (o) => o.PolicyNames },
    }),
    detailEach<Role, string, GetRolePolicyCommandInput, GetRolePolicyResponse>({
      key: 'inline',
      op: op('iam', GetRolePolicyCommand),
      fallbackFor: 'authorization',
      // Each dependent read runs only when the listing it reads answered: an unread list is no empty list.
      when: (_r, ctx) => ctx.has('inlineNames'),
      each: (_r, ctx) => (ctx.details.inlineNames as string[] | undefined) ?? [],
      input: (r, _ctx, name) => ({ RoleName: r.RoleName ?? '', PolicyName: name }),
      pick: (o) => ({ PolicyName: o.PolicyName, PolicyDocument: o.PolicyDocument }),
    }),
    detailEach<Role, AttachedPolicy, { PolicyArn: string | undefined }, GetPolicyResponse>({
      key: 'policies',
      op: op('iam', GetPolicyCommand),
      fallbackFor: 'authorization',
      when: (r, ctx) => attachedOf(r, ctx) !== undefined,
      each: unindexedPolicies,
      input: (_r, _ctx, p) => ({ PolicyArn: p.PolicyArn }),
      pick: (o) => ({ Arn: o.Policy?.Arn, DefaultVersionId: o.Policy?.DefaultVersionId }),
    }),
    detailEach<Role, { Arn?: string; DefaultVersionId?: string }, { PolicyArn: string | undefined; VersionId: string | undefined }, GetPolicyVersionResponse>({
      key: 'documents',
      op: op('iam', GetPolicyVersionCommand),
      fallbackFor: 'authorization',
      when: (_r, ctx) => ctx.has('policies'),
      each: (_r, ctx) => (ctx.details.policies as Array<{ Arn?: string; DefaultVersionId?: string }> | undefined) ?? [],
      input: (_r, _ctx, p) => ({ PolicyArn: p.Arn, VersionId: p.DefaultVersionId }),
      pick: (o) => ({ VersionId: o.PolicyVersion?.VersionId, Document: o.PolicyVersion?.Document }),
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = { principalType: 'role' };
    if (r.RoleName) facts.roleName = r.RoleName;
    const trust = parsePolicy(r.AssumeRolePolicyDocument);
    if (trust) facts.externalPrincipals = externalPrincipals(trust, ctx.account);

    const { attached, inline, documents, documentsComplete } = rolePolicies(r, ctx);
    const statements: Statement[] = [
      ...(inline ?? []).flatMap((p) => parsePolicy(p.PolicyDocument) ?? []),
      ...documents.flatMap((document) => parsePolicy(document) ?? []),
    ];
    const complete = attached !== undefined && inline !== undefined && documentsComplete;
    const grants = breadth(statements);
    const adminAttached = (attached ?? []).some((p) => ADMIN_POLICIES.test(p.PolicyArn ?? ''));
    // Administrator is visible even from part of the policies; anything less needs all of them.
    if (adminAttached || grants.admin) facts.privilege = 'admin';
    else if (complete) facts.privilege = grants.wildcards.length > 0 ? 'broad' : 'scoped';
    if (complete || grants.wildcards.length > 0) facts.wildcardActions = grants.wildcards;
    return {
      id: r.Arn!,
      name: r.RoleName ?? r.Arn!,
      region: 'global',
      facts,
      tags: tagMap(r.Tags) ?? {},
    };
  },
});

interface RolePolicies {
  /** Undefined: unread. */
  attached?: AttachedPolicy[];
  /** Undefined: unread. */
  inline?: Array<{ PolicyDocument?: string }>;
  /** The attached policies' documents that were read. */
  documents: Array<string | undefined>;
  /** Every attached policy's document was read. */
  documentsComplete: boolean;
}

/** A role's policies: from the account's bulk read where it names them, from the role's own reads otherwise. */
function rolePolicies(r: Role, ctx: RecordContext): RolePolicies {
  const attached = attachedOf(r, ctx);
  const inline = bulkRole(r, ctx)?.inline ?? (ctx.details.inline as Array<{ PolicyDocument?: string }> | undefined);
  const read = ctx.details.documents as Array<{ Document?: string }> | undefined;
  const indexed = indexedDocuments(attached ?? [], authorizationIndex(ctx));
  const documentsComplete = attached !== undefined && (read !== undefined || unindexedPolicies(r, ctx).length === 0);
  return { ...(attached ? { attached } : {}), ...(inline ? { inline } : {}), documents: [...indexed, ...(read ?? []).map((d) => d.Document)], documentsComplete };
}

/** Admin (`*` on `*`) and the wildcard actions an identity policy allows on every resource. */
export function breadth(statements: readonly Statement[]): { admin: boolean; wildcards: string[] } {
  const wildcards = new Set<string>();
  let admin = false;
  for (const st of statements) {
    if (st.Effect !== 'Allow') continue;
    const resources = list(st.Resource);
    const everywhere = resources.some((res) => res === '*' || res === 'arn:aws:s3:::*' || /^arn:[^:]+:[^:]+:\*?:\*?:\*$/.test(res));
    if (st.NotAction !== undefined && resources.includes('*')) {
      admin = true;
      continue;
    }
    if (!everywhere) continue;
    for (const action of list(st.Action)) {
      if (action === '*' || action === '*:*') admin = true;
      if (action.includes('*')) wildcards.add(action);
    }
  }
  return { admin, wildcards: [...wildcards].sort() };
}

/**
 * Each role's raw record says what was read about it in the shape of the role-by-role reads
 * (`attached`, `inline`, `documents`, which rules/aws/_lib/roles.ts reads), whichever way it was
 * read: its own entry of the account-wide GetAccountAuthorizationDetails read is unfolded into
 * them, and the account-wide list itself is not kept on every role.
 */
export const unfoldRoleAuthorization: Linker = ({ assets }) => {
  for (const a of assets) {
    const { authorization, ...details } = a.raw?.details ?? {};
    if (a.nativeType !== 'AWS::IAM::Role' || !Array.isArray(authorization)) continue;
    // Indexed once per account read (the roles share it), not searched role by role.
    const index = indexOf(authorization as AuthorizationEntry[]);
    const own = index.roles.get(a.id);
    if (own) Object.assign(details, { attached: own.attached, inline: own.inline });
    // A role the read does not name had its policy lists read on its own, but the managed
    // policies' documents the read holds still come from it (normalize counts them too).
    const attached = details.attached as AttachedPolicy[] | undefined;
    if (attached) {
      const indexed = indexedDocuments(attached, index).map((Document) => ({ Document }));
      const unindexed = attached.some((p) => !p.PolicyArn || !index.documents.has(p.PolicyArn));
      const read = details.documents as Array<{ Document?: string }> | undefined;
      // Documents read one by one (policies the bulk read lacked) join the bulk read's; one missing leaves them unread.
      if (!unindexed || read) details.documents = [...indexed, ...(read ?? [])];
      else delete details.documents;
    }
    a.raw = { record: a.raw?.record ?? {}, details };
  }
};

export const iamCollectors = [roles];
