import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { detailOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/network/private-endpoint-dns',
    title: 'Private endpoint of an ML resource is not registered in a private DNS zone',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['private-endpoint'],
    rationale:
      'Without a private DNS zone group, clients keep resolving the workspace, storage or vault names to their public addresses, so traffic silently bypasses the private endpoint.',
    remediation: {
      text: 'Add a private DNS zone group linking the endpoint to the privatelink zones of its service (e.g. privatelink.api.azureml.ms, privatelink.notebooks.azure.net, privatelink.blob.core.windows.net).',
      cli: 'az network private-endpoint dns-zone-group create --resource-group <rg> --endpoint-name <pe> --name default --private-dns-zone <zone-id> --zone-name <zone>',
      url: 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
    },
    references: { catalog: ['AZ-ML-WS-03'], 'azure-policy': ['ee40564d-486e-4f68-a5ca-7a621edae0fb'], mcsb: ['NS-2'] },
    messages: {
      registered: 'Private endpoint {{name}} is registered in {{count}} private DNS zone group(s).',
      unregistered: 'Private endpoint {{name}} has no private DNS zone group.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Network/privateEndpoints'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const groups = detailOf<unknown[]>(asset, 'privateDnsZoneGroups');
    if (!Array.isArray(groups)) return ctx.unknown(['raw.details.privateDnsZoneGroups']);
    const evidence = { privateDnsZoneGroups: groups.length };
    return groups.length ? ctx.pass('registered', { evidence, data: { count: groups.length } }) : ctx.fail('unregistered', { evidence });
  },
});
