import rule from '../../../rules/rbac/local-auth-enabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { aiAccount } from '../azure/ai-services/_wire.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'compute with local auth disabled', asset: makeAsset({ kind: 'compute', facts: { localAuthEnabled: false } }) },
    { name: 'workspace storage with shared keys off', ...usedByMl(makeAsset({ kind: 'storage', facts: { localAuthEnabled: false } })) },
  ],
  invalid: [
    { name: 'recorded Azure OpenAI account: keys accepted', asset: aiAccount(), expected: [{ status: 'fail', message: 'ML ai-service oai-fraud accepts local credentials (keys or admin user) outside the identity provider.' }] },
    {
      name: 'registry admin user enabled',
      ...usedByMl(makeAsset({ kind: 'container-registry', name: 'acrml', facts: { localAuthEnabled: true } }), 'uses-registry'),
      expected: [
        {
          status: 'fail',
          messageId: 'localAuth',
          message: 'ML container-registry acrml accepts local credentials (keys or admin user) outside the identity provider.',
          evidence: { localAuthEnabled: true },
        },
      ],
    },
    {
      name: 'compute local auth not visible',
      asset: makeAsset({ kind: 'compute', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['localAuthEnabled'] }],
    },
  ],
  notApplicable: [{ name: 'storage outside the ML estate', asset: makeAsset({ kind: 'storage', facts: { localAuthEnabled: true } }) }],
});
