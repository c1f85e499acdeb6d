import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'encryption/key-vault-purge-protection-disabled',
    title: 'Key vault used by ML can be purged before its retention period ends',
    family: 'encryption',
    concern: 'key-vault-purge-protection-disabled',
    severity: 'high',
    appliesTo: ['key-vault'],
    rationale:
      'If the vault holding the workspace keys is deleted and purged, everything encrypted with them (workspace metadata, storage, model artifacts) becomes unreadable for good; purge protection turns a malicious or mistaken delete into a recoverable one.',
    remediation: {
      text: 'Enable purge protection (soft delete is on by default) on every key vault that holds ML keys or secrets. Purge protection cannot be turned off again, which is the point.',
      cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-purge-protection true',
      terraform: 'resource "azurerm_key_vault" "ml" {\n  purge_protection_enabled   = true\n  soft_delete_retention_days = 90\n}',
      url: 'https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview',
    },
    references: {
      catalog: ['AZ-KV-01'],
      'azure-policy': ['0b60c0b2-2dc2-4e1c-b5c9-abbed971de53'],
      mcsb: ['DP-8'],
      checkov: ['CKV_AZURE_110', 'CKV_AZURE_42'],
    },
    messages: {
      off: 'Key vault {{name}} used by ML has no purge protection.',
      on: 'Key vault {{name}} used by ML has purge protection.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'purgeProtection', true, { pass: 'on', fail: 'off' }),
});
