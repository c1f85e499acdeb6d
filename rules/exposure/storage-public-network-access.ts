import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'exposure/storage-public-network-access',
    title: 'Storage used by ML accepts connections from any network',
    family: 'exposure',
    concern: 'storage-public-network-access',
    severity: 'high',
    appliesTo: ['storage'],
    rationale:
      'With the storage firewall open, a leaked key, SAS token or over-broad role is usable from anywhere on the internet; restricting the network to the ML virtual network and trusted services means a stolen credential alone no longer reaches training data or models.',
    remediation: {
      text: 'Azure: disable public network access (or set the firewall default action to Deny) and reach the account through private endpoints. AWS: restrict the bucket policy to the ML VPC endpoints (aws:SourceVpce) and VPC ranges.',
      cli: 'az storage account update --name <account> --resource-group <rg> --public-network-access Disabled',
      terraform:
        'resource "azurerm_storage_account" "ml" {\n  public_network_access_enabled = false\n  network_rules {\n    default_action = "Deny"\n    bypass         = ["AzureServices"]\n  }\n}',
      url: 'https://learn.microsoft.com/azure/storage/common/storage-network-security',
    },
    references: {
      catalog: ['AZ-ST-03'],
      'azure-policy': ['34c877ad-507e-4c82-993e-3452a6e0ad3c', 'b2982f36-99f2-4db5-8eff-283140c09693'],
      mcsb: ['NS-2'],
      checkov: ['CKV_AZURE_35', 'CKV_AZURE_59'],
    },
    messages: {
      public: 'Storage {{name}} used by ML accepts connections from the public internet.',
      restricted: 'Storage {{name}} used by ML accepts connections only from approved networks.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'publicNetworkAccess', false, { pass: 'restricted', fail: 'public' }),
});
