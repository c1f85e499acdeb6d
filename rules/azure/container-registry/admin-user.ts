import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/container-registry/admin-user',
    title: 'Container registry used by ML has the admin user enabled',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['container-registry'],
    providers: ['azure'],
    rationale:
      'The admin user is a shared username and password with push rights: whoever holds it can overwrite the training and inference images the workspace runs.',
    remediation: {
      text: 'Disable the admin user and give the workspace and deployment identities AcrPull (and builders AcrPush) through RBAC.',
      cli: 'az acr update --name <registry> --admin-enabled false',
      terraform: 'resource "azurerm_container_registry" "acr" {\n  admin_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
    },
    controls: { 'ms-ai-risk': ['5.3.1'], 'a-mlsg': ['A-MLSG-004-D002'], 'mitre-atlas': ['AML.M0014', 'AML.M0005'] },
    references: { catalog: ['AZ-ACR-01'], 'azure-policy': ['dc921057-6b28-4fbe-9b83-f7bec05db6c2'], mcsb: ['IM-1'], checkov: ['CKV_AZURE_137'] },
    messages: {
      disabled: 'Container registry {{name}} has the admin user disabled.',
      enabled: 'Container registry {{name}} has the admin user enabled.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'localAuthEnabled', (v) => !v, { pass: 'disabled', fail: 'enabled' });
  },
});
