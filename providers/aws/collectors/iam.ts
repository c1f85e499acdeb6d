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
import { defineCollector, detail, detailEach } from '../collector.js';
import { op } from '../operations.js';
import { externalPrincipals, list, parsePolicy, type Statement } from '../../../src/lib/aws-policy.js';
import { tagMap } from './common.js';

const ADMIN_POLICIES = /:policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

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
    op: op('iam', GetRoleCommand),
    input: (refs) => ({ RoleName: refs[0]!.split('/').pop()! }),
    items: (o) => (o.Role ? [o.Role] : []),
    absent: ['NoSuchEntity', 'NoSuchEntityException'],
  },
  details: [
    detail<Role, { RoleName: string | undefined; Marker?: string }, ListAttachedRolePoliciesResponse>({
      key: 'attached',
      op: op('iam', ListAttachedRolePoliciesCommand),
      input: (r) => ({ RoleName: r.RoleName }),
      page: { input: 'Marker', output: 'Marker', items: (o) => o.AttachedPolicies },
    }),
    detail<Role, { RoleName: string | undefined; Marker?: string }, ListRolePoliciesResponse>({
      key: 'inlineNames',
      op: op('iam', ListRolePoliciesCommand),
      input: (r) => ({ RoleName: r.RoleName }),
      page: { input: 'Marker', output: 'Marker', items: (o) => o.PolicyNames },
    }),
    detailEach<Role, string, GetRolePolicyCommandInput, GetRolePolicyResponse>({
      key: 'inline',
      op: op('iam', GetRolePolicyCommand),
      // Each dependent read runs only when the listing it reads answered: an unread list is no empty list.
      when: (_r, ctx) => ctx.has('inlineNames'),
      each: (_r, ctx) => (ctx.details.inlineNames as string[] | undefined) ?? [],
      input: (r, _ctx, name) => ({ RoleName: r.RoleName ?? '', PolicyName: name }),
      pick: (o) => ({ PolicyName: o.PolicyName, PolicyDocument: o.PolicyDocument }),
    }),
    detailEach<Role, AttachedPolicy, { PolicyArn: string | undefined }, GetPolicyResponse>({
      key: 'policies',
      op: op('iam', GetPolicyCommand),
      when: (_r, ctx) => ctx.has('attached'),
      each: (_r, ctx) => (ctx.details.attached as AttachedPolicy[] | undefined) ?? [],
      input: (_r, _ctx, p) => ({ PolicyArn: p.PolicyArn }),
      pick: (o) => ({ Arn: o.Policy?.Arn, DefaultVersionId: o.Policy?.DefaultVersionId }),
    }),
    detailEach<Role, { Arn?: string; DefaultVersionId?: string }, { PolicyArn: string | undefined; VersionId: string | undefined }, GetPolicyVersionResponse>({
      key: 'documents',
      op: op('iam', GetPolicyVersionCommand),
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

    const attached = (ctx.details.attached as AttachedPolicy[] | undefined) ?? undefined;
    const inline = ctx.details.inline as Array<{ PolicyDocument?: string }> | undefined;
    const documents = ctx.details.documents as Array<{ Document?: string }> | undefined;
    const statements: Statement[] = [
      ...(inline ?? []).flatMap((p) => parsePolicy(p.PolicyDocument) ?? []),
      ...(documents ?? []).flatMap((p) => parsePolicy(p.Document) ?? []),
    ];
    const complete = ['attached', 'inline', 'documents'].every((key) => ctx.has(key));
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

export const iamCollectors = [roles];
