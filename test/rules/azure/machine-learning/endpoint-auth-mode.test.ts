import rule from '../../../../rules/azure/machine-learning/endpoint-auth-mode.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, BATCH_ENDPOINT, ONLINE_ENDPOINT } from '../_support.js';

testRule(rule, {
  valid: [
    { name: 'online endpoint with AADToken', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { facts: { authModes: ['aad'] } }) },
    { name: 'online endpoint with AMLToken', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { facts: { authModes: ['token'] } }) },
    { name: 'batch endpoint', asset: azureAsset('endpoint', BATCH_ENDPOINT, { facts: { authModes: ['aad'] } }) },
  ],
  invalid: [
    { name: 'key auth', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { name: 'churn-api', facts: { authModes: ['key'] }, raw: { properties: { authMode: 'Key' } } }), expected: [{ status: 'fail', message: 'Endpoint churn-api accepts static keys.', evidence: { authMode: 'Key' } }] },
    { name: 'not visible', asset: azureAsset('endpoint', ONLINE_ENDPOINT), expected: [{ status: 'unknown', missingFacts: ['authModes'] }] },
  ],
});
