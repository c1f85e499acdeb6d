import rule from '../../../rules/exposure/key-vault-public-network-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'workspace vault behind a private endpoint', ...usedByMl(makeAsset({ kind: 'key-vault', facts: { publicNetworkAccess: false } }), 'uses-key-vault') },
  ],
  invalid: [
    {
      name: 'workspace vault open to all networks',
      ...usedByMl(makeAsset({ kind: 'key-vault', name: 'kv-ml', facts: { publicNetworkAccess: true } }), 'uses-key-vault'),
      expected: [
        { status: 'fail', messageId: 'public', message: 'Key vault kv-ml used by ML accepts connections from the public internet.' },
      ],
    },
    {
      name: 'vault network settings not visible',
      asset: makeAsset({ kind: 'key-vault', facts: { mlRelated: true } }),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }],
    },
  ],
  notApplicable: [{ name: 'vault of an unrelated app', asset: makeAsset({ kind: 'key-vault', facts: { publicNetworkAccess: true } }) }],
});
