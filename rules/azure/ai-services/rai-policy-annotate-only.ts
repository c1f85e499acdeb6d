import { contentFilterRule, filterLabel } from './_content-filters.js';

export default contentFilterRule({
  meta: {
    id: 'azure/ai-services/rai-policy-annotate-only',
    title: 'Azure OpenAI content filter only annotates detected content instead of blocking it',
    severity: 'medium',
    rationale:
      'A filter that is enabled but not blocking (annotate only) labels harmful or attacking content in the response and still passes it on; unless every caller reads and acts on the annotations, the filter protects nothing.',
    remediation: {
      text: 'Set blocking on every enabled filter of the content filter; keep annotate-only to evaluation deployments whose callers act on the annotations.',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # \"blocking\": true on each enabled filter",
      terraform: 'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  content_filter {\n    name               = "Hate"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "Medium"\n    source             = "Prompt"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/content-filters',
    },
    messages: {
      blocking: 'Every enabled filter of content filter {{name}} blocks what it detects.',
      annotating: 'Content filter {{name}} only annotates {{filters}}.',
    },
  },
  verdicts: { pass: 'blocking', fail: 'annotating' },
  judge: (filters) => {
    const annotating = filters.filter((f) => f.enabled && !f.blocking).map(filterLabel);
    return { failing: annotating, evidence: { annotateOnly: annotating } };
  },
});
