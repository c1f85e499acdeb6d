import rule from '../../../../rules/azure/ai-services/rai-policy-harm-threshold-high.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter } from './_wire.js';

testRule(rule, {
  valid: [
    { name: 'recorded strict filter: Medium everywhere', asset: aiContentFilter() },
    { name: 'a disabled category is not judged here', asset: aiContentFilter({ 'Hate/Prompt': { enabled: false, severityThreshold: 'High' } }) },
  ],
  invalid: [
    {
      name: 'sexual content blocked only at High on completions',
      asset: aiContentFilter({ 'Sexual/Completion': { severityThreshold: 'High' } }),
      expected: [{ status: 'fail', message: 'Content filter fraud-strict blocks only high-severity content for Sexual (completion).' }],
    },
  ],
});
