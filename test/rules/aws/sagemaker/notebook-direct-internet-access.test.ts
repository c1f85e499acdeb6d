import rule from '../../../../rules/aws/sagemaker/notebook-direct-internet-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'DirectInternetAccess Disabled', asset: awsAsset('notebook', NOTEBOOK, { describe: { DirectInternetAccess: 'Disabled' } }) }],
  invalid: [
    {
      name: 'DirectInternetAccess Enabled',
      asset: awsAsset('notebook', NOTEBOOK, { name: 'nb', describe: { DirectInternetAccess: 'Enabled' } }),
      expected: [{ status: 'fail', messageId: 'enabled', message: 'Notebook instance nb has DirectInternetAccess Enabled.' }],
    },
    {
      // The fact is read from DirectInternetAccess itself, never inferred from a subnet.
      name: 'describe not read although a subnet is known',
      asset: awsAsset('notebook', NOTEBOOK, { facts: { inVirtualNetwork: true } }),
      expected: [{ status: 'unknown', missingFacts: ['DirectInternetAccess'] }],
    },
  ],
  notApplicable: [{ name: 'Azure compute instance', asset: awsAsset('notebook', 'Microsoft.MachineLearningServices/workspaces/computes', { describe: { DirectInternetAccess: 'Enabled' } }) }],
});
