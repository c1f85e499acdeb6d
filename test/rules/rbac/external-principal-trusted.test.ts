import rule from '../../../rules/rbac/external-principal-trusted.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'model registry shared with nobody outside', asset: makeAsset({ kind: 'model-registry', provider: 'aws', facts: { externalPrincipals: [] } }) },
    {
      name: 'execution role trusting only sagemaker.amazonaws.com',
      ...usedByMl(makeAsset({ kind: 'role', provider: 'aws', facts: { externalPrincipals: [] } }), 'assumes', 'notebook'),
    },
  ],
  invalid: [
    {
      name: 'role trusted by another account',
      ...usedByMl(makeAsset({ kind: 'role', provider: 'aws', name: 'sm-exec', facts: { externalPrincipals: ['444455556666'] } }), 'assumes', 'endpoint'),
      expected: [
        {
          status: 'fail',
          messageId: 'external',
          message: 'ML role sm-exec trusts principals outside the organisation: 444455556666.',
          evidence: { externalPrincipals: ['444455556666'] },
        },
      ],
    },
    {
      name: 'model package group open to everyone',
      asset: makeAsset({ kind: 'model-registry', provider: 'aws', name: 'fraud-models', facts: { externalPrincipals: ['*', '444455556666'] } }),
      expected: [{ status: 'fail', messageId: 'everyone', message: 'ML model-registry fraud-models trusts every principal ("*").' }],
    },
    {
      name: 'trust policy not readable',
      asset: makeAsset({ kind: 'model-registry', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['externalPrincipals'] }],
    },
  ],
  notApplicable: [{ name: 'cross-account role for billing', asset: makeAsset({ kind: 'role', facts: { externalPrincipals: ['*'] } }) }],
});
