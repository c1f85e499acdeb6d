import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';

export default providerRule({
  meta: {
    id: 'azure/network/flow-logs',
    title: 'Virtual network used by ML has no flow logs',
    family: 'logging',
    severity: 'low',
    appliesTo: ['network'],
    rationale:
      'Flow logs record which addresses ML compute talked to; without them, exfiltration from training nodes or a compromised notebook calling home cannot be reconstructed.',
    remediation: {
      text: 'Enable a virtual network flow log (NSG flow logs are retired) sent to a storage account and Traffic Analytics, kept at least 90 days.',
      cli: 'az network watcher flow-log create --location <region> --name <name> --resource-group <rg> --vnet <vnet-id> --storage-account <storage-id> --workspace <log-analytics-id>',
      url: 'https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview',
    },
    references: { catalog: ['AZ-NET-02'], 'azure-policy': ['4c3c6c5f-0d47-4402-99b8-aa543dd8bcee', '27960feb-a23c-4577-8d36-ef8b5f35e0be'], mcsb: ['LT-4'] },
    messages: {
      vnet: 'Virtual network {{name}} has an enabled flow log.',
      nsgs: 'Every NSG on the subnets of {{name}} has an enabled flow log.',
      none: 'Virtual network {{name}} has no enabled flow log.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Network/virtualNetworks'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    if (asset.facts.loggingEnabled === true) return ctx.pass('vnet', { evidence: { loggingEnabled: true, logDestinations: asset.facts.logDestinations } });
    // NSG flow logs cover the network only when every subnet has an NSG and each of them logs.
    const subnets = ctx.graph.targets(asset.id, 'contains').filter((s) => s.kind === 'subnet');
    const nsgsOf = subnets.map((s) => ctx.graph.targets(s.id, 'protected-by'));
    if (subnets.length > 0 && nsgsOf.every((nsgs) => nsgs.length > 0 && nsgs.every((n) => n.facts.loggingEnabled === true))) {
      return ctx.pass('nsgs', { evidence: { nsgFlowLogs: nsgsOf.flat().map((n) => n.id) } });
    }
    const gap = ctx.requireFacts('loggingEnabled');
    if (gap) return gap;
    return ctx.fail('none', { evidence: { loggingEnabled: false } });
  },
});
