import rule from '../../../../rules/aws/sagemaker/domain-iam-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { DOMAIN, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'SSO', asset: awsAsset('workspace', DOMAIN, { describe: { AuthMode: 'SSO' } }) }],
  invalid: [
    { name: 'IAM', asset: awsAsset('workspace', DOMAIN, { describe: { AuthMode: 'IAM' } }), expected: [{ status: 'fail', messageId: 'iam' }] },
    { name: 'not described', asset: awsAsset('workspace', DOMAIN), expected: [{ status: 'unknown' }] },
  ],
});
