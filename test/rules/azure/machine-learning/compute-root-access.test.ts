import rule from '../../../../rules/azure/machine-learning/compute-root-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, COMPUTE } from '../_support.js';

const ci = (facts = {}) => azureAsset('compute', COMPUTE, { facts, raw: { properties: { computeType: 'ComputeInstance' } } });
testRule(rule, {
  valid: [{ name: 'no root', asset: ci({ rootAccess: false }) }],
  invalid: [
    { name: 'root', asset: ci({ rootAccess: true }), expected: [{ status: 'fail', messageId: 'root' }] },
    { name: 'not returned', asset: ci(), expected: [{ status: 'unknown', missingFacts: ['rootAccess'] }] },
  ],
});
