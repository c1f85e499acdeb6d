import rule from '../../../../rules/aws/sagemaker/notebook-root-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { NOTEBOOK, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'RootAccess Disabled', asset: awsAsset('notebook', NOTEBOOK, { describe: { RootAccess: 'Disabled' } }) }],
  invalid: [
    { name: 'RootAccess Enabled', asset: awsAsset('notebook', NOTEBOOK, { describe: { RootAccess: 'Enabled' } }), expected: [{ status: 'fail', messageId: 'enabled' }] },
    { name: 'RootAccess not returned', asset: awsAsset('notebook', NOTEBOOK, { describe: {} }), expected: [{ status: 'unknown', missingFacts: ['RootAccess'] }] },
  ],
});
