import rule from '../../../rules/encryption/kms-key-rotation-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

// The key encrypts an ML-tagged bucket: one hop from the ML estate.
const mlBucket = makeAsset({ kind: 'storage', provider: 'aws', facts: { mlRelated: true } });
const bucketKey = makeAsset({ kind: 'kms-key', provider: 'aws', name: 'key-train', facts: { keyManager: 'customer', keyRotation: false } });

testRule(rule, {
  valid: [
    { name: 'notebook key with rotation', ...usedByMl(makeAsset({ kind: 'kms-key', provider: 'aws', facts: { keyManager: 'customer', keyRotation: true } }), 'encrypted-by', 'notebook') },
  ],
  invalid: [
    {
      name: 'key of an ML bucket without rotation',
      asset: bucketKey,
      related: [mlBucket],
      edges: [{ from: mlBucket.id, to: bucketKey.id, kind: 'encrypted-by' }],
      expected: [{ status: 'fail', messageId: 'off', message: 'Key key-train protecting ML data has no automatic rotation.', evidence: { keyRotation: false } }],
    },
    {
      name: 'rotation status not readable',
      ...usedByMl(makeAsset({ kind: 'kms-key', provider: 'aws', facts: {} }), 'encrypted-by', 'training-job'),
      expected: [{ status: 'unknown', missingFacts: ['keyRotation'] }],
    },
  ],
  notApplicable: [
    { name: 'AWS managed key', ...usedByMl(makeAsset({ kind: 'kms-key', provider: 'aws', facts: { keyManager: 'provider', keyRotation: false } }), 'encrypted-by', 'notebook') },
    { name: 'key nothing in ML uses', asset: makeAsset({ kind: 'kms-key', provider: 'aws', facts: { keyManager: 'customer', keyRotation: false } }) },
  ],
});
