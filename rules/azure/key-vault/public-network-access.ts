import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/key-vault/public-network-access',
    title: 'Key vault used by ML is open to all networks',
    family: 'exposure',
    severity: 'medium',
    appliesTo: ['key-vault'],
    providers: ['azure'],
    rationale:
      'A vault open to all networks lets a stolen token read workspace secrets and keys from anywhere; a firewall or private endpoint confines use to the ML network.',
    remediation: {
      text: 'Disable public network access and use a private endpoint, or set the firewall default action to Deny.',
      cli: 'az keyvault update --name <vault> --resource-group <rg> --public-network-access Disabled',
      terraform: 'resource "azurerm_key_vault" "kv" {\n  public_network_access_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/key-vault/general/network-security',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-KV-03'], 'azure-policy': ['405c5871-3e91-4644-8a63-58e19d68ff5b', '55615ac9-af46-4a59-874e-391cc3dfb490'], mcsb: ['NS-2', 'DP-8'], checkov: ['CKV_AZURE_189', 'CKV_AZURE_109'] },
    messages: {
      restricted: 'Key vault {{name}} restricts network access.',
      open: 'Key vault {{name}} accepts requests from all networks.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'publicNetworkAccess', (v) => !v, { pass: 'restricted', fail: 'open' });
  },
});
