import { addAwsRecord, arn, policyText, providerRecord, tagList, type AwsScope } from './scope.js';
import type { DescribedRecord } from '../estate-builder.js';

export interface PolicyGrant {
  /** An AWS-managed policy (by name), or an inline policy with its actions (on all resources). */
  name: string;
  aws?: boolean;
  actions?: string[];
  /** An inline policy's own statements (a Deny, a condition), instead of `actions` on all resources. */
  statements?: unknown[];
}

export interface IamRoleOptions {
  name: string;
  roleId: string;
  path?: string;
  description: string;
  /** Service principals (sagemaker.amazonaws.com) or account ids that may assume the role. */
  trustedServices?: string[];
  trustedAccounts?: string[];
  policies: PolicyGrant[];
  lastUsed?: string;
  tags?: Record<string, string>;
}

/** What the AWS-managed policies the sample attaches allow; their documents are public. */
const MANAGED_POLICY_ACTIONS: Record<string, string[]> = {
  AdministratorAccess: ['*'],
  AmazonSageMakerFullAccess: ['sagemaker:*', 'ecr:*', 'cloudwatch:*', 'logs:*', 's3:GetObject', 's3:PutObject', 'iam:PassRole'],
};

const actionsOf = (p: PolicyGrant): string[] => p.actions ?? MANAGED_POLICY_ACTIONS[p.name] ?? [];
const document = (p: PolicyGrant): unknown[] => p.statements ?? [{ Effect: 'Allow', Action: actionsOf(p), Resource: '*' }];

/** The default version of an AWS-managed policy the sample attaches, URL-encoded as IAM returns it. */
export function managedPolicyDocument(name: string): string {
  return policyText(document({ name, aws: true }), 'url');
}

/**
 * An IAM role as the provider reads it: GetRole, then the attached and inline policies and each
 * attached policy's default version. Policy documents are URL-encoded JSON, as IAM returns them.
 */
export function iamRole(scope: AwsScope, o: IamRoleOptions): DescribedRecord {
  const path = o.path ?? '/';
  const id = arn(scope, 'iam', `role${path}${o.name}`, { region: '' });
  const trust = [
    ...(o.trustedServices ?? []).map((service) => ({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' })),
    ...(o.trustedAccounts ?? []).map((account) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' })),
  ];
  const managed = o.policies.filter((p) => p.aws);
  const inline = o.policies.filter((p) => !p.aws);
  const managedArn = (p: PolicyGrant) => `arn:aws:iam::aws:policy/${p.name}`;
  const tags = o.tags ?? {};
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::IAM::Role',
    region: 'global',
    raw: providerRecord(
      {
        Path: path,
        RoleName: o.name,
        RoleId: o.roleId,
        Arn: id,
        CreateDate: '2024-02-19T15:22:40.000Z',
        AssumeRolePolicyDocument: policyText(trust, 'url'),
        Description: o.description,
        MaxSessionDuration: 3600,
        RoleLastUsed: o.lastUsed ? { LastUsedDate: o.lastUsed, Region: scope.region } : {},
        Tags: Object.keys(tags).length ? tagList(tags) : undefined,
      },
      {
        attached: managed.map((p) => ({ PolicyName: p.name, PolicyArn: managedArn(p) })),
        inlineNames: inline.map((p) => p.name),
        inline: inline.map((p) => ({ PolicyName: p.name, PolicyDocument: policyText(document(p), 'url') })),
        policies: managed.map((p) => ({ Arn: managedArn(p), DefaultVersionId: 'v1' })),
        documents: managed.map((p) => ({ VersionId: 'v1', Document: policyText(document(p), 'url') })),
      },
    ),
  });
}
