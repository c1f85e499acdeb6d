import rule from '../../../../rules/azure/ai-services/outbound-fqdn-wildcard.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from './_wire.js';

const restricted = (...fqdns: string[]) => aiAccount({ properties: { restrictOutboundNetworkAccess: true, allowedFqdnList: fqdns } });

testRule(rule, {
  valid: [{ name: 'named hosts only', asset: restricted('stfraud.blob.core.windows.net', 'srch-fraud.search.windows.net') }],
  invalid: [
    {
      name: 'every storage account on Azure',
      asset: restricted('*.blob.core.windows.net', 'srch-fraud.search.windows.net'),
      expected: [{ status: 'fail', message: 'AI Services account oai-fraud may send data to any host under *.blob.core.windows.net.' }],
    },
    { name: 'recorded account: outbound not restricted', asset: aiAccount(), expected: [{ status: 'not_applicable' }] },
  ],
});
