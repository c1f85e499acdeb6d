import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';
import { AI_ACCOUNT } from './_content-filters.js';

export default providerRule({
  meta: {
    id: 'azure/ai-services/outbound-fqdn-wildcard',
    title: 'Azure AI Services outbound allow-list admits whole domains by wildcard',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['ai-service'],
    rationale:
      'Outbound restriction (data loss prevention) limits where the service may send data, for example when it fetches from storage or search on a user\'s behalf; a wildcard such as *.blob.core.windows.net admits every storage account on Azure, including one an attacker owns.',
    remediation: {
      text: 'List the exact host names the account must reach (the organisation\'s own storage, search and key vault endpoints) instead of wildcard domains.',
      cli: "az rest --method patch --url 'https://management.azure.com<account-id>?api-version=2024-10-01' --body '{\"properties\":{\"restrictOutboundNetworkAccess\":true,\"allowedFqdnList\":[\"stfraud.blob.core.windows.net\"]}}'",
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  outbound_network_access_restricted = true\n  fqdns                              = ["stfraud.blob.core.windows.net"]\n}',
      url: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-data-loss-prevention',
    },
    references: { mcsb: ['DP-2', 'NS-1'] },
    messages: {
      exact: 'AI Services account {{name}} may send data only to named hosts.',
      wildcard: 'AI Services account {{name}} may send data to any host under {{fqdns}}.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_ACCOUNT],
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.properties.allowedFqdnList']);
    // Unrestricted outbound is segmentation/outbound-unrestricted's verdict: the list only acts when it is on.
    if (recordValue(asset, 'properties', 'restrictOutboundNetworkAccess') !== true) return ctx.notApplicable('outbound network access is not restricted');
    const list = recordValue(asset, 'properties', 'allowedFqdnList');
    const fqdns = (Array.isArray(list) ? list : []).map(String);
    const wildcards = fqdns.filter((f) => f.includes('*'));
    const evidence = { allowedFqdnList: fqdns };
    return wildcards.length ? ctx.fail('wildcard', { evidence, data: { fqdns: wildcards.join(', ') } }) : ctx.pass('exact', { evidence });
  },
});
