import { defineRule } from '../../src/engine/index.js';
import { isMlAsset, usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'segmentation/private-endpoint-missing',
    title: 'ML workspace or supporting service is not reached through a private endpoint',
    family: 'segmentation',
    concern: 'private-endpoint-missing',
    severity: 'medium',
    appliesTo: ['workspace', 'feature-store', 'storage', 'key-vault', 'container-registry', 'ai-service'],
    rationale:
      'Private endpoints keep workspace, storage, key vault and registry traffic on the organisation network and let the public endpoint be switched off; without them, ML traffic crosses the internet-facing service endpoint.',
    remediation: {
      text: 'Create a private endpoint for the resource in the ML virtual network (Azure: group id amlworkspace, blob/dfs, vault or registry; AWS: interface or gateway VPC endpoints for SageMaker API, runtime, S3 and ECR), then disable public network access.',
      cli: '# Azure\naz network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <resource-id> --group-id <amlworkspace|blob|vault|registry> --connection-name <name>\n# AWS\naws ec2 create-vpc-endpoint --vpc-id <vpc> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.sagemaker.api --subnet-ids <subnet> --security-group-ids <sg>',
      terraform:
        'resource "azurerm_private_endpoint" "ws" {\n  name      = "pe-ws"\n  subnet_id = azurerm_subnet.pe.id\n  private_service_connection {\n    name                           = "ws"\n    private_connection_resource_id = azurerm_machine_learning_workspace.ws.id\n    subresource_names              = ["amlworkspace"]\n    is_manual_connection           = false\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link',
    },
    references: {
      catalog: ['AZ-ML-WS-03', 'AZ-ST-04', 'AWS-NET-01'],
      'azure-policy': ['45e05259-1eb5-4f70-9574-baf73e9d219b', '6edd7eda-6dd8-40f7-810d-67160c639cd9', 'cddd188c-4b82-4c48-a19d-ddf74ee66a01'],
      mcsb: ['NS-2'],
      checkov: ['CKV_AZURE_243', 'CKV2_AZURE_33'],
    },
    messages: {
      none: 'ML {{kind}} {{name}} has no approved private endpoint.',
      present: 'ML {{kind}} {{name}} is served by {{count}} private endpoint(s).',
    },
  },
  applies: (asset, graph) => isMlAsset(asset) || usedByMl(asset, graph),
  evaluate(asset, ctx) {
    // An AI Foundry project has no private endpoint of its own: it is reached through its hub's, and the hub is judged
    // (where the scan holds it: a hub outside the scanned scope is named by id, and the project still has none to judge).
    const hubId = ctx.graph.outgoing(asset.id, 'in-hub')[0]?.to;
    if (hubId !== undefined) {
      const hub = ctx.graph.get(hubId);
      return ctx.notApplicable(`an AI Foundry project is reached through the private endpoints of its hub ${hub ? `${hub.name}, which this rule judges` : `${hubId}, outside this scan`}`);
    }
    const linked = ctx.graph.targets(asset.id, 'private-endpoint').filter((p) => p.kind === 'private-endpoint');
    const count = Math.max(asset.facts.privateEndpoints ?? 0, linked.length);
    const evidence = { privateEndpoints: asset.facts.privateEndpoints, linkedPrivateEndpoints: linked.map((p) => p.id) };
    if (count > 0) return ctx.pass('present', { evidence, data: { count } });
    // No edge is no proof: only the provider's count can say there are none (not applicable where no collector counts them).
    if (asset.facts.privateEndpoints === undefined) return ctx.requireFacts('privateEndpoints') ?? ctx.unknown(['privateEndpoints'], { evidence });
    return ctx.fail('none', { evidence });
  },
});
