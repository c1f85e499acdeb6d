import rule from '../../../../rules/azure/machine-learning/endpoint-diagnostic-logs.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, ONLINE_ENDPOINT } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'logged', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { facts: { loggingEnabled: true } }) }],
  invalid: [
    { name: 'no setting', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { facts: { loggingEnabled: false } }), expected: [{ status: 'fail', messageId: 'unlogged' }] },
    { name: 'not visible', asset: azureAsset('endpoint', ONLINE_ENDPOINT), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
  ],
});
