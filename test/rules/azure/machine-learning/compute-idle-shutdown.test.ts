import rule from '../../../../rules/azure/machine-learning/compute-idle-shutdown.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, CLUSTER, COMPUTE } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'idle shutdown set', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { idleShutdown: true } }) }],
  invalid: [
    { name: 'always on', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { idleShutdown: false } }), expected: [{ status: 'fail', messageId: 'alwaysOn' }] },
    { name: 'not returned', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER }), expected: [{ status: 'unknown', missingFacts: ['idleShutdown'] }] },
  ],
});
