import rule from '../../../rules/exposure/compute-ssh-enabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'cluster with SSH public access disabled', asset: makeAsset({ kind: 'compute', facts: { sshEnabled: false } }) }],
  invalid: [
    {
      name: 'compute instance with SSH on',
      asset: makeAsset({ kind: 'compute', name: 'ci-alice', facts: { sshEnabled: true } }),
      expected: [
        { status: 'fail', messageId: 'sshOn', message: 'SSH or remote shell access is enabled on ML compute ci-alice.', evidence: { sshEnabled: true } },
      ],
    },
    { name: 'ssh setting not visible', asset: makeAsset({ kind: 'notebook', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['sshEnabled'] }] },
  ],
});
