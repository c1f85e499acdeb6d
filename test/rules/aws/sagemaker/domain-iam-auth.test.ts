import rule from '../../../../rules/aws/sagemaker/domain-iam-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { DOMAIN, awsAsset } from '../_support.js';

const APP_ARN = 'arn:aws:sso::111122223333:application/ssoins-7223b0a1c2d3e4f5/apl-5a1b2c3d4e5f6a7b';

testRule(rule, {
  valid: [
    { name: 'SSO with an Identity Center application', asset: awsAsset('workspace', DOMAIN, { describe: { AuthMode: 'SSO', SingleSignOnManagedApplicationInstanceId: 'ins-0123456789abcdef', SingleSignOnApplicationArn: APP_ARN } }) },
    { name: 'SSO domain older than the application ARN', asset: awsAsset('workspace', DOMAIN, { describe: { AuthMode: 'SSO', SingleSignOnManagedApplicationInstanceId: 'ins-0123456789abcdef' } }) },
  ],
  invalid: [
    { name: 'IAM', asset: awsAsset('workspace', DOMAIN, { describe: { AuthMode: 'IAM' } }), expected: [{ status: 'fail', messageId: 'iam' }] },
    { name: 'SSO with no application attached', asset: awsAsset('workspace', DOMAIN, { describe: { AuthMode: 'SSO' } }), expected: [{ status: 'fail', messageId: 'ssoNotAttached' }] },
    { name: 'not described', asset: awsAsset('workspace', DOMAIN), expected: [{ status: 'unknown' }] },
  ],
});
