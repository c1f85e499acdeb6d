import rule from '../../../rules/exposure/storage-public-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    {
      name: 'ML-tagged bucket with no anonymous access',
      asset: makeAsset({ kind: 'storage', provider: 'aws', facts: { mlRelated: true, publicRead: false, publicWrite: false } }),
    },
    {
      name: 'workspace storage account found through the graph, private',
      ...usedByMl(makeAsset({ kind: 'storage', facts: { publicRead: false, publicWrite: false } })),
    },
  ],
  invalid: [
    {
      name: 'training bucket readable by anyone',
      asset: makeAsset({ kind: 'storage', name: 'train-data', facts: { mlRelated: true, publicRead: true, publicWrite: false } }),
      expected: [
        {
          status: 'fail',
          messageId: 'public',
          message: 'Storage train-data used by ML is readable by anyone on the internet.',
          evidence: { publicRead: true, publicWrite: false },
        },
      ],
    },
    {
      name: 'write is public even though read is not visible',
      ...usedByMl(makeAsset({ kind: 'storage', name: 'drop-zone', facts: { publicWrite: true } }), 'stored-in', 'dataset'),
      expected: [
        { status: 'fail', messageId: 'public', message: 'Storage drop-zone used by ML is writable by anyone on the internet.' },
      ],
    },
    {
      name: 'read and write both public',
      asset: makeAsset({ kind: 'storage', name: 'open', facts: { mlRelated: true, publicRead: true, publicWrite: true } }),
      expected: [{ status: 'fail', message: 'Storage open used by ML is readable and writable by anyone on the internet.' }],
    },
    {
      name: 'read private but write not visible',
      asset: makeAsset({ kind: 'storage', facts: { mlRelated: true, publicRead: false } }),
      expected: [{ status: 'unknown', missingFacts: ['publicWrite'] }],
    },
  ],
  notApplicable: [
    {
      name: 'public bucket no ML asset uses',
      asset: makeAsset({ kind: 'storage', facts: { publicRead: true } }),
    },
  ],
});
