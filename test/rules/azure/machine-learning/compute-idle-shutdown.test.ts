import rule from '../../../../rules/azure/machine-learning/compute-idle-shutdown.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

// The recorded cluster scales to zero (minNodeCount 0).
const cluster = (scaleSettings: Record<string, unknown> | undefined) =>
  armWireAsset('machine-learning/computes', 'machine-learning/compute-cluster.json', { properties: { properties: { scaleSettings } } });

testRule(rule, {
  valid: [{ name: 'idle shutdown set', asset: cluster({ minNodeCount: 0 }) }],
  invalid: [
    { name: 'always on', asset: cluster({ minNodeCount: 1 }), expected: [{ status: 'fail', messageId: 'alwaysOn' }] },
    { name: 'not returned', asset: cluster(undefined), expected: [{ status: 'unknown', missingFacts: ['idleShutdown'] }] },
  ],
});
