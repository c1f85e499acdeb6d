import rule from '../../../rules/versioning/storage-soft-delete-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'workspace storage with 14-day soft delete', ...usedByMl(makeAsset({ kind: 'storage', facts: { softDelete: true } })) }],
  invalid: [
    {
      name: 'workspace storage without soft delete',
      ...usedByMl(makeAsset({ kind: 'storage', name: 'mlws01', facts: { softDelete: false } })),
      expected: [{ status: 'fail', messageId: 'off', message: 'Deleted data in storage mlws01 used by ML cannot be recovered.' }],
    },
    { name: 'retention not readable', asset: makeAsset({ kind: 'storage', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['softDelete'] }] },
  ],
  notApplicable: [{ name: 'storage outside ML', asset: makeAsset({ kind: 'storage', facts: { softDelete: false } }) }],
});
