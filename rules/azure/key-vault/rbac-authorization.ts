import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { recordValue } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/key-vault/rbac-authorization',
    title: 'Key vault used by ML does not use the Azure RBAC permission model',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['key-vault'],
    rationale:
      'Vault access policies are all-or-nothing per vault and anyone with Contributor on the vault can grant themselves secret access; Azure RBAC scopes secret and key access to identities and is governed like every other role.',
    remediation: {
      text: 'Migrate the vault to the Azure RBAC permission model (enableRbacAuthorization true) after granting the equivalent Key Vault roles.',
      cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-rbac-authorization true',
      terraform: 'resource "azurerm_key_vault" "kv" {\n  rbac_authorization_enabled = true\n}',
      url: 'https://learn.microsoft.com/azure/key-vault/general/rbac-migration',
    },
    references: { catalog: ['AZ-KV-02'], 'azure-policy': ['12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5'], mcsb: ['PA-7'] },
    messages: {
      rbac: 'Key vault {{name}} uses Azure RBAC.',
      policies: 'Key vault {{name}} uses legacy access policies.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.KeyVault/vaults'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const props = recordValue(asset, 'properties') as Record<string, unknown> | undefined;
    if (!props) return ctx.unknown(['raw.properties.enableRbacAuthorization']);
    const evidence = { enableRbacAuthorization: props.enableRbacAuthorization ?? null };
    return props.enableRbacAuthorization === true ? ctx.pass('rbac', { evidence }) : ctx.fail('policies', { evidence });
  },
});
