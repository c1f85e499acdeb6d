import rule from '../../../../rules/azure/machine-learning/compute-instance-personal.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, COMPUTE } from '../_support.js';

const ci = (inner: Record<string, unknown>) => azureAsset('compute', COMPUTE, { name: 'ci', raw: { properties: { computeType: 'ComputeInstance', properties: inner } } });
testRule(rule, {
  valid: [{ name: 'personal', asset: ci({ applicationSharingPolicy: 'Personal', computeInstanceAuthorizationType: 'personal' }) }],
  invalid: [
    { name: 'shared', asset: ci({ applicationSharingPolicy: 'Shared', computeInstanceAuthorizationType: 'personal' }), expected: [{ status: 'fail', message: 'Compute instance ci is shared (sharing Shared, authorization personal).' }] },
    { name: 'not returned', asset: ci({}), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'cluster', asset: azureAsset('compute', COMPUTE, { raw: { properties: { computeType: 'AmlCompute' } } }) }],
});
