import rule from '../../../../rules/azure/machine-learning/connection-shared-secret.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const CONN = 'Microsoft.MachineLearningServices/workspaces/connections';
testRule(rule, {
  valid: [{ name: 'managed identity', asset: azureAsset('connection', CONN, { facts: { localAuthEnabled: false, authModes: ['aad'] }, raw: { properties: { authType: 'AAD' } } }) }],
  invalid: [
    { name: 'api key', asset: azureAsset('connection', CONN, { name: 'openai', facts: { localAuthEnabled: true }, raw: { properties: { authType: 'ApiKey' } } }), expected: [{ status: 'fail', message: 'Connection openai stores a ApiKey secret.' }] },
    { name: 'not visible', asset: azureAsset('connection', CONN), expected: [{ status: 'unknown', missingFacts: ['localAuthEnabled'] }] },
  ],
});
