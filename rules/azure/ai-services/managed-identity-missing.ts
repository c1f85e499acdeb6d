import { providerRule } from '../../_lib/provider-rule.js';
import { recordString, recordValue } from '../../_lib/raw.js';
import { AI_ACCOUNT } from './_content-filters.js';

export default providerRule({
  meta: {
    id: 'azure/ai-services/managed-identity-missing',
    title: 'Azure AI Services account has no managed identity, so it reaches data with keys',
    family: 'rbac',
    severity: 'low',
    appliesTo: ['ai-service'],
    rationale:
      'The account reaches grounding data (Azure AI Search, storage for "on your data", batch and fine-tuning files) and its customer-managed key as itself; without a managed identity those connections need stored keys, which cannot be scoped per resource or traced to the caller.',
    remediation: {
      text: 'Enable a system-assigned or user-assigned managed identity on the account, grant it the data roles it needs (Search Index Data Reader, Storage Blob Data Reader) and remove the keys from its data connections.',
      cli: 'az cognitiveservices account identity assign --name <account> --resource-group <rg>',
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  identity {\n    type = "SystemAssigned"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/managed-identity',
    },
    references: { 'azure-policy': ['fe3fd216-4f83-4fc1-8984-2bbec80a3418'], mcsb: ['IM-3'], prowler: ['aiservices_account_managed_identity_enabled'] },
    messages: {
      identity: 'AI Services account {{name}} runs as managed identity ({{type}}).',
      none: 'AI Services account {{name}} has no managed identity.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_ACCOUNT],
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.identity']);
    // An account without the identity block has none (the API's default identity type is None).
    const type = recordString(asset, 'identity', 'type') ?? 'None';
    const evidence = { identityType: type };
    return type.toLowerCase() === 'none' ? ctx.fail('none', { evidence }) : ctx.pass('identity', { evidence, data: { type } });
  },
});
