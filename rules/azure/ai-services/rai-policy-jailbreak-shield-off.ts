import { shieldRule } from './_content-filters.js';

export default shieldRule({
  meta: {
    id: 'azure/ai-services/rai-policy-jailbreak-shield-off',
    title: 'Azure OpenAI content filter does not block jailbreak attempts (prompt shield off)',
    severity: 'high',
    rationale:
      'The jailbreak prompt shield detects user prompts that try to make the model ignore its system message and safety training; without it blocking, a single crafted prompt can turn the deployment against its own instructions.',
    remediation: {
      text: 'Edit the content filter (RAI policy) so the Jailbreak (prompt shield for user prompts) filter is enabled and blocking, and attach it to every deployment.',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # contentFilters: {\"name\":\"Jailbreak\",\"enabled\":true,\"blocking\":true,\"source\":\"Prompt\"}",
      terraform:
        'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  name                 = "strict"\n  cognitive_account_id = azurerm_cognitive_account.openai.id\n  base_policy_name     = "Microsoft.DefaultV2"\n  content_filter {\n    name               = "Jailbreak"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "High"\n    source             = "Prompt"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter-prompt-shields',
    },
    references: { prowler: ['aiservices_deployment_content_filter_prompt_shield_enabled'] },
    messages: {
      on: 'Content filter {{name}} blocks jailbreak attempts in user prompts.',
      off: 'Content filter {{name}} does not block {{filters}}.',
    },
  },
  filters: [['Jailbreak', 'Prompt']],
});
