import { providerRule } from '../../_lib/provider-rule.js';
import { recordString, recordValue } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/ai-foundry/connection-shared-to-all-projects',
    title: 'AI Foundry hub shares a key-based connection with every project',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['connection'],
    rationale:
      'A hub connection marked shared to all projects is usable from every present and future project of the hub; when it authenticates with a stored key, every member of any project acts on the connected service (Azure OpenAI, search, storage) with that key, across team and data boundaries.',
    remediation: {
      text: 'Make key-based hub connections project-scoped (isSharedToAll false) or recreate them with Entra ID authentication, and create connections in the projects that need them.',
      cli: 'az ml connection update --name <connection> --workspace-name <hub> --resource-group <rg> --set is_shared=false',
      terraform:
        'resource "azapi_resource" "connection" {\n  type      = "Microsoft.MachineLearningServices/workspaces/connections@2024-10-01"\n  parent_id = azurerm_ai_foundry.hub.id\n  body = {\n    properties = {\n      authType      = "AAD"\n      isSharedToAll = false\n    }\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/how-to/connections-add',
    },
    references: { mcsb: ['IM-1', 'PA-7'] },
    messages: {
      scoped: 'Connection {{name}} is not a key shared with every project.',
      shared: 'Connection {{name}} shares its {{type}} secret with every project of the hub.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.MachineLearningServices/workspaces/connections'],
  // Only hubs share connections with projects.
  applies: (asset, graph) => graph.sources(asset.id, 'contains').some((ws) => recordString(ws, 'kind')?.toLowerCase() === 'hub'),
  evaluate(asset, ctx) {
    const shared = recordValue(asset, 'properties', 'isSharedToAll');
    const secret = asset.facts.localAuthEnabled;
    const type = recordString(asset, 'properties', 'authType') ?? 'stored';
    const evidence = { isSharedToAll: shared, authType: type };
    if (shared === false || (shared === undefined && recordValue(asset, 'properties') !== undefined)) return ctx.pass('scoped', { evidence });
    if (secret === false) return ctx.pass('scoped', { evidence });
    if (shared === undefined || secret === undefined) return ctx.unknown(['raw.properties.isSharedToAll', 'localAuthEnabled'], { evidence });
    return ctx.fail('shared', { evidence, data: { type } });
  },
});
