import rule from '../../../../rules/aws/sagemaker/domain-public-internet-only.js';
import { testRule } from '../../../support/rule-tester.js';
import { DOMAIN, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'VpcOnly', asset: awsAsset('workspace', DOMAIN, { describe: { AppNetworkAccessType: 'VpcOnly' } }) }],
  invalid: [
    { name: 'PublicInternetOnly', asset: awsAsset('workspace', DOMAIN, { describe: { AppNetworkAccessType: 'PublicInternetOnly' } }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'field absent (API default)', asset: awsAsset('workspace', DOMAIN, { describe: { DomainId: 'd-1' } }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'not described', asset: awsAsset('workspace', DOMAIN), expected: [{ status: 'unknown' }] },
  ],
});
