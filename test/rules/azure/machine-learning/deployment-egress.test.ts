import rule from '../../../../rules/azure/machine-learning/deployment-egress.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, DEPLOYMENT, ONLINE_ENDPOINT, WS } from '../_support.js';

const ws = azureAsset('workspace', WS, { name: 'ws', facts: { networkIsolation: true } });
const ep = azureAsset('endpoint', ONLINE_ENDPOINT);
const managedDeployment = azureAsset('deployment', DEPLOYMENT, { facts: { directInternetAccess: true } });

testRule(rule, {
  valid: [
    { name: 'egress disabled', asset: azureAsset('deployment', DEPLOYMENT, { facts: { directInternetAccess: false } }) },
    {
      name: 'workspace managed network',
      asset: managedDeployment,
      related: [ws, ep],
      edges: [{ from: ws.id, to: ep.id, kind: 'contains' }, { from: ep.id, to: managedDeployment.id, kind: 'contains' }],
    },
  ],
  invalid: [
    { name: 'public egress', asset: azureAsset('deployment', DEPLOYMENT, { name: 'blue', facts: { directInternetAccess: true } }), expected: [{ status: 'fail', message: 'Deployment blue can send traffic to the internet directly.' }] },
    { name: 'not visible', asset: azureAsset('deployment', DEPLOYMENT), expected: [{ status: 'unknown', missingFacts: ['directInternetAccess'] }] },
  ],
});
