import { providerRule } from '../../_lib/provider-rule.js';
import { recordValue } from '../../_lib/raw.js';
import { AI_ACCOUNT } from './_content-filters.js';

/** Account kinds that serve Azure OpenAI chat completions (and so can store them). */
const OPENAI_KINDS = new Set(['openai', 'aiservices']);

export default providerRule({
  meta: {
    id: 'azure/ai-services/stored-completions-enabled',
    title: 'Azure OpenAI account can store prompts and completions (stored completions not disabled)',
    family: 'logging',
    severity: 'low',
    appliesTo: ['ai-service'],
    rationale:
      'With stored completions available, any caller can set store=true and the conversation (prompts with their personal or confidential data, and the answers) is kept in the service and shown in the portal to everyone with access to the resource, outside the organisation\'s own retention and access rules.',
    remediation: {
      text: 'Disable stored completions on accounts that handle personal or confidential prompts, and keep prompt logs in the organisation\'s own log store instead.',
      cli: "az rest --method patch --url 'https://management.azure.com<account-id>?api-version=2025-06-01' --body '{\"properties\":{\"storedCompletionsDisabled\":true}}'",
      terraform: 'resource "azapi_update_resource" "no_stored_completions" {\n  type        = "Microsoft.CognitiveServices/accounts@2025-06-01"\n  resource_id = azurerm_cognitive_account.openai.id\n  body        = { properties = { storedCompletionsDisabled = true } }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/stored-completions',
    },
    messages: {
      disabled: 'AI Services account {{name}} cannot store prompts and completions.',
      enabled: 'AI Services account {{name}} lets callers store prompts and completions in the service.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_ACCOUNT],
  applies: (asset) => OPENAI_KINDS.has(String(recordValue(asset, 'kind') ?? '').toLowerCase()),
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.properties.storedCompletionsDisabled']);
    // Absent on a read record: not disabled (the API's flag is opt-in).
    const disabled = recordValue(asset, 'properties', 'storedCompletionsDisabled') === true;
    const evidence = { storedCompletionsDisabled: disabled };
    return disabled ? ctx.pass('disabled', { evidence }) : ctx.fail('enabled', { evidence });
  },
});
