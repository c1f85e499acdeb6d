import { shieldRule } from './_content-filters.js';

export default shieldRule({
  meta: {
    id: 'azure/ai-services/rai-policy-protected-material-off',
    title: 'Azure OpenAI content filter does not block protected material in completions',
    severity: 'medium',
    rationale:
      'Protected-material detection stops completions that reproduce copyrighted text (lyrics, articles, recipes) or public source code under restrictive licences; without it the application can hand that material to users and carry the legal exposure.',
    remediation: {
      text: 'Enable the Protected Material Text and Protected Material Code filters with blocking on completions in the content filter attached to the deployments.',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # contentFilters: Protected Material Text / Code, enabled and blocking, source Completion",
      terraform:
        'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  content_filter {\n    name               = "Protected Material Text"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "High"\n    source             = "Completion"\n  }\n  content_filter {\n    name               = "Protected Material Code"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "High"\n    source             = "Completion"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter-protected-material',
    },
    messages: {
      on: 'Content filter {{name}} blocks protected text and code in completions.',
      off: 'Content filter {{name}} does not block {{filters}}.',
    },
  },
  filters: [
    ['Protected Material Text', 'Completion'],
    ['Protected Material Code', 'Completion'],
  ],
});
