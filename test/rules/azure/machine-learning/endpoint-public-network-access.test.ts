import rule from '../../../../rules/azure/machine-learning/endpoint-public-network-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, BATCH_ENDPOINT, ONLINE_ENDPOINT } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'private', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { facts: { publicNetworkAccess: false } }) }],
  invalid: [
    { name: 'public', asset: azureAsset('endpoint', ONLINE_ENDPOINT, { facts: { publicNetworkAccess: true } }), expected: [{ status: 'fail', messageId: 'public' }] },
    { name: 'not visible', asset: azureAsset('endpoint', ONLINE_ENDPOINT), expected: [{ status: 'unknown', missingFacts: ['publicNetworkAccess'] }] },
  ],
  notApplicable: [{ name: 'batch endpoint', asset: azureAsset('endpoint', BATCH_ENDPOINT, { facts: { publicNetworkAccess: true } }) }],
});
