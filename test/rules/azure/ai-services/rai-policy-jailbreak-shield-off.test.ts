import rule from '../../../../rules/azure/ai-services/rai-policy-jailbreak-shield-off.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'recorded strict filter: jailbreak shield on and blocking', asset: aiContentFilter() }],
  invalid: [
    { name: 'shield annotates only', asset: aiContentFilter({ 'Jailbreak/Prompt': { blocking: false } }), expected: [{ status: 'fail', message: 'Content filter fraud-strict does not block Jailbreak (prompt).' }] },
    { name: 'shield not listed', asset: aiContentFilter({ 'Jailbreak/Prompt': null }), expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'policy body not read', asset: aiContentFilter({}, { properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['raw.properties.contentFilters'] }] },
  ],
  notApplicable: [
    { name: 'built-in policy no deployment uses', asset: aiContentFilter({ 'Jailbreak/Prompt': null }, { properties: { type: 'SystemManaged' } }) },
  ],
});
