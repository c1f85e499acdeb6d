import rule from '../../../rules/rbac/notebook-root-access.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'notebook with RootAccess Disabled', asset: makeAsset({ kind: 'notebook', provider: 'aws', facts: { rootAccess: false } }) }],
  invalid: [
    {
      name: 'notebook with RootAccess Enabled',
      asset: makeAsset({ kind: 'notebook', provider: 'aws', name: 'nb-shared', facts: { rootAccess: true } }),
      expected: [{ status: 'fail', messageId: 'root', message: 'Users of ML notebook nb-shared get root access.', evidence: { rootAccess: true } }],
    },
    { name: 'root setting not visible', asset: makeAsset({ kind: 'compute', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['rootAccess'] }] },
  ],
});
