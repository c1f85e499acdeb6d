import rule from '../../../../rules/azure/machine-learning/workspace-serverless-no-public-ip.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, WS } from '../_support.js';

testRule(rule, {
  valid: [
    { name: 'managed network', asset: azureAsset('workspace', WS, { facts: { networkIsolation: true }, raw: { properties: {} } }) },
    { name: 'no public ip set', asset: azureAsset('workspace', WS, { facts: { networkIsolation: false }, raw: { properties: { serverlessComputeSettings: { serverlessComputeNoPublicIP: true } } } }) },
  ],
  invalid: [
    { name: 'public ips', asset: azureAsset('workspace', WS, { facts: { networkIsolation: false }, raw: { properties: {} } }), expected: [{ status: 'fail', messageId: 'publicIp' }] },
    { name: 'not visible', asset: azureAsset('workspace', WS, { raw: {} }), expected: [{ status: 'unknown', missingFacts: ['networkIsolation'] }] },
  ],
});
