import rule from '../../../rules/versioning/storage-versioning-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'dataset bucket with versioning', ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', facts: { versioning: true } }), 'stored-in', 'dataset') }],
  invalid: [
    {
      name: 'dataset bucket without versioning',
      ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', name: 'curated', facts: { versioning: false } }), 'stored-in', 'dataset'),
      expected: [{ status: 'fail', messageId: 'off', message: 'Storage curated used by ML keeps no previous versions of objects.', evidence: { versioning: false } }],
    },
    { name: 'versioning not readable', asset: makeAsset({ kind: 'storage', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['versioning'] }] },
  ],
  notApplicable: [{ name: 'scratch bucket nobody in ML uses', asset: makeAsset({ kind: 'storage', facts: { versioning: false } }) }],
});
