import rule from '../../../rules/logging/ml-storage-data-events-not-logged.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'training bucket covered by data event selectors', ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', facts: { dataEventsLogged: true } }), 'uses-storage', 'training-job') },
  ],
  invalid: [
    {
      name: 'training bucket with management events only',
      ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', name: 'train-raw', facts: { dataEventsLogged: false } }), 'uses-storage', 'training-job'),
      expected: [
        {
          status: 'fail',
          messageId: 'notLogged',
          message: 'Object-level reads and writes on storage train-raw used by ML are not audited.',
          evidence: { dataEventsLogged: false },
        },
      ],
    },
    { name: 'event selectors not readable', asset: makeAsset({ kind: 'storage', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['dataEventsLogged'] }] },
  ],
  notApplicable: [{ name: 'log archive bucket', asset: makeAsset({ kind: 'storage', facts: { dataEventsLogged: false } }) }],
});
