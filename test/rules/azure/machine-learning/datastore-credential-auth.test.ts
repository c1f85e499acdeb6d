import rule from '../../../../rules/azure/machine-learning/datastore-credential-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';

// The recorded datastore training_blob is identity-based (credentialsType None).
const datastore = (credentials: Record<string, unknown> | undefined) => armWireAsset('machine-learning/datastores', 'machine-learning/datastore.json', { properties: { credentials } });
testRule(rule, {
  valid: [{ name: 'identity based', asset: datastore({ credentialsType: 'None' }) }],
  invalid: [
    { name: 'account key', asset: datastore({ credentialsType: 'AccountKey' }), expected: [{ status: 'fail', message: 'Datastore training_blob stores a AccountKey credential.' }] },
    { name: 'not visible', asset: datastore(undefined), expected: [{ status: 'unknown', missingFacts: ['localAuthEnabled'] }] },
  ],
});
