import type { GetAccountAuthorizationDetailsResponse, ManagedPolicyDetail } from '@aws-sdk/client-iam';
import { invokeGrantEntries, linkEndpointExposure } from '../../../../../providers/aws/endpoint-exposure.js';
import { detailOf, recordOf } from '../../../../../src/model/index.js';
import { managedPolicyDocument } from './iam.js';
import { arn, policyText, type AwsScope } from './scope.js';

/** A principal the account holds but no ML asset references (so not an asset), with its inline policies. */
export interface OtherPrincipal {
  role: string;
  inline: Record<string, unknown[]>;
}

/**
 * What the provider does for an account's endpoints: GetAccountAuthorizationDetails (built here
 * from the account's role and user records, plus principals no ML asset references) reduced by the
 * endpoint collector's own `invokeGrantEntries`, then `linkEndpointExposure` decides each
 * endpoint's `publicNetworkAccess`. Call it once the account's identities and endpoints are built.
 */
export function exposeEndpoints(scope: AwsScope, others: OtherPrincipal[] = []): void {
  const mine = scope.b.assets.filter((a) => a.provider === 'aws' && a.account === scope.account);
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
    if (a.nativeType === 'AWS::IAM::User') {
      for (const p of attached) policy(p.PolicyArn, managedPolicyDocument(p.PolicyName));
      response.UserDetailList!.push({ Arn: record!.Arn, UserName: a.name, AttachedManagedPolicies: attached });
    }
  }
  for (const o of others) {
    response.RoleDetailList!.push({
      Arn: arn(scope, 'iam', `role/${o.role}`, { region: '' }),
      RoleName: o.role,
      RolePolicyList: Object.entries(o.inline).map(([PolicyName, statements]) => ({ PolicyName, PolicyDocument: policyText(statements, 'url') })),
    });
  }
  response.Policies = [...policies.values()];
  const invokeGrants = invokeGrantEntries(response);
  for (const a of mine) {
    if (a.nativeType === 'AWS::SageMaker::Endpoint') a.raw = { record: a.raw?.record ?? {}, details: { ...a.raw?.details, invokeGrants } };
  }
  linkEndpointExposure({ assets: mine, edges: scope.b.edges, gaps: scope.b.gaps });
}
