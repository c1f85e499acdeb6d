import rule from '../../../../rules/azure/machine-learning/compute-in-virtual-network.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset, CLUSTER, COMPUTE, WS } from '../_support.js';

const managedWs = azureAsset('workspace', WS, { name: 'ws-managed', facts: { networkIsolation: true } });
const plainWs = azureAsset('workspace', WS, { name: 'ws-plain', facts: { networkIsolation: false } });
const blindWs = azureAsset('workspace', WS, { name: 'ws-blind' });
const inManaged = azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { inVirtualNetwork: false } });
const inPlain = azureAsset('compute', COMPUTE, { raw: CLUSTER, name: 'c-plain', facts: { inVirtualNetwork: false } });
const inBlind = azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { inVirtualNetwork: false } });

testRule(rule, {
  valid: [
    { name: 'customer subnet', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER, facts: { inVirtualNetwork: true } }) },
    { name: 'workspace managed network', asset: inManaged, related: [managedWs], edges: [{ from: managedWs.id, to: inManaged.id, kind: 'contains' }] },
  ],
  invalid: [
    { name: 'no subnet, no managed network', asset: inPlain, related: [plainWs], edges: [{ from: plainWs.id, to: inPlain.id, kind: 'contains' }], expected: [{ status: 'fail', message: 'Compute c-plain runs outside any virtual network.' }] },
    { name: 'workspace isolation not visible', asset: inBlind, related: [blindWs], edges: [{ from: blindWs.id, to: inBlind.id, kind: 'contains' }], expected: [{ status: 'unknown', missingFacts: ['workspace.networkIsolation'] }] },
    { name: 'subnet not visible', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER }), expected: [{ status: 'unknown', missingFacts: ['inVirtualNetwork'] }] },
  ],
});
