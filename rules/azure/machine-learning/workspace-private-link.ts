import { defineRule } from '../../../src/engine/index.js';
import { judgeFact } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/workspace-private-link',
    title: 'Azure ML workspace has no approved private endpoint',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['workspace'],
    providers: ['azure'],
    rationale:
      'A private endpoint keeps workspace API, notebook and data-plane traffic on the organisation network; without one, clients reach the workspace over public addresses.',
    remediation: {
      text: 'Create a private endpoint (group id amlworkspace) for the workspace in the network its users and compute reach it from, with the privatelink.api.azureml.ms and privatelink.notebooks.azure.net DNS zones.',
      cli: 'az network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <workspace-id> --group-id amlworkspace --connection-name <name>',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'a-mlsg': ['A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0019'] },
    references: { catalog: ['AZ-ML-WS-03'], 'azure-policy': ['45e05259-1eb5-4f70-9574-baf73e9d219b'], mcsb: ['NS-2'], checkov: ['CKV_AZURE_243'] },
    messages: {
      private: 'Workspace {{name}} has {{count}} approved private endpoint(s).',
      none: 'Workspace {{name}} has no approved private endpoint.',
    },
  },
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'privateEndpoints', (n) => n > 0, { pass: 'private', fail: 'none' }, { count: asset.facts.privateEndpoints ?? 0 });
  },
});
