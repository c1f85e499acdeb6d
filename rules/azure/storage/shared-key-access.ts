import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/shared-key-access',
    title: 'Storage account used by ML accepts shared-key authorisation',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'Account keys and the SAS tokens signed with them grant full data-plane rights with no identity and no per-user audit; disabling shared keys forces Entra ID authorisation on training data and model artifacts.',
    remediation: {
      text: 'Move workspaces and datastores to identity-based access, then set allowSharedKeyAccess to false.',
      cli: 'az storage account update --name <account> --resource-group <rg> --allow-shared-key-access false',
      terraform: 'resource "azurerm_storage_account" "sa" {\n  shared_access_key_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'a-mlsg': ['A-MLSG-002-D004'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ST-02'], 'azure-policy': ['8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54'], mcsb: ['IM-1'], checkov: ['CKV2_AZURE_40'] },
    messages: {
      disabled: 'Storage account {{name}} rejects shared-key authorisation.',
      enabled: 'Storage account {{name}} accepts account keys and SAS tokens signed with them.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'localAuthEnabled', (v) => !v, { pass: 'disabled', fail: 'enabled' });
  },
});
