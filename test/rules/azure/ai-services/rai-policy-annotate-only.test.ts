import rule from '../../../../rules/azure/ai-services/rai-policy-annotate-only.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter } from './_wire.js';

testRule(rule, {
  valid: [
    { name: 'recorded strict filter: everything blocking', asset: aiContentFilter() },
    { name: 'a disabled filter annotates nothing', asset: aiContentFilter({ 'Profanity/Prompt': { enabled: false, blocking: false } }) },
  ],
  invalid: [
    {
      name: 'hate on prompts annotated, not blocked',
      asset: aiContentFilter({ 'Hate/Prompt': { blocking: false } }),
      expected: [{ status: 'fail', message: 'Content filter fraud-strict only annotates Hate (prompt).' }],
    },
  ],
});
