import rule from '../../../../rules/azure/machine-learning/workspace-datastore-identity-auth.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'identity', asset: azureAsset('workspace', WS, { raw: { properties: { systemDatastoresAuthMode: 'identity' } } }) }],
  invalid: [
    { name: 'access key', asset: azureAsset('workspace', WS, { raw: { properties: { systemDatastoresAuthMode: 'accessKey' } } }), expected: [{ status: 'fail', messageId: 'accessKey' }] },
    { name: 'absent means the accessKey default', asset: azureAsset('workspace', WS, { raw: { properties: {} } }), expected: [{ status: 'fail', messageId: 'accessKey' }] },
    { name: 'record not visible', asset: azureAsset('workspace', WS, { raw: {} }), expected: [{ status: 'unknown' }] },
  ],
});
