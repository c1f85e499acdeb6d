import rule from '../../../rules/encryption/key-vault-purge-protection-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [{ name: 'workspace vault with purge protection', ...usedByMl(makeAsset({ kind: 'key-vault', facts: { purgeProtection: true } }), 'uses-key-vault') }],
  invalid: [
    {
      name: 'workspace vault without purge protection',
      ...usedByMl(makeAsset({ kind: 'key-vault', name: 'kv-ml-prod', facts: { purgeProtection: false } }), 'uses-key-vault'),
      expected: [{ status: 'fail', messageId: 'off', message: 'Key vault kv-ml-prod used by ML has no purge protection.', evidence: { purgeProtection: false } }],
    },
    { name: 'vault properties not readable', asset: makeAsset({ kind: 'key-vault', facts: { mlRelated: true } }), expected: [{ status: 'unknown', missingFacts: ['purgeProtection'] }] },
  ],
  notApplicable: [{ name: 'vault outside ML', asset: makeAsset({ kind: 'key-vault', facts: { purgeProtection: false } }) }],
});
