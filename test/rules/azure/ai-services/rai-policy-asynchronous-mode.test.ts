import rule from '../../../../rules/azure/ai-services/rai-policy-asynchronous-mode.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiContentFilter } from './_wire.js';

testRule(rule, {
  valid: [
    { name: 'recorded: Blocking mode', asset: aiContentFilter() },
    { name: 'mode absent: the documented Default', asset: aiContentFilter({}, { properties: { mode: undefined } }) },
  ],
  invalid: [
    { name: 'asynchronous filter', asset: aiContentFilter({}, { properties: { mode: 'Asynchronous_filter' } }), expected: [{ status: 'fail', message: 'Content filter fraud-strict streams completions before filtering them (mode Asynchronous_filter).' }] },
    { name: 'pre-2024-10-01 name Deferred', asset: aiContentFilter({}, { properties: { mode: 'Deferred' } }), expected: [{ status: 'fail', messageId: 'asynchronous' }] },
    { name: 'not read', asset: aiContentFilter({}, { properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['raw.properties.mode'] }] },
  ],
});
