import rule from '../../../../rules/azure/machine-learning/compute-latest-os-image.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

// The recorded compute instance ci-alice runs the latest image.
const ci = (osImageMetadata: Record<string, unknown> | undefined) =>
  armWireAsset('machine-learning/computes', 'machine-learning/compute-instance.json', { properties: { properties: { osImageMetadata } } });

testRule(rule, {
  valid: [{ name: 'latest image', asset: ci({}) }],
  invalid: [
    { name: 'stale image', asset: ci({ isLatestOsImageVersion: false, currentImageVersion: '22.01.01', latestImageVersion: '22.06.14' }), expected: [{ status: 'fail', message: 'Compute instance ci-alice runs image 22.01.01; 22.06.14 is available.' }] },
    { name: 'metadata not returned', asset: ci(undefined), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'cluster', asset: armWireAsset('machine-learning/computes', 'machine-learning/compute-cluster.json') }],
});
