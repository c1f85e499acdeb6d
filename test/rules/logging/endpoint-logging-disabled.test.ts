import rule from '../../../rules/logging/endpoint-logging-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'endpoint with traffic logs', asset: makeAsset({ kind: 'endpoint', facts: { loggingEnabled: true } }) }],
  invalid: [
    {
      name: 'endpoint without logs',
      asset: makeAsset({ kind: 'endpoint', name: 'ep-score', facts: { loggingEnabled: false } }),
      expected: [{ status: 'fail', messageId: 'off', message: 'Endpoint ep-score does not collect traffic or console logs.' }],
    },
    { name: 'logging not visible', asset: makeAsset({ kind: 'endpoint', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
  ],
});
