import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';

export default providerRule({
  meta: {
    id: 'azure/key-vault/purge-protection',
    title: 'Key vault used by ML lacks soft delete or purge protection',
    family: 'encryption',
    concern: 'key-vault-purge-protection-disabled',
    supersedes: ['encryption/key-vault-purge-protection-disabled'],
    severity: 'high',
    appliesTo: ['key-vault'],
    rationale:
      'The workspace key vault holds its secrets and any customer-managed key: a purged key makes CMK-encrypted workspaces and storage unrecoverable, which turns one stolen admin credential into permanent loss.',
    remediation: {
      text: 'Enable purge protection (irreversible) and keep soft delete on with at least 7 days of retention.',
      cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-purge-protection true',
      terraform: 'resource "azurerm_key_vault" "kv" {\n  purge_protection_enabled   = true\n  soft_delete_retention_days = 90\n}',
      url: 'https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview',
    },
    references: { catalog: ['AZ-KV-01'], 'azure-policy': ['0b60c0b2-2dc2-4e1c-b5c9-abbed971de53', '1e66c121-a66a-4b1f-9b83-0fd99bf0fc2d'], mcsb: ['DP-8'], checkov: ['CKV_AZURE_110', 'CKV_AZURE_42'] },
    messages: {
      protected: 'Key vault {{name}} has soft delete and purge protection.',
      noPurge: 'Key vault {{name}} has no purge protection.',
      noSoftDelete: 'Key vault {{name}} has soft delete off.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.KeyVault/vaults'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('purgeProtection', 'softDelete');
    if (gap) return gap;
    const evidence = { purgeProtection: asset.facts.purgeProtection, softDelete: asset.facts.softDelete };
    const out = [];
    if (!asset.facts.softDelete) out.push(ctx.fail('noSoftDelete', { evidence, subject: 'soft-delete' }));
    if (!asset.facts.purgeProtection) out.push(ctx.fail('noPurge', { evidence, subject: 'purge-protection' }));
    return out.length ? out : ctx.pass('protected', { evidence });
  },
});
