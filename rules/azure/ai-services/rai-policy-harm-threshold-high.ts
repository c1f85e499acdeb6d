import { contentFilterRule, filterLabel, isHarmFilter } from './_content-filters.js';

export default contentFilterRule({
  meta: {
    id: 'azure/ai-services/rai-policy-harm-threshold-high',
    title: 'Azure OpenAI content filter lets medium-severity harmful content through',
    severity: 'medium',
    rationale:
      'A harm filter set to the High threshold blocks only the most severe content; medium-severity hate, sexual, violent or self-harm content reaches users and the model. The default filters block from Medium.',
    remediation: {
      text: 'Set the severity threshold of each enabled harm filter to Medium or Low (block medium and above), unless the use case was reviewed and approved for the High threshold.',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # severityThreshold \"Medium\" on Hate, Sexual, Violence, Selfharm",
      terraform: 'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  content_filter {\n    name               = "Violence"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "Medium"\n    source             = "Completion"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/content-filters',
    },
    messages: {
      strict: 'Content filter {{name}} blocks harmful content from medium severity.',
      lenient: 'Content filter {{name}} blocks only high-severity content for {{filters}}.',
    },
  },
  verdicts: { pass: 'strict', fail: 'lenient' },
  judge(filters) {
    // Only enabled harm filters have a threshold that acts (a disabled one is rai-policy-harm-category-off's verdict).
    const harm = filters.filter((f) => f.enabled && isHarmFilter(f));
    return {
      failing: harm.filter((f) => f.severityThreshold?.toLowerCase() === 'high').map(filterLabel),
      evidence: { thresholds: harm.map((f) => ({ name: f.name, source: f.source, severityThreshold: f.severityThreshold })) },
    };
  },
});
