import rule from '../../../../rules/azure/machine-learning/compute-in-virtual-network.js';
import { testRule } from '../../../support/rule-tester.js';
import { armWireAsset } from '../../../support/wire-assets.js';
import { azureAsset, CLUSTER, COMPUTE, WS } from '../_support.js';

// The recorded workspace has a managed network; the recorded cluster cpu-cluster sits in a customer subnet.
const workspace = (properties: Record<string, unknown> = {}) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', { properties });
const cluster = (inner: Record<string, unknown> = {}) => armWireAsset('machine-learning/computes', 'machine-learning/compute-cluster.json', { properties: { properties: inner } });
const managedWs = workspace();
const plainWs = workspace({ managedNetwork: undefined });
// Workspace facts not derived (a snapshot without them): a read workspace always yields networkIsolation.
const blindWs = azureAsset('workspace', WS, { name: 'ws-blind' });
const outside = () => cluster({ subnet: undefined });
const inManaged = outside();
const inPlain = outside();
const inBlind = outside();

testRule(rule, {
  valid: [
    { name: 'customer subnet', asset: cluster() },
    { name: 'workspace managed network', asset: inManaged, related: [managedWs], edges: [{ from: managedWs.id, to: inManaged.id, kind: 'contains' }] },
  ],
  invalid: [
    { name: 'no subnet, no managed network', asset: inPlain, related: [plainWs], edges: [{ from: plainWs.id, to: inPlain.id, kind: 'contains' }], expected: [{ status: 'fail', message: 'Compute cpu-cluster runs outside any virtual network.' }] },
    { name: 'workspace isolation not visible', asset: inBlind, related: [blindWs], edges: [{ from: blindWs.id, to: inBlind.id, kind: 'contains' }], expected: [{ status: 'unknown', missingFacts: ['workspace.networkIsolation'] }] },
    // A read AmlCompute record always yields inVirtualNetwork (false without a subnet): hand-made.
    { name: 'subnet not visible', asset: azureAsset('compute', COMPUTE, { raw: CLUSTER }), expected: [{ status: 'unknown', missingFacts: ['inVirtualNetwork'] }] },
  ],
});
