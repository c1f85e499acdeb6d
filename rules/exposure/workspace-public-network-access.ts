import { defineRule } from '../../src/engine/index.js';

export default defineRule({
  meta: {
    id: 'exposure/workspace-public-network-access',
    title: 'ML workspace accepts traffic from the public internet',
    family: 'exposure',
    concern: 'workspace-public-network-access',
    severity: 'high',
    appliesTo: ['workspace', 'feature-store'],
    rationale:
      'A workspace reachable from the internet exposes its APIs, notebooks and data plane to anyone who obtains or guesses a credential; private access confines it to the organisation network.',
    remediation: {
      text: 'Disable public network access on the workspace (Azure: publicNetworkAccess Disabled with a private endpoint; SageMaker Studio: AppNetworkAccessType VpcOnly).',
      cli: 'az ml workspace update --name <workspace> --resource-group <rg> --public-network-access Disabled',
      terraform: 'resource "azurerm_machine_learning_workspace" "ws" {\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link',
    },
    references: {
      catalog: ['AZ-ML-WS-01', 'AWS-SM-DOM-01'],
      'azure-policy': ['438c38d2-3772-465a-a9cc-7a6666a275ce'],
      mcsb: ['NS-2'],
      checkov: ['CKV_AZURE_144'],
    },
    messages: {
      public: 'Workspace {{name}} accepts traffic from the public internet.',
      private: 'Workspace {{name}} is reachable only from private networks.',
    },
  },
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('publicNetworkAccess');
    if (gap) return gap;
    const evidence = { publicNetworkAccess: asset.facts.publicNetworkAccess };
    return asset.facts.publicNetworkAccess ? ctx.fail('public', { evidence }) : ctx.pass('private', { evidence });
  },
});
