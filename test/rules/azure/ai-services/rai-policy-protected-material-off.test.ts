import rule from '../../../../rules/azure/ai-services/rai-policy-protected-material-off.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'recorded strict filter: text and code detection blocking', asset: aiContentFilter() }],
  invalid: [
    {
      name: 'code detection off, text annotate-only',
      asset: aiContentFilter({ 'Protected Material Code/Completion': { enabled: false }, 'Protected Material Text/Completion': { blocking: false } }),
      expected: [{ status: 'fail', message: 'Content filter fraud-strict does not block Protected Material Text (completion), Protected Material Code (completion).' }],
    },
    { name: 'listed on the prompt side only', asset: aiContentFilter({ 'Protected Material Text/Completion': { source: 'Prompt' } }), expected: [{ status: 'fail', messageId: 'off' }] },
  ],
});
