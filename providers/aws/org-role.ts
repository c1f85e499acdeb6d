// `mlscan permissions aws --org`: the member-account role `--aws-org` assumes, as a trust policy and a
// CloudFormation template for a service-managed StackSet. The permissions are exactly the generated
// read-only policy (permissions.ts), split when IAM's policy size limits would be exceeded.
import { stringify } from 'yaml';
import { UsageError } from '../../src/errors.js';
import { awsReadActions, type PolicyDocument } from './permissions.js';

/** IAM limits, counted without whitespace: all inline policies of a role together, and one managed policy. */
export const INLINE_ROLE_POLICY_LIMIT = 10_240;
export const MANAGED_POLICY_LIMIT = 6_144;
/** Managed policies attachable to a role without a quota increase. */
export const MANAGED_POLICIES_PER_ROLE = 10;
export const DEFAULT_ROLE = 'MlscanReadOnly';

export interface OrgRoleOptions {
  /** Role name, optionally with a path (`--aws-role`); default MlscanReadOnly. */
  role?: string;
  /** Who may assume it: a 12-digit account id (its root) or an IAM role / user ARN. */
  trustPrincipal?: string;
  externalId?: string;
}

export interface TrustPolicy {
  Version: '2012-10-17';
  Statement: Array<{
    Sid: string;
    Effect: 'Allow';
    Principal: { AWS: string };
    Action: 'sts:AssumeRole';
    Condition?: { StringEquals: { 'sts:ExternalId': string } };
  }>;
}

export interface OrgRoleDocument {
  roleName: string;
  rolePath: string;
  trustPrincipal: string;
  trustPolicy: TrustPolicy;
  /** Where the permissions go: one inline policy, or several customer-managed policies. */
  policyKind: 'inline' | 'managed';
  policies: PolicyDocument[];
  /** The CloudFormation template, YAML. */
  template: string;
  /** How to deploy it across the organisation. */
  commands: string[];
}

const ACCOUNT = /^\d{12}$/;
const PRINCIPAL_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:(role|user)\/[\w+=,.@/-]{1,512}$/;
const ROLE = /^[\w+=,.@/-]{1,64}$/;

/** The size IAM counts: the document without whitespace (action names contain none). */
export function policySize(document: unknown): number {
  return JSON.stringify(document).length;
}

function principalArn(given: string | undefined): string {
  if (!given) throw new UsageError('permissions aws --org needs --trust-principal <account-id|role-arn>: the account or role that runs the scan');
  if (ACCOUNT.test(given)) return `arn:aws:iam::${given}:root`;
  if (PRINCIPAL_ARN.test(given)) return given;
  throw new UsageError(`--trust-principal: '${given}' is neither a 12-digit account id nor an IAM role or user ARN (no wildcards)`);
}

/** `a/b/Name` → path `/a/b/`, name `Name` (the form `--aws-role` accepts). */
function splitRole(role: string): { name: string; path: string } {
  if (!ROLE.test(role)) throw new UsageError(`--aws-role: '${role}' is not an IAM role name (optionally with a path)`);
  const parts = role.replace(/^\/+/, '').split('/').filter(Boolean);
  const name = parts.pop();
  if (!name) throw new UsageError(`--aws-role: '${role}' has no role name`);
  return { name, path: parts.length ? `/${parts.join('/')}/` : '/' };
}

export function trustPolicy(principal: string, externalId: string | undefined): TrustPolicy {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'MlscanScanner',
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        ...(externalId ? { Condition: { StringEquals: { 'sts:ExternalId': externalId } } } : {}),
      },
    ],
  };
}

function policyOf(actions: string[], sid: string): PolicyDocument {
  return { Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: actions, Resource: '*' }] };
}

/**
 * The read-only actions as policy documents: one when it fits a role's inline limit, else the
 * fewest managed policies (in order) that each stay under the managed-policy limit.
 */
export function splitPolicies(actions: readonly string[]): { kind: 'inline' | 'managed'; policies: PolicyDocument[] } {
  const whole = policyOf([...actions], 'MlscanReadOnly');
  if (policySize(whole) <= INLINE_ROLE_POLICY_LIMIT) return { kind: 'inline', policies: [whole] };
  const policies: PolicyDocument[] = [];
  let current: string[] = [];
  const sid = () => `MlscanReadOnly${policies.length + 1}`;
  for (const action of actions) {
    if (current.length > 0 && policySize(policyOf([...current, action], sid())) > MANAGED_POLICY_LIMIT) {
      policies.push(policyOf(current, sid()));
      current = [];
    }
    current.push(action);
  }
  if (current.length > 0) policies.push(policyOf(current, sid()));
  if (policies.length > MANAGED_POLICIES_PER_ROLE) throw new Error(`the read-only policy needs ${policies.length} managed policies, over IAM's ${MANAGED_POLICIES_PER_ROLE} per role`);
  return { kind: 'managed', policies };
}

