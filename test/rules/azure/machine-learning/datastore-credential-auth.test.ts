import rule from '../../../../rules/azure/machine-learning/datastore-credential-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const DS = 'Microsoft.MachineLearningServices/workspaces/datastores';
testRule(rule, {
  valid: [{ name: 'identity based', asset: azureAsset('datastore', DS, { facts: { localAuthEnabled: false, authModes: ['aad'] }, raw: { properties: { credentials: { credentialsType: 'None' } } } }) }],
  invalid: [
    { name: 'account key', asset: azureAsset('datastore', DS, { name: 'blob', facts: { localAuthEnabled: true, authModes: ['key'] }, raw: { properties: { credentials: { credentialsType: 'AccountKey' } } } }), expected: [{ status: 'fail', message: 'Datastore blob stores a AccountKey credential.' }] },
    { name: 'not visible', asset: azureAsset('datastore', DS), expected: [{ status: 'unknown', missingFacts: ['localAuthEnabled'] }] },
  ],
});
