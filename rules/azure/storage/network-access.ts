import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/network-access',
    title: 'Storage account used by ML accepts traffic from all networks',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'A storage account whose firewall allows all networks accepts requests from anywhere on the internet; a leaked SAS token or key is then usable from any address.',
    remediation: {
      text: 'Disable public network access (private endpoints) or set the firewall default action to Deny with the workspace as a resource access rule.',
      cli: 'az storage account update --name <account> --resource-group <rg> --default-action Deny',
      terraform: 'resource "azurerm_storage_account" "sa" {\n  network_rules {\n    default_action = "Deny"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/storage/common/storage-network-security',
    },
    controls: { 'ms-ai-risk': ['5.2.3', '5.5.2'], 'a-mlsg': ['A-MLSG-002-D004'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ST-03'], 'azure-policy': ['34c877ad-507e-4c82-993e-3452a6e0ad3c', 'b2982f36-99f2-4db5-8eff-283140c09693'], mcsb: ['NS-2'], checkov: ['CKV_AZURE_35', 'CKV_AZURE_59'] },
    messages: {
      restricted: 'Storage account {{name}} restricts network access.',
      open: 'Storage account {{name}} accepts requests from all networks.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'publicNetworkAccess', (v) => !v, { pass: 'restricted', fail: 'open' });
  },
});
