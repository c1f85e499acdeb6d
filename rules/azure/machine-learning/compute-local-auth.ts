import { defineRule } from '../../../src/engine/index.js';
import { isNodeCompute, judgeFact } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/compute-local-auth',
    title: 'Azure ML compute accepts local authentication',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['compute'],
    providers: ['azure'],
    rationale:
      'Local authentication lets callers use keys instead of Entra ID identities on compute; keys cannot be scoped, expire rarely and leave no per-user audit trail.',
    remediation: {
      text: 'Recreate the compute instance or cluster with local authentication disabled (disableLocalAuth true) so only Entra ID identities can use it.',
      cli: 'az ml compute create --name <compute> --resource-group <rg> --workspace-name <workspace> --type AmlCompute --disable-local-auth true',
      terraform: 'resource "azurerm_machine_learning_compute_cluster" "c" {\n  local_auth_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-integrate-azure-policy',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'mitre-atlas': ['AML.M0005', 'AML.M0019'] },
    references: { catalog: ['AZ-ML-CMP-01'], 'azure-policy': ['e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f'], mcsb: ['IM-1'], checkov: ['CKV_AZURE_142'] },
    messages: {
      disabled: 'Compute {{name}} accepts Entra ID authentication only.',
      enabled: 'Compute {{name}} accepts local (key) authentication.',
    },
  },
  applies: isNodeCompute,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'localAuthEnabled', (v) => !v, { pass: 'disabled', fail: 'enabled' });
  },
});
