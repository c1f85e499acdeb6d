import { HARM_CATEGORIES, contentFilterRule, filterFor, filterLabel, isHarmFilter, type FilterSource } from './_content-filters.js';

const SIDES: readonly FilterSource[] = ['Prompt', 'Completion'];

export default contentFilterRule({
  meta: {
    id: 'azure/ai-services/rai-policy-harm-category-off',
    title: 'Azure OpenAI content filter leaves a harm category unscreened on prompts or completions',
    severity: 'high',
    rationale:
      'Each harm category (hate, sexual, violence, self-harm) is screened separately on what users send and on what the model answers; a category switched off on either side lets that content through unexamined, in both directions.',
    remediation: {
      text: 'Enable the Hate, Sexual, Violence and Selfharm filters on both prompts and completions in the content filter (turning them off needs an approved modified-content-filtering exception; keep it to deployments that need it).',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # every harm category enabled for source Prompt and Completion",
      terraform:
        'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  content_filter {\n    name               = "Hate"\n    filter_enabled     = true\n    block_enabled      = true\n    severity_threshold = "Medium"\n    source             = "Prompt"\n  }\n  # ... the same for Sexual, Violence, Selfharm, on Prompt and Completion\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter',
    },
    messages: {
      screened: 'Content filter {{name}} screens every harm category on prompts and completions.',
      unscreened: 'Content filter {{name}} does not screen {{filters}}.',
    },
  },
  verdicts: { pass: 'screened', fail: 'unscreened' },
  judge: (filters) => ({
    failing: SIDES.flatMap((source) => HARM_CATEGORIES.filter((name) => !filterFor(filters, name, source)?.enabled).map((name) => filterLabel({ name, source }))),
    evidence: { contentFilters: filters.filter(isHarmFilter) },
  }),
});
