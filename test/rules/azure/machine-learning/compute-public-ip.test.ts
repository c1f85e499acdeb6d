import rule from '../../../../rules/azure/machine-learning/compute-public-ip.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, CLUSTER, COMPUTE } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'no public ip', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { publicIp: false } }) }],
  invalid: [
    { name: 'public ip', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { publicIp: true } }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'not returned', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER }), expected: [{ status: 'unknown', missingFacts: ['publicIp'] }] },
  ],
});
