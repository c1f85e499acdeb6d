import rule from '../../../rules/segmentation/outbound-unrestricted.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { aiAccount } from '../azure/ai-services/_wire.js';

testRule(rule, {
  valid: [
    { name: 'workspace with AllowOnlyApprovedOutbound', asset: makeAsset({ kind: 'workspace', facts: { outboundRestricted: true } }) },
    { name: 'deployment with egress public access disabled', asset: makeAsset({ kind: 'deployment', facts: { outboundRestricted: true } }) },
  ],
  invalid: [
    { name: 'recorded Azure OpenAI account: outbound not restricted', asset: aiAccount(), expected: [{ status: 'fail', message: 'ML ai-service oai-fraud may send traffic to any destination.' }] },
    {
      name: 'workspace with AllowInternetOutbound',
      asset: makeAsset({ kind: 'workspace', name: 'ws-research', facts: { outboundRestricted: false } }),
      expected: [{ status: 'fail', messageId: 'unrestricted', message: 'ML workspace ws-research may send traffic to any destination.' }],
    },
    { name: 'isolation mode not visible', asset: makeAsset({ kind: 'workspace', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['outboundRestricted'] }] },
  ],
});
