import rule from '../../../../rules/aws/sagemaker/model-package-group-cross-account-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { AWS_WIRE_SCOPE, awsWireAsset } from '../../../support/wire-assets.js';

const GROUP = `arn:aws:sagemaker:eu-west-1:${AWS_WIRE_SCOPE.account}:model-package-group/fraud-detection`;
const LISTING = { ModelPackageGroupSummaryList: [{ ModelPackageGroupName: 'fraud-detection', ModelPackageGroupArn: GROUP, ModelPackageGroupDescription: 'Fraud scorers', CreationTime: 1717410600.1, ModelPackageGroupStatus: 'Completed' }] };

/** The group as its collector records it; `policy`: the GetModelPackageGroupPolicy answer (null: "Cannot find resource policy"; absent: denied). */
const group = (policy?: Record<string, unknown> | null) => awsWireAsset('sagemaker/model-package-groups', LISTING, { tags: { Tags: [] }, ...(policy !== undefined && { policy: policy && { ResourcePolicy: JSON.stringify(policy) } }) });
const allow = (principal: unknown, actions: string[], condition?: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Share', Effect: 'Allow', Principal: principal, Action: actions, Resource: `arn:aws:sagemaker:eu-west-1:${AWS_WIRE_SCOPE.account}:model-package/fraud-detection/*`, ...(condition && { Condition: condition }) }],
});
const READ = ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages'];

testRule(rule, {
  valid: [
    { name: 'no resource policy', asset: group(null) },
    { name: 'a policy naming only the own account', asset: group(allow({ AWS: `arn:aws:iam::${AWS_WIRE_SCOPE.account}:root` }, READ)) },
    { name: 'everyone, limited to the organisation', asset: group(allow('*', READ, { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })) },
  ],
  invalid: [
    {
      name: 'shared with another account',
      asset: group(allow({ AWS: 'arn:aws:iam::444455556666:root' }, [...READ, 'sagemaker:UpdateModelPackage'])),
      expected: [{ status: 'fail', messageId: 'shared', evidence: { externalPrincipals: ['444455556666'], actions: ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages', 'sagemaker:UpdateModelPackage'] } }],
    },
    { name: 'open to every principal', asset: group(allow('*', READ)), expected: [{ status: 'fail', messageId: 'public', evidence: { principals: ['*'] } }] },
    { name: 'policy not read (denied)', asset: group(), expected: [{ status: 'unknown', missingFacts: ['GetModelPackageGroupPolicy'] }] },
  ],
});
