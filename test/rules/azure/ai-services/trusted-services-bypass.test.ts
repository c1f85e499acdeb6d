import rule from '../../../../rules/azure/ai-services/trusted-services-bypass.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from './_wire.js';

const firewall = (bypass: string | undefined) => aiAccount({ properties: { networkAcls: { defaultAction: 'Deny', bypass } } });

testRule(rule, {
  valid: [{ name: 'no bypass', asset: firewall('None') }],
  invalid: [
    { name: 'trusted Azure services bypass', asset: firewall('AzureServices'), expected: [{ status: 'fail', message: 'AI Services account oai-fraud lets trusted Azure services bypass its firewall.' }] },
    { name: 'bypass not in the body', asset: firewall(undefined), expected: [{ status: 'unknown', missingFacts: ['raw.properties.networkAcls.bypass'] }] },
    { name: 'recorded account: firewall open by default', asset: aiAccount(), expected: [{ status: 'not_applicable' }] },
  ],
});
