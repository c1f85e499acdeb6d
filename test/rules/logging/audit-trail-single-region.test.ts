import rule from '../../../rules/logging/audit-trail-single-region.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'multi-region organisation trail', asset: makeAsset({ kind: 'audit-trail', provider: 'aws', facts: { multiRegion: true } }) }],
  invalid: [
    {
      name: 'trail limited to eu-west-1',
      asset: makeAsset({ kind: 'audit-trail', provider: 'aws', name: 'mgmt-trail', facts: { multiRegion: false } }),
      expected: [{ status: 'fail', messageId: 'singleRegion', message: 'Audit trail mgmt-trail records only its own region.', evidence: { multiRegion: false } }],
    },
    { name: 'trail settings not readable', asset: makeAsset({ kind: 'audit-trail', provider: 'aws', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['multiRegion'] }] },
  ],
});
