import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';
import { unlessDenyByDefault } from './_firewall.js';
import { AI_ACCOUNT } from './_content-filters.js';

export default providerRule({
  meta: {
    id: 'azure/ai-services/trusted-services-bypass',
    title: 'Azure AI Services firewall lets trusted Azure services bypass it',
    family: 'segmentation',
    severity: 'low',
    appliesTo: ['ai-service'],
    rationale:
      'The AzureServices bypass admits calls from any tenant\'s instance of the trusted Azure services through the firewall; only the caller\'s managed identity and role then stand between those services and the models.',
    remediation: {
      text: 'Set the network ACL bypass to None and reach the account from the services that need it through private endpoints or explicit virtual network rules.',
      cli: 'az resource update --ids <account-id> --set properties.networkAcls.bypass=None',
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  network_acls {\n    default_action = "Deny"\n    bypass         = "None"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-virtual-networks#grant-access-to-trusted-azure-services-for-azure-openai',
    },
    references: { mcsb: ['NS-2'] },
    messages: {
      none: 'AI Services account {{name}} lets no service bypass its firewall.',
      bypass: 'AI Services account {{name}} lets trusted Azure services bypass its firewall.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_ACCOUNT],
  evaluate(asset, ctx) {
    const precondition = unlessDenyByDefault(asset, ctx, 'bypass');
    if (precondition) return precondition;
    // No documented default for an absent bypass: not read is unknown, never a pass.
    const bypass = recordString(asset, 'properties', 'networkAcls', 'bypass');
    if (bypass === undefined) return ctx.unknown(['raw.properties.networkAcls.bypass']);
    const evidence = { bypass };
    return bypass.toLowerCase() === 'azureservices' ? ctx.fail('bypass', { evidence }) : ctx.pass('none', { evidence });
  },
});
