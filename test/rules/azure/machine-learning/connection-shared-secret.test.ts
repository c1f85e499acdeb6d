import rule from '../../../../rules/azure/machine-learning/connection-shared-secret.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

// The recorded connection openai authenticates with Entra ID (AAD).
const connection = (authType: string | undefined) => armWireAsset('machine-learning/connections', 'machine-learning/connection.json', { properties: { authType } });
testRule(rule, {
  valid: [{ name: 'managed identity', asset: connection('AAD') }],
  invalid: [
    { name: 'api key', asset: connection('ApiKey'), expected: [{ status: 'fail', message: 'Connection openai stores a ApiKey secret.' }] },
    { name: 'not visible', asset: connection(undefined), expected: [{ status: 'unknown', missingFacts: ['localAuthEnabled'] }] },
  ],
});
