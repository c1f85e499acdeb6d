import { providerRule } from '../../_lib/provider-rule.js';
import { recordString, recordValue } from '../../_lib/raw.js';
import { RAI_POLICY, policyInUse } from './_content-filters.js';

/** Modes (`Deferred` is the pre-2024-10-01 name of `Asynchronous_filter`) in which streamed completion content reaches the caller before the filter has judged it. */
const AFTER_THE_FACT = new Set(['asynchronous_filter', 'deferred']);

export default providerRule({
  meta: {
    id: 'azure/ai-services/rai-policy-asynchronous-mode',
    title: 'Azure OpenAI content filter screens streamed completions only after they are sent',
    family: 'integrity',
    severity: 'low',
    appliesTo: ['guardrail'],
    rationale:
      'In asynchronous filter mode the completion is streamed to the caller while the filters run; content the filter flags has already been delivered, and the only signal is a later annotation the client must handle.',
    remediation: {
      text: 'Use the Default (synchronous) streaming mode on content filters of user-facing deployments; keep asynchronous filtering to cases that accept delivered-then-flagged content.',
      cli: "az rest --method put --url 'https://management.azure.com<account-id>/raiPolicies/<policy>?api-version=2024-10-01' --body @policy.json  # \"mode\": \"Default\"",
      terraform: 'resource "azurerm_cognitive_account_rai_policy" "strict" {\n  mode = "Default"\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-streaming',
    },
    messages: {
      synchronous: 'Content filter {{name}} judges content before it is streamed (mode {{mode}}).',
      asynchronous: 'Content filter {{name}} streams completions before filtering them (mode {{mode}}).',
    },
  },
  provider: 'azure',
  nativeTypes: [RAI_POLICY],
  applies: (asset, graph) => policyInUse(asset, graph),
  evaluate(asset, ctx) {
    const read = recordValue(asset, 'properties') !== undefined;
    // mode absent on a read policy is the documented Default.
    const mode = recordString(asset, 'properties', 'mode') ?? (read ? 'Default' : undefined);
    if (mode === undefined) return ctx.unknown(['raw.properties.mode']);
    const evidence = { mode };
    return AFTER_THE_FACT.has(mode.toLowerCase()) ? ctx.fail('asynchronous', { evidence, data: { mode } }) : ctx.pass('synchronous', { evidence, data: { mode } });
  },
});
