import rule from '../../../../rules/azure/machine-learning/compute-local-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, CLUSTER, COMPUTE } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'local auth disabled', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { localAuthEnabled: false } }) }],
  invalid: [
    { name: 'local auth enabled', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, name: 'ci', facts: { localAuthEnabled: true } }), expected: [{ status: 'fail', message: 'Compute ci accepts local (key) authentication.' }] },
    { name: 'not returned', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER }), expected: [{ status: 'unknown', missingFacts: ['localAuthEnabled'] }] },
  ],
  notApplicable: [
    { name: 'attached Kubernetes compute', asset: azureAsset('compute', COMPUTE, { raw: { properties: { computeType: 'Kubernetes' } }, facts: { localAuthEnabled: true } }) },{ name: 'not an Azure ML compute', asset: azureAsset('compute', 'AWS::SageMaker::NotebookInstance', { facts: { localAuthEnabled: true } }) }],
});
