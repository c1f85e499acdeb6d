import type { GetAccountAuthorizationDetailsResponse, ManagedPolicyDetail } from '@aws-sdk/client-iam';
import { invokeGrantEntries } from '../../../../../providers/aws/endpoint-exposure.js';
import { detailOf, recordOf } from '../../../../../src/model/index.js';
import { managedPolicyDocument } from './iam.js';
import { arn, policyText, type AwsScope } from './scope.js';

/**
 * A principal the account holds but no ML asset references (so no collector reads it): a role
 * with its inline policies, or a user with the AWS-managed policies attached to it.
 */
export type OtherPrincipal = { role: string; inline: Record<string, unknown[]> } | { user: string; managed: string[] };

/**
 * The endpoints' `invokeGrants` detail as the provider reads it: GetAccountAuthorizationDetails
 * (built here from the account's role records, plus principals no ML asset references) reduced
 * by the endpoint collector's own `invokeGrantEntries`. Call it once the account's identities and
 * endpoints are described; the provider's linker judges each endpoint's exposure from it.
 */
export function exposeEndpoints(scope: AwsScope, others: OtherPrincipal[] = []): void {
  const mine = scope.b.records.filter((a) => a.provider === 'aws' && a.account === scope.account);
  const response: GetAccountAuthorizationDetailsResponse = { RoleDetailList: [], UserDetailList: [], GroupDetailList: [], Policies: [] };
  const policies = new Map<string, ManagedPolicyDetail>();
  const policy = (arnOf: string, document: string) => {
    if (!policies.has(arnOf)) policies.set(arnOf, { Arn: arnOf, PolicyName: arnOf.split('/').pop(), DefaultVersionId: 'v1', PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: document }] });
  };
  for (const a of mine) {
    const record = recordOf<{ Arn: string; AssumeRolePolicyDocument?: string }>(a);
    const attached = detailOf<Array<{ PolicyName: string; PolicyArn: string }>>(a, 'attached') ?? [];
    if (a.nativeType === 'AWS::IAM::Role') {
      const inline = detailOf<Array<{ PolicyName: string; PolicyDocument: string }>>(a, 'inline') ?? [];
      const documents = detailOf<Array<{ Document: string }>>(a, 'documents') ?? [];
      attached.forEach((p, i) => policy(p.PolicyArn, documents[i]!.Document));
      response.RoleDetailList!.push({ Arn: record!.Arn, RoleName: a.name, AssumeRolePolicyDocument: record!.AssumeRolePolicyDocument, RolePolicyList: inline, AttachedManagedPolicies: attached });
    }
  }
  for (const o of others) {
    if ('user' in o) {
      const attached = o.managed.map((name) => ({ PolicyName: name, PolicyArn: `arn:aws:iam::aws:policy/${name}` }));
      for (const p of attached) policy(p.PolicyArn, managedPolicyDocument(p.PolicyName));
      response.UserDetailList!.push({ Arn: arn(scope, 'iam', `user/${o.user}`, { region: '' }), UserName: o.user, AttachedManagedPolicies: attached });
      continue;
    }
    response.RoleDetailList!.push({
      Arn: arn(scope, 'iam', `role/${o.role}`, { region: '' }),
      RoleName: o.role,
      RolePolicyList: Object.entries(o.inline).map(([PolicyName, statements]) => ({ PolicyName, PolicyDocument: policyText(statements, 'url') })),
    });
  }
  response.Policies = [...policies.values()];
  const invokeGrants = invokeGrantEntries(response);
  for (const a of mine) {
    if (a.nativeType === 'AWS::SageMaker::Endpoint') a.raw = { record: a.raw.record, details: { ...a.raw.details, invokeGrants } };
  }
}
