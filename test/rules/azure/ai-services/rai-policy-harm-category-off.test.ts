import rule from '../../../../rules/azure/ai-services/rai-policy-harm-category-off.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'recorded strict filter: four categories on both sides', asset: aiContentFilter() }],
  invalid: [
    {
      name: 'violence off on completions, self-harm missing on prompts',
      asset: aiContentFilter({ 'Violence/Completion': { enabled: false }, 'Selfharm/Prompt': null }),
      expected: [{ status: 'fail', message: 'Content filter fraud-strict does not screen Selfharm (prompt), Violence (completion).' }],
    },
    { name: 'not read', asset: aiContentFilter({}, { properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['raw.properties.contentFilters'] }] },
  ],
});
