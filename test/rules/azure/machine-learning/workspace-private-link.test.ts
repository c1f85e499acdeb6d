import rule from '../../../../rules/azure/machine-learning/workspace-private-link.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'one approved private endpoint', asset: azureAsset('workspace', WS, { facts: { privateEndpoints: 1 } }) }],
  invalid: [
    { name: 'no private endpoint', asset: azureAsset('workspace', WS, { name: 'ws', facts: { privateEndpoints: 0 } }), expected: [{ status: 'fail', messageId: 'none', message: 'Workspace ws has no approved private endpoint.' }] },
    { name: 'not visible', asset: azureAsset('workspace', WS), expected: [{ status: 'unknown', missingFacts: ['privateEndpoints'] }] },
  ],
});
