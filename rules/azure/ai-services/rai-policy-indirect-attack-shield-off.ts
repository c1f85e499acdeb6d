import { shieldRule } from './_content-filters.js';

export default shieldRule({
  meta: {
    id: 'azure/ai-services/rai-policy-indirect-attack-shield-off',
    title: 'Azure OpenAI content filter does not block indirect prompt injection (document shield off)',
    severity: 'medium',
    rationale:
      'Indirect attacks hide instructions in documents, e-mails or web pages the model reads (retrieval, tools); the indirect-attack prompt shield detects them before they steer the model to leak data or call tools on the attacker\'s behalf.',
    remediation: {
      text: 'Enable the Indirect Attack (prompt shield for documents) filter with blocking on the content filter of deployments that read retrieved or third-party content, and mark that content as documents in the request.',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # contentFilters: {\"name\":\"Indirect Attack\",\"enabled\":true,\"blocking\":true,\"source\":\"Prompt\"}",
      terraform:
        'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  content_filter {\n    name               = "Indirect Attack"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "High"\n    source             = "Prompt"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter-prompt-shields',
    },
    messages: {
      on: 'Content filter {{name}} blocks indirect prompt injection in documents.',
      off: 'Content filter {{name}} does not block {{filters}}.',
    },
  },
  filters: [['Indirect Attack', 'Prompt']],
});
