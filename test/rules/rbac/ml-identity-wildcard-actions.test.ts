import rule from '../../../rules/rbac/ml-identity-wildcard-actions.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    {
      name: 'training role with explicit actions',
      ...usedByMl(makeAsset({ kind: 'role', provider: 'aws', facts: { wildcardActions: [] } }), 'assumes', 'training-job'),
    },
  ],
  invalid: [
    {
      name: 'training role with s3:* and sagemaker:*',
      ...usedByMl(
        makeAsset({ kind: 'role', provider: 'aws', name: 'train-exec', facts: { wildcardActions: ['s3:*', 'sagemaker:*'] } }),
        'assumes',
        'training-job',
      ),
      expected: [
        {
          status: 'fail',
          messageId: 'wildcard',
          message: 'ML role train-exec is granted wildcard actions: s3:*, sagemaker:*.',
          evidence: { wildcardActions: ['s3:*', 'sagemaker:*'] },
        },
      ],
    },
    {
      name: 'long wildcard list is capped in the message, kept whole in evidence',
      asset: makeAsset({
        kind: 'identity',
        name: 'mi-train',
        facts: { mlRelated: true, wildcardActions: ['a:*', 'b:*', 'c:*', 'd:*', 'e:*', 'f:*', 'g:*'] },
      }),
      expected: [
        {
          status: 'fail',
          messageId: 'wildcard',
          message: 'ML identity mi-train is granted wildcard actions: a:*, b:*, c:*, d:*, e:* and 2 more.',
          evidence: { wildcardActions: ['a:*', 'b:*', 'c:*', 'd:*', 'e:*', 'f:*', 'g:*'] },
        },
      ],
    },
    {
      name: 'policies not readable',
      asset: makeAsset({ kind: 'identity', facts: { mlRelated: true } }),
      expected: [{ status: 'unknown', missingFacts: ['wildcardActions'] }],
    },
  ],
  notApplicable: [{ name: 'role outside the ML estate', asset: makeAsset({ kind: 'role', facts: { wildcardActions: ['*'] } }) }],
});
