import rule from '../../../../rules/azure/machine-learning/compute-latest-os-image.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, COMPUTE } from '../_support.js';

const ci = (osImageMetadata?: Record<string, unknown>) =>
  azureAsset('compute', COMPUTE, { name: 'ci', raw: { properties: { computeType: 'ComputeInstance', properties: osImageMetadata ? { osImageMetadata } : {} } } });

testRule(rule, {
  valid: [{ name: 'latest image', asset: ci({ isLatestOsImageVersion: true }) }],
  invalid: [
    { name: 'stale image', asset: ci({ isLatestOsImageVersion: false, currentImageVersion: '22.01.01', latestImageVersion: '22.06.14' }), expected: [{ status: 'fail', message: 'Compute instance ci runs image 22.01.01; 22.06.14 is available.' }] },
    { name: 'metadata not returned', asset: ci(), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'cluster', asset: azureAsset('compute', COMPUTE, { raw: { properties: { computeType: 'AmlCompute' } } }) }],
});
