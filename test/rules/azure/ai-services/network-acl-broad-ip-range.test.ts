import rule from '../../../../rules/azure/ai-services/network-acl-broad-ip-range.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from './_wire.js';

const firewall = (...ips: string[]) => aiAccount({ properties: { networkAcls: { defaultAction: 'Deny', ipRules: ips.map((value) => ({ value })) } } });

testRule(rule, {
  valid: [{ name: 'office egress addresses and a /24', asset: firewall('203.0.113.10', '198.51.100.0/24') }],
  invalid: [
    { name: 'a /8 allowed', asset: firewall('203.0.113.10', '20.0.0.0/8'), expected: [{ status: 'fail', message: 'AI Services account oai-fraud allows 20.0.0.0/8 through its firewall.' }] },
    { name: 'recorded account: firewall open by default', asset: aiAccount(), expected: [{ status: 'not_applicable' }] },
    { name: 'not read', asset: aiAccount({ properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['raw.properties.networkAcls'] }] },
  ],
});
