import rule from '../../../rules/exposure/storage-public-network-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'workspace storage with firewall default deny', ...usedByMl(makeAsset({ kind: 'storage', facts: { publicNetworkAccess: false } })) },
  ],
  invalid: [
    {
      name: 'ML storage open to all networks',
      asset: makeAsset({ kind: 'storage', name: 'mlstore01', facts: { mlRelated: true, publicNetworkAccess: true } }),
      expected: [
        { status: 'fail', messageId: 'public', message: 'Storage mlstore01 used by ML accepts connections from the public internet.' },
      ],
    },
    {
      name: 'network rules not visible',
      asset: makeAsset({ kind: 'storage', facts: { mlRelated: true } }),
      expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }],
    },
  ],
  notApplicable: [{ name: 'storage outside the ML estate', asset: makeAsset({ kind: 'storage', facts: { publicNetworkAccess: true, mlRelated: false } }) }],
});
