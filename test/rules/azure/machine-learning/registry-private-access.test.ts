import rule from '../../../../rules/azure/machine-learning/registry-private-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const REG = 'Microsoft.MachineLearningServices/registries';
const reg = (facts = {}) => azureAsset('model-registry', REG, { name: 'reg', facts });
testRule(rule, {
  valid: [{ name: 'private with endpoint', asset: reg({ publicNetworkAccess: false, privateEndpoints: 1 }) }],
  invalid: [
    { name: 'public', asset: reg({ publicNetworkAccess: true, privateEndpoints: 0 }), expected: [{ status: 'fail', message: 'Registry reg accepts traffic from the public internet.' }] },
    { name: 'closed without endpoint', asset: reg({ publicNetworkAccess: false, privateEndpoints: 0 }), expected: [{ status: 'fail', messageId: 'noEndpoint' }] },
    { name: 'not visible', asset: reg(), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess', 'privateEndpoints'] }] },
  ],
});
