import type { Domain } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { judge } from '../../_lib/verdicts.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/domain-iam-auth',
    title: 'SageMaker Studio domain authenticates users with IAM instead of IAM Identity Center',
    family: 'rbac',
    severity: 'low',
    appliesTo: ['workspace'],
    rationale:
      'With IAM auth, anyone allowed sagemaker:CreatePresignedDomainUrl can open any user profile, and actions are attributed to a shared role rather than a person; IAM Identity Center (SSO) binds each profile to one workforce identity.',
    remediation: {
      text: 'Use AuthMode SSO for Studio domains (set at creation) with the domain attached to an IAM Identity Center instance, and one user profile per Identity Center user.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/onboard-sso-users.html',
    },
    references: { catalog: ['AWS-SM-DOM-03'], prowler: ['sagemaker_domain_sso_configured'] },
    messages: {
      iam: 'Studio domain {{name}} authenticates users with IAM.',
      sso: 'Studio domain {{name}} authenticates users with IAM Identity Center.',
      ssoNotAttached: 'Studio domain {{name}} is set to AuthMode SSO but no IAM Identity Center application is attached to it.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Domain'],
  evaluate(asset, ctx) {
    const d = describeOf<Domain>(asset);
    const mode = d?.AuthMode;
    if (mode !== 'SSO') return judge(ctx, mode === undefined ? undefined : false, 'AuthMode', { pass: 'sso', fail: 'iam' }, { AuthMode: mode });
    // DescribeDomain returns SingleSignOnManagedApplicationInstanceId for an SSO domain attached to
    // Identity Center, and SingleSignOnApplicationArn for domains created after 19 September 2023
    // (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html).
    // The describe answered, so neither field present means no application is attached.
    const attached = d?.SingleSignOnManagedApplicationInstanceId ?? d?.SingleSignOnApplicationArn;
    const evidence = { AuthMode: mode, SingleSignOnManagedApplicationInstanceId: d?.SingleSignOnManagedApplicationInstanceId, SingleSignOnApplicationArn: d?.SingleSignOnApplicationArn };
    return attached ? ctx.pass('sso', { evidence }) : ctx.fail('ssoNotAttached', { evidence });
  },
});
