import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'exposure/key-vault-public-network-access',
    title: 'Key vault used by ML accepts connections from any network',
    family: 'exposure',
    concern: 'key-vault-public-network-access',
    severity: 'medium',
    appliesTo: ['key-vault'],
    rationale:
      'The workspace key vault holds datastore credentials, connection secrets and encryption keys; with its firewall open, any leaked token can read them from anywhere.',
    remediation: {
      text: 'Disable public network access on the key vault (or set the firewall default action to Deny) and reach it through a private endpoint.',
      cli: 'az keyvault update --name <vault> --resource-group <rg> --public-network-access Disabled',
      terraform:
        'resource "azurerm_key_vault" "ml" {\n  public_network_access_enabled = false\n  network_acls {\n    default_action = "Deny"\n    bypass         = "AzureServices"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/key-vault/general/network-security',
    },
    references: {
      catalog: ['AZ-KV-03'],
      'azure-policy': ['405c5871-3e91-4644-8a63-58e19d68ff5b', '55615ac9-af46-4a59-874e-391cc3dfb490'],
      mcsb: ['NS-2', 'DP-8'],
      checkov: ['CKV_AZURE_189', 'CKV_AZURE_109'],
    },
    messages: {
      public: 'Key vault {{name}} used by ML accepts connections from the public internet.',
      restricted: 'Key vault {{name}} used by ML accepts connections only from approved networks.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'publicNetworkAccess', false, { pass: 'restricted', fail: 'public' }),
});
