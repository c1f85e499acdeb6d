import type { Asset } from '../../../src/model/index.js';
import type { Relations } from '../../../src/model/ml-usage.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { AI_DEPLOYMENT } from './_content-filters.js';

/** The AI service (Azure OpenAI / AI Services account) a model deployment is served from. */
const hostOf = (asset: Asset, graph: Relations): Asset | undefined => graph.sources(asset.id, 'contains').find((a) => a.kind === 'ai-service');

/**
 * The internet-facing case of `integrity/genai-content-filter-missing`: it judges the same concern on
 * deployments of a public account, with the account on the path, and supersedes the generic rule
 * there so one deployment gives one finding. A private account, or one whose network was not read,
 * leaves the deployment to the generic rule.
 */
export default providerRule({
  meta: {
    id: 'azure/ai-services/public-deployment-without-content-filter',
    title: 'Model deployment without a content filter is reachable from the internet',
    family: 'exposure',
    concern: 'genai-content-filter-missing',
    supersedes: ['integrity/genai-content-filter-missing'],
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
    references: { mcsb: ['NS-2'] },
    messages: {
      exposed: 'Deployment {{name}} serves its model without a content filter from {{host}}, which accepts traffic from the internet.',
      filtered: 'Deployment {{name}} screens prompts and completions with a content filter.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_DEPLOYMENT],
  applies: (asset, graph) => hostOf(asset, graph)?.facts.publicNetworkAccess === true,
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('contentFilter');
    if (gap) return gap;
    if (asset.facts.contentFilter) return ctx.pass('filtered', { evidence: { contentFilter: true } });
    const host = hostOf(asset, ctx.graph)!;
    const evidence = { contentFilter: false, host: host.id, hostPublicNetworkAccess: true };
    return ctx.fail('exposed', { evidence, data: { host: host.name }, path: [host.id, asset.id] });
  },
});
