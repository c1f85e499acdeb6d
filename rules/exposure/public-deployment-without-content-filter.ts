import { defineRule } from '../../src/engine/index.js';
import type { Asset } from '../../src/model/index.js';
import type { Relations } from '../../src/model/ml-usage.js';

/** The AI service (Azure OpenAI / AI Services account) a model deployment is served from. */
const hostOf = (asset: Asset, graph: Relations): Asset | undefined => graph.sources(asset.id, 'contains').find((a) => a.kind === 'ai-service');

export default defineRule({
  meta: {
    id: 'exposure/public-deployment-without-content-filter',
    title: 'Model deployment without a content filter is reachable from the internet',
    family: 'exposure',
    concern: 'public-unfiltered-model-deployment',
    severity: 'critical',
    appliesTo: ['deployment'],
    rationale:
      'The two weaknesses compound: an unfiltered deployment answers jailbreaks, prompt injection and requests for harmful content, and a public endpoint lets anyone with a leaked key or token send them from anywhere. Either control alone narrows the attack; without both, the model is open to abuse at scale.',
    remediation: {
      text: 'Attach a content filter (RAI policy) to the deployment, and disable public network access on the account (private endpoint) or restrict its firewall to known networks.',
      cli: 'az cognitiveservices account update --name <account> --resource-group <rg> --public-network-access Disabled',
      terraform:
        'resource "azurerm_cognitive_deployment" "gpt" {\n  rai_policy_name = azurerm_cognitive_account_rai_policy.strict.name\n}\nresource "azurerm_cognitive_account" "openai" {\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter',
    },
    references: { mcsb: ['NS-2'], prowler: ['bedrock_agent_guardrail_enabled'] },
    messages: {
      exposed: 'Deployment {{name}} serves its model without a content filter from {{host}}, which accepts traffic from the internet.',
      filtered: 'Deployment {{name}} screens prompts and completions with a content filter.',
      private: 'Deployment {{name}} has no content filter, but {{host}} is not reachable from the internet.',
    },
  },
  applies: (asset, graph) => hostOf(asset, graph) !== undefined,
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('contentFilter');
    if (gap) return gap;
    if (asset.facts.contentFilter) return ctx.pass('filtered', { evidence: { contentFilter: true } });
    const host = hostOf(asset, ctx.graph)!;
    const evidence = { contentFilter: false, host: host.id, hostPublicNetworkAccess: host.facts.publicNetworkAccess };
    if (host.facts.publicNetworkAccess === undefined) return ctx.unknown(['publicNetworkAccess'], { evidence });
    if (!host.facts.publicNetworkAccess) return ctx.pass('private', { evidence, data: { host: host.name } });
    return ctx.fail('exposed', { evidence, data: { host: host.name }, path: [host.id, asset.id] });
  },
});