function template(roleName: string, rolePath: string, trust: TrustPolicy, kind: 'inline' | 'managed', policies: PolicyDocument[]): string {
  const role: Record<string, unknown> = {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: roleName,
      Path: rolePath,
      Description: 'Read-only access for mlscan (generated by mlscan permissions aws --org)',
      AssumeRolePolicyDocument: trust,
      ...(kind === 'inline' ? { Policies: [{ PolicyName: 'MlscanReadOnly', PolicyDocument: policies[0] }] } : {}),
    },
  };
  const resources: Record<string, unknown> = { MlscanRole: role };
  if (kind === 'managed')
    policies.forEach((document, i) => {
      resources[`MlscanReadOnlyPolicy${i + 1}`] = {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: { Description: `mlscan read-only permissions, part ${i + 1} of ${policies.length}`, Roles: [{ Ref: 'MlscanRole' }], PolicyDocument: document },
      };
    });
  const doc = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `mlscan member-account role ${roleName}: read-only access a scan with --aws-org needs. Deploy with a service-managed StackSet.`,
    Resources: resources,
    Outputs: { RoleArn: { Description: 'The role mlscan assumes in this account', Value: { 'Fn::GetAtt': ['MlscanRole', 'Arn'] } } },
  };
  return stringify(doc, { lineWidth: 0, version: '1.1' }); // 1.1 quotes the dates ("2012-10-17") a 1.1 parser would read as timestamps
}

function howTo(roleName: string, role: string, externalId: string | undefined): string[] {
  const stackSet = 'mlscan-member-role';
  return [
    `aws cloudformation create-stack-set --stack-set-name ${stackSet} --template-body file://mlscan-member-role.yaml --permission-model SERVICE_MANAGED --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false --capabilities CAPABILITY_NAMED_IAM`,
    `aws cloudformation create-stack-instances --stack-set-name ${stackSet} --deployment-targets OrganizationalUnitIds=<root-or-ou-id> --regions <one-region, e.g. us-east-1>`,
    `mlscan scan --aws-org --aws-role ${role}${externalId ? ' --aws-external-id <the external id>' : ''}  # from the management or delegated administrator account; the role ${roleName} is not deployed to the management account by a service-managed StackSet`,
  ];
}

/** The member-account role for `--aws-org`: trust policy, permissions, StackSet template and how-to. */
export function awsOrgRole(options: OrgRoleOptions): OrgRoleDocument {
  const principal = principalArn(options.trustPrincipal);
  const role = options.role ?? DEFAULT_ROLE;
  const { name, path } = splitRole(role);
  if (options.externalId !== undefined && (options.externalId.length < 2 || options.externalId.length > 1224 || !/^[\w+=,.@:/-]+$/.test(options.externalId)))
    throw new UsageError('--aws-external-id: 2 to 1224 characters of letters, digits and +=,.@:/-');
  const trust = trustPolicy(principal, options.externalId);
  const { kind, policies } = splitPolicies(awsReadActions());
  return {
    roleName: name,
    rolePath: path,
    trustPrincipal: principal,
    trustPolicy: trust,
    policyKind: kind,
    policies,
    template: template(name, path, trust, kind, policies),
    commands: howTo(name, role, options.externalId),
  };
}

/** The text form: trust policy, template, commands. */
export function orgRoleText(d: OrgRoleDocument): string {
  return [
    `# Trust policy of the member-account role ${d.rolePath}${d.roleName} (who may assume it)`,
    JSON.stringify(d.trustPolicy, null, 2),
    '',
    `# CloudFormation template (save as mlscan-member-role.yaml); permissions: ${d.policies.length} ${d.policyKind} polic${d.policies.length === 1 ? 'y' : 'ies'}, read-only`,
    d.template.trimEnd(),
    '',
    '# Deploy to every account of the organisation with a service-managed StackSet (from the management or a delegated administrator account)',
    ...d.commands,
    '',
  ].join('\n');
}
