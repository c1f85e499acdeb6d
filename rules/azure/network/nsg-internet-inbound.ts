import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';

export default providerRule({
  meta: {
    id: 'azure/network/nsg-internet-inbound',
    title: 'NSG on an ML subnet admits inbound traffic from the internet',
    family: 'segmentation',
    concern: 'security-group-admin-ports-open',
    supersedes: ['exposure/security-group-admin-ports-open'],
    severity: 'high',
    appliesTo: ['security-group'],
    rationale:
      'An NSG rule allowing Internet or * inbound on the subnet ML compute runs in exposes training nodes and notebooks directly; SSH/RDP open to the internet is the most common entry point. Azure ML needs only the AzureMachineLearning and BatchNodeManagement service tags.',
    remediation: {
      text: 'Remove inbound Allow rules whose source is Internet, * or 0.0.0.0/0; allow only the AzureMachineLearning / BatchNodeManagement service tags and your bastion range.',
      cli: 'az network nsg rule delete --resource-group <rg> --nsg-name <nsg> --name <rule>',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall',
    },
    references: { catalog: ['AZ-NET-01'], 'azure-policy': ['e71308d3-144b-4262-b144-efdc3cc90517'], mcsb: ['NS-1'] },
    messages: {
      closed: 'NSG {{name}} admits no inbound traffic from the internet.',
      adminPorts: 'NSG {{name}} admits SSH/RDP (or all ports) from the internet.',
      open: 'NSG {{name}} admits inbound traffic from the internet.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Network/networkSecurityGroups'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('ingressOpenToInternet', 'adminPortsOpenToInternet');
    if (gap) return gap;
    const evidence = { ingressOpenToInternet: asset.facts.ingressOpenToInternet, adminPortsOpenToInternet: asset.facts.adminPortsOpenToInternet };
    if (asset.facts.adminPortsOpenToInternet) return ctx.fail('adminPorts', { evidence });
    if (asset.facts.ingressOpenToInternet) return ctx.fail('open', { evidence });
    return ctx.pass('closed', { evidence });
  },
});
