import rule from '../../../../rules/azure/network/flow-logs.js';
import { testRule } from '../../../support/rule-tester.js';
import { azureAsset } from '../_support.js';

const VNET = 'Microsoft.Network/virtualNetworks';
const vnet = (facts = {}) => azureAsset('network', VNET, { name: 'vnet-ml', facts: { mlRelated: true, ...facts } });
const legacy = vnet({ loggingEnabled: false });
const subnet = azureAsset('subnet', `${VNET}/subnets`);
const nsg = azureAsset('security-group', 'Microsoft.Network/networkSecurityGroups', { facts: { loggingEnabled: true } });
const bareSubnet = azureAsset('subnet', `${VNET}/subnets`);
const halfCovered = vnet({ loggingEnabled: false });

testRule(rule, {
  valid: [
    { name: 'vnet flow log', asset: vnet({ loggingEnabled: true }) },
    { name: 'legacy nsg flow logs on every subnet', asset: legacy, related: [subnet, nsg], edges: [{ from: legacy.id, to: subnet.id, kind: 'contains' }, { from: subnet.id, to: nsg.id, kind: 'protected-by' }] },
  ],
  invalid: [
    { name: 'no flow log', asset: vnet({ loggingEnabled: false }), expected: [{ status: 'fail', message: 'Virtual network vnet-ml has no enabled flow log.' }] },
    { name: 'flow logs not readable', asset: vnet(), expected: [{ status: 'unknown', missingFacts: ['loggingEnabled'] }] },
    {
      // A subnet without an NSG has no NSG flow log: the logged NSG of the other subnet does not cover it.
      name: 'nsg flow logs on one subnet, none on a subnet without an nsg',
      asset: halfCovered,
      related: [subnet, nsg, bareSubnet],
      edges: [
        { from: halfCovered.id, to: subnet.id, kind: 'contains' },
        { from: halfCovered.id, to: bareSubnet.id, kind: 'contains' },
        { from: subnet.id, to: nsg.id, kind: 'protected-by' },
      ],
      expected: [{ status: 'fail', messageId: 'none' }],
    },
  ],
});
