import rule from '../../../rules/integrity/registry-tags-mutable.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'repository with IMMUTABLE tags', ...usedByMl(makeAsset({ kind: 'container-registry', provider: 'aws', facts: { tagImmutability: true } }), 'uses-image', 'model') }],
  invalid: [
    {
      name: 'repository with MUTABLE tags',
      ...usedByMl(makeAsset({ kind: 'container-registry', provider: 'aws', name: 'train-images', facts: { tagImmutability: false } }), 'uses-image', 'training-job'),
      expected: [{ status: 'fail', messageId: 'mutable', message: 'Registry train-images used by ML lets image tags be overwritten.', evidence: { tagImmutability: false } }],
    },
    { name: 'tag mutability not readable', asset: makeAsset({ kind: 'container-registry', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['tagImmutability'] }] },
  ],
  notApplicable: [{ name: 'registry outside ML', asset: makeAsset({ kind: 'container-registry', facts: { tagImmutability: false } }) }],
});
