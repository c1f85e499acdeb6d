import rule from '../../../rules/exposure/registry-anonymous-pull.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    {
      name: 'workspace registry requiring authentication',
      ...usedByMl(makeAsset({ kind: 'container-registry', facts: { anonymousPull: false } }), 'uses-registry'),
    },
  ],
  invalid: [
    {
      name: 'registry serving images to anyone',
      ...usedByMl(makeAsset({ kind: 'container-registry', name: 'acrml', facts: { anonymousPull: true } }), 'uses-image', 'deployment'),
      expected: [
        { status: 'fail', messageId: 'anonymous', message: 'Registry acrml lets anyone pull images without authenticating.', evidence: { anonymousPull: true } },
      ],
    },
    {
      name: 'anonymous pull setting not visible',
      asset: makeAsset({ kind: 'container-registry', facts: { mlRelated: true } }),
      expected: [{ status: 'unknown', missingFacts: ['anonymousPull'] }],
    },
  ],
  notApplicable: [{ name: 'registry no ML asset uses', asset: makeAsset({ kind: 'container-registry', facts: { anonymousPull: true } }) }],
});
