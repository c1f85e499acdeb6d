import rule from '../../../rules/integrity/model-artifact-storage-not-immutable.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'model bucket with Object Lock', ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', facts: { immutability: true } }), 'stored-in', 'model-version') },
    { name: 'registry storage with immutability policy', ...usedByMl(makeAsset({ kind: 'storage', facts: { immutability: true } }), 'uses-storage', 'model-registry') },
  ],
  invalid: [
    {
      name: 'model bucket anyone with write access can overwrite',
      ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', name: 'models-release', facts: { immutability: false } }), 'stored-in', 'model'),
      expected: [{ status: 'fail', messageId: 'mutable', message: 'Storage models-release holds model artifacts that can be overwritten or deleted.', evidence: { immutability: false } }],
    },
    {
      name: 'object lock configuration not readable',
      ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', facts: {} }), 'stored-in', 'model-version'),
      expected: [{ status: 'unknown', missingFacts: ['immutability'] }],
    },
  ],
  notApplicable: [
    { name: 'training data bucket (not model artifacts)', ...usedByMl(makeAsset({ kind: 'storage', facts: { immutability: false } }), 'stored-in', 'dataset') },
  ],
});
