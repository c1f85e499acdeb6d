import { defineRule } from '../../../src/engine/index.js';
import { judgeFact } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/workspace-customer-managed-key',
    title: 'Azure ML workspace is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['workspace'],
    providers: ['azure'],
    rationale:
      'A customer-managed key lets the organisation control, rotate and revoke the key protecting workspace metadata, model and run data; with platform keys only Microsoft holds that control.',
    remediation: {
      text: 'Create the workspace with encryption by a key in a Key Vault with purge protection (CMK can only be set at creation), and move assets to it.',
      cli: 'az ml workspace create --name <workspace> --resource-group <rg> --customer-managed-key <key-uri>',
      terraform: 'resource "azurerm_machine_learning_workspace" "ws" {\n  encryption {\n    key_vault_id = azurerm_key_vault.kv.id\n    key_id       = azurerm_key_vault_key.cmk.id\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys',
    },
    controls: { 'ms-ai-risk': ['5.2.2', '5.2.3'], 'mitre-atlas': ['AML.M0012'] },
    references: { catalog: ['AZ-ML-WS-04'], 'azure-policy': ['ba769a63-b8cc-4b2d-abf6-ac33c7204be8', '7f40cee6-e933-4d0f-a782-b96615e0f4a6'], mcsb: ['DP-5'] },
    messages: {
      cmk: 'Workspace {{name}} is encrypted with a customer-managed key.',
      platform: 'Workspace {{name}} is encrypted with platform-managed keys only.',
    },
  },
  // AI Foundry projects inherit encryption from their hub.
  applies: (asset) => String((asset.raw as { kind?: unknown } | undefined)?.kind ?? '').toLowerCase() !== 'project',
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'encryption', (e) => e === 'cmk', { pass: 'cmk', fail: 'platform' });
  },
});
