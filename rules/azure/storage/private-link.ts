import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/private-link',
    title: 'Storage account used by ML has no private endpoint',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'Private endpoints keep training data and model artifact traffic on the virtual network and let the account close its public endpoint altogether.',
    remediation: {
      text: 'Create private endpoints for the blob (and dfs/file when used) sub-resources in the ML network, with privatelink DNS zones.',
      cli: 'az network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <account-id> --group-id blob --connection-name <name>',
      url: 'https://learn.microsoft.com/azure/storage/common/storage-private-endpoints',
    },
    controls: { 'ms-ai-risk': ['5.2.3', '5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ST-04'], 'azure-policy': ['6edd7eda-6dd8-40f7-810d-67160c639cd9'], mcsb: ['NS-2'], checkov: ['CKV2_AZURE_33'] },
    messages: {
      private: 'Storage account {{name}} has {{count}} approved private endpoint(s).',
      none: 'Storage account {{name}} has no approved private endpoint.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'privateEndpoints', (n) => n > 0, { pass: 'private', fail: 'none' }, { count: asset.facts.privateEndpoints ?? 0 });
  },
});
