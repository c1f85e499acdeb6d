import rule from '../../../../rules/aws/sagemaker/domain-iam-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

const APP_ARN = 'arn:aws:sso::111122223333:application/ssoins-7223b0a1c2d3e4f5/apl-5a1b2c3d4e5f6a7b';
// The recorded DescribeDomain answer is an IAM domain; the SSO cases change AuthMode and the SSO members.
const domain = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/domains', describe);

testRule(rule, {
  valid: [
    { name: 'SSO with an Identity Center application', asset: domain({ AuthMode: 'SSO', SingleSignOnManagedApplicationInstanceId: 'ins-0123456789abcdef', SingleSignOnApplicationArn: APP_ARN }) },
    { name: 'SSO domain older than the application ARN', asset: domain({ AuthMode: 'SSO', SingleSignOnManagedApplicationInstanceId: 'ins-0123456789abcdef' }) },
  ],
  invalid: [
    { name: 'IAM', asset: domain(), expected: [{ status: 'fail', messageId: 'iam' }] },
    { name: 'SSO with no application attached', asset: domain({ AuthMode: 'SSO' }), expected: [{ status: 'fail', messageId: 'ssoNotAttached' }] },
    { name: 'not described', asset: domain(false), expected: [{ status: 'unknown' }] },
  ],
});
