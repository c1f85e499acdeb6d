import rule from '../../../../rules/aws/sagemaker/notebook-not-in-vpc.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'in a customer subnet', asset: awsAsset('notebook', NOTEBOOK, { describe: { SubnetId: 'subnet-1', SecurityGroups: ['sg-1'] } }) }],
  invalid: [
    { name: 'no SubnetId', asset: awsAsset('notebook', NOTEBOOK, { describe: { DirectInternetAccess: 'Enabled' } }), expected: [{ status: 'fail', messageId: 'outside' }] },
    { name: 'not described', asset: awsAsset('notebook', NOTEBOOK), expected: [{ status: 'unknown', missingFacts: ['SubnetId'] }] },
  ],
});
