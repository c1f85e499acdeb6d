import rule from '../../../rules/exposure/security-group-admin-ports-open.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    {
      name: 'notebook security group with no internet admin ports',
      ...usedByMl(makeAsset({ kind: 'security-group', provider: 'aws', facts: { adminPortsOpenToInternet: false } }), 'protected-by', 'notebook'),
    },
  ],
  invalid: [
    {
      name: 'SSH open to 0.0.0.0/0 on training subnet NSG',
      ...usedByMl(makeAsset({ kind: 'security-group', name: 'nsg-train', facts: { adminPortsOpenToInternet: true } }), 'protected-by', 'compute'),
      expected: [
        {
          status: 'fail',
          messageId: 'open',
          message: 'Security group nsg-train protecting ML resources admits admin ports from the internet.',
          evidence: { adminPortsOpenToInternet: true },
        },
      ],
    },
    {
      name: 'rules not visible',
      asset: makeAsset({ kind: 'security-group', facts: { mlRelated: true } }),
      expected: [{ status: 'unknown', missingFacts: ['adminPortsOpenToInternet'] }],
    },
  ],
  notApplicable: [{ name: 'security group of a web tier', asset: makeAsset({ kind: 'security-group', facts: { adminPortsOpenToInternet: true } }) }],
});
