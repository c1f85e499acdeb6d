import type { Domain } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/domain-iam-auth',
    title: 'SageMaker Studio domain authenticates users with IAM instead of IAM Identity Center',
    family: 'rbac',
    severity: 'low',
    appliesTo: ['workspace'],
    rationale:
      'With IAM auth, anyone allowed sagemaker:CreatePresignedDomainUrl can open any user profile, and actions are attributed to a shared role rather than a person; IAM Identity Center (SSO) binds each profile to one workforce identity.',
    remediation: {
      text: 'Use AuthMode SSO for Studio domains (set at creation), with one user profile per Identity Center user.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/onboard-sso-users.html',
    },
    controls: { 'ms-ai-risk': ['5.2.4', '5.3.1'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AWS-SM-DOM-03'], prowler: ['sagemaker_domain_sso_configured'] },
    messages: {
      iam: 'Studio domain {{name}} authenticates users with IAM.',
      sso: 'Studio domain {{name}} authenticates users with IAM Identity Center.',
    },
  },
  nativeTypes: ['AWS::SageMaker::Domain'],
  evaluate(asset, ctx) {
    const mode = describeOf<Domain>(asset)?.AuthMode;
    return tri(ctx, mode === undefined ? undefined : mode === 'SSO', 'AuthMode', { pass: 'sso', fail: 'iam' }, { AuthMode: mode });
  },
});
