import rule from '../../../../rules/azure/machine-learning/compute-instance-personal.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

// The recorded compute instance ci-alice is personal.
const ci = (inner: Record<string, unknown>) => armWireAsset('machine-learning/computes', 'machine-learning/compute-instance.json', { properties: { properties: inner } });
testRule(rule, {
  valid: [{ name: 'personal', asset: ci({}) }],
  invalid: [
    { name: 'shared', asset: ci({ applicationSharingPolicy: 'Shared' }), expected: [{ status: 'fail', message: 'Compute instance ci-alice is shared (sharing Shared, authorization personal).' }] },
    { name: 'not returned', asset: ci({ applicationSharingPolicy: undefined, computeInstanceAuthorizationType: undefined }), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'cluster', asset: armWireAsset('machine-learning/computes', 'machine-learning/compute-cluster.json') }],
});
