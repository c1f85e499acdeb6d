import type { Asset } from '../../../../src/model/index.js';
import { awsWireAsset, wire } from '../../../support/wire-assets.js';
import { NOTEBOOK, awsAsset } from '../_support.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-fraud';

/**
 * An execution role built by the IAM collector from its recorded GetRole answer, with `attached`
 * managed policies (ListAttachedRolePolicies) and one inline policy holding `statements`
 * (ListRolePolicies + GetRolePolicy, document URL-encoded as IAM returns it); and a notebook
 * assuming it. With managed policies attached, their GetPolicy / GetPolicyVersion answers are
 * not given (the role's `policies` and `documents` details are unread): the rules judge those
 * policies by ARN.
 */
export function roleCase(attached: string[], statements: unknown[]): { asset: Asset; related: Asset[]; edges: Array<{ from: string; to: string; kind: 'assumes' }> } {
  const inline = wire<{ PolicyName: string; PolicyDocument: string }>('aws/iam/GetRolePolicy.json');
  const details: Record<string, unknown> = {
    attached: { AttachedPolicies: attached.map((PolicyArn) => ({ PolicyName: PolicyArn.split('/').pop(), PolicyArn })), IsTruncated: false },
    inlineNames: statements.length ? wire('aws/iam/ListRolePolicies.json') : { PolicyNames: [], IsTruncated: false },
    inline: statements.length ? [{ ...inline, PolicyDocument: encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements })) }] : [],
    ...(attached.length === 0 ? { policies: [], documents: [] } : {}),
  };
  const role = awsWireAsset('iam/roles', wire('aws/iam/GetRole.json'), details, { refs: [ROLE_ARN] });
  const nb = awsAsset('notebook', NOTEBOOK);
  return { asset: role, related: [nb], edges: [{ from: nb.id, to: role.id, kind: 'assumes' }] };
}
