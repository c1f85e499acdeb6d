import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';

const isHub = (kind: string | undefined): boolean => kind?.toLowerCase() === 'hub';

export default providerRule({
  meta: {
    id: 'azure/ai-foundry/private-hub-connects-to-public-ai-service',
    title: 'Private AI Foundry hub sends its model traffic to an AI service open to the internet',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['workspace'],
    rationale:
      'Disabling public access on the hub keeps its studio and APIs private, but the prompts, grounding data and completions of its projects go to the connected Azure OpenAI / AI Services accounts; when those accept internet traffic, the data path the hub was isolated to protect is reachable from outside.',
    remediation: {
      text: 'Disable public network access on the AI Services accounts the hub connects to and reach them through private endpoints (managed network private endpoint outbound rules for the hub).',
      cli: 'az cognitiveservices account update --name <account> --resource-group <rg> --public-network-access Disabled\naz ml workspace outbound-rule set --workspace-name <hub> --resource-group <rg> --rule <name> --type private_endpoint --service-resource-id <account-id> --subresource-target account',
      terraform: 'resource "azurerm_cognitive_account" "openai" {\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/how-to/configure-private-link',
    },
    references: { mcsb: ['NS-2'] },
    messages: {
      private: 'Hub {{name}} connects only to AI services that are not reachable from the internet.',
      leaks: 'Hub {{name}} is private but connects to {{services}}, reachable from the internet.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces'],
  applies: (asset) => isHub(recordString(asset, 'kind')),
  evaluate(asset, ctx) {
    if (asset.facts.publicNetworkAccess === undefined) return ctx.unknown(['publicNetworkAccess']);
    // A hub that is itself public is judged by exposure/workspace-public-network-access.
    if (asset.facts.publicNetworkAccess) return ctx.notApplicable('the hub itself accepts traffic from the internet');
    const connections = ctx.graph.targets(asset.id, 'contains').filter((c) => c.kind === 'connection');
    const services = connections.flatMap((c) => ctx.graph.targets(c.id, 'connects-to')).filter((t) => t.kind === 'ai-service');
    const evidence = { aiServices: services.map((s) => ({ id: s.id, publicNetworkAccess: s.facts.publicNetworkAccess })) };
    const open = services.filter((s) => s.facts.publicNetworkAccess === true);
    if (open.length) return ctx.fail('leaks', { evidence, data: { services: open.map((s) => s.name).join(', ') }, path: [asset.id, ...open.map((s) => s.id)] });
    if (services.some((s) => s.facts.publicNetworkAccess === undefined)) return ctx.unknown(['publicNetworkAccess'], { evidence });
    // No connection seen is no proof there is none: only a read of the hub's connections can say so.
    const hidden = ctx.requireSeen(['connection', 'ai-service']);
    return hidden ?? ctx.pass('private', { evidence });
  },
});
