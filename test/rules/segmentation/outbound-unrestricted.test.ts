import rule from '../../../rules/segmentation/outbound-unrestricted.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'workspace with AllowOnlyApprovedOutbound', asset: makeAsset({ kind: 'workspace', facts: { outboundRestricted: true } }) },
    { name: 'deployment with egress public access disabled', asset: makeAsset({ kind: 'deployment', facts: { outboundRestricted: true } }) },
  ],
  invalid: [
    {
      name: 'workspace with AllowInternetOutbound',
      asset: makeAsset({ kind: 'workspace', name: 'ws-research', facts: { outboundRestricted: false } }),
      expected: [{ status: 'fail', messageId: 'unrestricted', message: 'ML workspace ws-research may send traffic to any destination.' }],
    },
    { name: 'isolation mode not visible', asset: makeAsset({ kind: 'workspace', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['outboundRestricted'] }] },
  ],
});
