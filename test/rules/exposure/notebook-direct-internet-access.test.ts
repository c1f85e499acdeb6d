import rule from '../../../rules/exposure/notebook-direct-internet-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'sagemaker notebook with DirectInternetAccess Disabled',
      asset: makeAsset({ kind: 'notebook', provider: 'aws', facts: { directInternetAccess: false } }),
    },
  ],
  invalid: [
    {
      name: 'sagemaker notebook with DirectInternetAccess Enabled',
      asset: makeAsset({ kind: 'notebook', provider: 'aws', name: 'research-nb', facts: { directInternetAccess: true } }),
      expected: [
        {
          status: 'fail',
          messageId: 'direct',
          message: 'Notebook research-nb has direct internet access that bypasses the customer network.',
          evidence: { directInternetAccess: true },
        },
      ],
    },
    {
      name: 'internet access mode not visible',
      asset: makeAsset({ kind: 'notebook', provider: 'aws', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['directInternetAccess'] }],
    },
  ],
});
