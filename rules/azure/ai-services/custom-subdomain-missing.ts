import { providerRule } from '../../_lib/provider-rule.js';
import { recordString, recordValue } from '../../_lib/raw.js';
import { AI_ACCOUNT } from './_content-filters.js';

export default providerRule({
  meta: {
    id: 'azure/ai-services/custom-subdomain-missing',
    title: 'Azure AI Services account has no custom subdomain (no Entra ID auth or private endpoint possible)',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['ai-service'],
    rationale:
      'Without a custom subdomain the account answers on the shared regional endpoint, which accepts only keys: Microsoft Entra ID tokens, virtual network rules and private endpoints all need the account\'s own subdomain, so keys cannot be retired.',
    remediation: {
      text: 'Give the account a custom subdomain (it cannot be changed later), then move callers to Entra ID authentication and disable local auth.',
      cli: 'az cognitiveservices account update --name <account> --resource-group <rg> --custom-domain <unique-subdomain>',
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  custom_subdomain_name = "oai-fraud"\n}',
      url: 'https://learn.microsoft.com/azure/ai-services/cognitive-services-custom-subdomains',
    },
    references: { mcsb: ['IM-1', 'NS-2'] },
    messages: {
      subdomain: 'AI Services account {{name}} has its own subdomain {{subdomain}}.',
      shared: 'AI Services account {{name}} answers only on the shared regional endpoint.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_ACCOUNT],
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.properties.customSubDomainName']);
    const subdomain = recordString(asset, 'properties', 'customSubDomainName');
    const evidence = { customSubDomainName: subdomain, endpoint: recordString(asset, 'properties', 'endpoint') };
    return subdomain ? ctx.pass('subdomain', { evidence, data: { subdomain } }) : ctx.fail('shared', { evidence });
  },
});
