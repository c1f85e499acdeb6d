import rule from '../../../rules/logging/storage-access-logging-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'training bucket with server access logs', ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', facts: { loggingEnabled: true } }), 'stored-in', 'dataset') }],
  invalid: [
    {
      name: 'model bucket without access logs',
      ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', name: 'models-prod', facts: { loggingEnabled: false } }), 'stored-in', 'model-version'),
      expected: [{ status: 'fail', messageId: 'off', message: 'Storage models-prod used by ML does not log access.', evidence: { loggingEnabled: false } }],
    },
    { name: 'logging not readable', asset: makeAsset({ kind: 'storage', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
  ],
  notApplicable: [{ name: 'website bucket', asset: makeAsset({ kind: 'storage', facts: { loggingEnabled: false } }) }],
});
