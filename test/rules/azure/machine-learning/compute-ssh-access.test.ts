import rule from '../../../../rules/azure/machine-learning/compute-ssh-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, CLUSTER, COMPUTE } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'ssh disabled', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { sshEnabled: false } }) }],
  invalid: [
    { name: 'ssh open', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { sshEnabled: true } }), expected: [{ status: 'fail', messageId: 'open' }] },
    { name: 'not returned', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER }), expected: [{ status: 'unknown', missingFacts: ['sshEnabled'] }] },
  ],
});
