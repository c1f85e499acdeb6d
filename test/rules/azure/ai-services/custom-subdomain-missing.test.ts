import rule from '../../../../rules/azure/ai-services/custom-subdomain-missing.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'recorded account: subdomain oai-fraud', asset: aiAccount() }],
  invalid: [
    {
      name: 'regional endpoint only',
      asset: aiAccount({ properties: { customSubDomainName: undefined, endpoint: 'https://swedencentral.api.cognitive.microsoft.com/' } }),
      expected: [{ status: 'fail', message: 'AI Services account oai-fraud answers only on the shared regional endpoint.' }],
    },
    { name: 'not read', asset: aiAccount({ properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['raw.properties.customSubDomainName'] }] },
  ],
});
