import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/customer-managed-key',
    title: 'Storage account used by ML is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'A customer-managed key lets the organisation revoke access to training data and model artifacts at rest and prove key custody; with Microsoft-managed keys that control is absent.',
    remediation: {
      text: 'Configure encryption with a key in a Key Vault that has purge protection (keySource Microsoft.Keyvault).',
      cli: 'az storage account update --name <account> --resource-group <rg> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key>',
      url: 'https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview',
    },
    controls: { 'ms-ai-risk': ['5.2.2', '5.2.3'], 'mitre-atlas': ['AML.M0012'] },
    references: { catalog: ['AZ-ST-09'], 'azure-policy': ['6fac406b-40ca-413b-bf8e-0bf964659c25'], mcsb: ['DP-5'], checkov: ['CKV2_AZURE_1'] },
    messages: {
      cmk: 'Storage account {{name}} is encrypted with a customer-managed key.',
      platform: 'Storage account {{name}} is encrypted with Microsoft-managed keys only.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'encryption', (e) => e === 'cmk', { pass: 'cmk', fail: 'platform' });
  },
});
