import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { isMlAsset, usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'rbac/local-auth-enabled',
    title: 'ML compute, storage or registry accepts local credentials',
    family: 'rbac',
    concern: 'local-auth-enabled',
    severity: 'high',
    appliesTo: ['compute', 'storage', 'container-registry', 'ai-service'],
    rationale:
      'Local credentials (storage shared keys, registry admin users, compute local accounts) bypass the identity provider: they are not tied to a person, skip MFA and conditional access, rarely rotate and leave no per-user audit trail.',
    remediation: {
      text: 'Disable local authentication and use Entra ID / IAM identities: storage shared-key access off, container registry admin user off, compute created with local auth disabled.',
      cli: '# storage\naz storage account update --name <account> --resource-group <rg> --allow-shared-key-access false\n# container registry\naz acr update --name <registry> --admin-enabled false\n# Azure AI Services / Azure OpenAI\naz resource update --ids <account-id> --set properties.disableLocalAuth=true',
      terraform:
        'resource "azurerm_storage_account" "ml" {\n  shared_access_key_enabled = false\n}\nresource "azurerm_container_registry" "ml" {\n  admin_enabled = false\n}\nresource "azurerm_machine_learning_compute_cluster" "train" {\n  local_auth_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent',
    },
    references: {
      catalog: ['AZ-ML-CMP-01', 'AZ-ST-02', 'AZ-ACR-01'],
      'azure-policy': [
        'e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f',
        '8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54',
        'dc921057-6b28-4fbe-9b83-f7bec05db6c2',
        '71ef260a-8f18-47b7-abcb-62d0673d94dc',
      ],
      mcsb: ['IM-1'],
      checkov: ['CKV_AZURE_142', 'CKV2_AZURE_40', 'CKV_AZURE_137'],
    },
    messages: {
      localAuth: 'ML {{kind}} {{name}} accepts local credentials (keys or admin user) outside the identity provider.',
      identityOnly: 'ML {{kind}} {{name}} accepts only identity-provider credentials.',
    },
  },
  applies: (asset, graph) => isMlAsset(asset) || usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'localAuthEnabled', false, { pass: 'identityOnly', fail: 'localAuth' }),
});
