import rule from '../../../rules/exposure/ai-service-public-network-access.js';
import { testRule } from '../../support/rule-tester.js';
import { aiAccount } from '../azure/ai-services/_wire.js';

testRule(rule, {
  valid: [
    { name: 'public access disabled', asset: aiAccount({ properties: { publicNetworkAccess: 'Disabled' } }) },
    { name: 'firewall denies by default', asset: aiAccount({ properties: { networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '203.0.113.10' }] } } }) },
  ],
  invalid: [
    { name: 'recorded account: public, firewall open', asset: aiAccount(), expected: [{ status: 'fail', message: 'AI service oai-fraud accepts traffic from the public internet.' }] },
    { name: 'deny by default but 0.0.0.0/0 allowed', asset: aiAccount({ properties: { networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '0.0.0.0/0' }] } } }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'not read', asset: aiAccount({ properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
  ],
});
