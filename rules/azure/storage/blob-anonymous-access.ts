import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { recordValue } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/storage/blob-anonymous-access',
    title: 'Storage account used by ML allows anonymous blob access',
    family: 'exposure',
    concern: 'storage-public-access',
    supersedes: ['exposure/storage-public-access'],
    severity: 'critical',
    appliesTo: ['storage'],
    rationale:
      'With allowBlobPublicAccess on, any container can be made readable by anyone on the internet; for accounts holding training data or model artifacts that means data theft, model theft and a map for poisoning.',
    remediation: {
      text: 'Set allowBlobPublicAccess to false on the account (this overrides container-level public access).',
      cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
      terraform: 'resource "azurerm_storage_account" "sa" {\n  allow_nested_items_to_be_public = false\n}',
      url: 'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent',
    },
    references: { catalog: ['AZ-ST-01'], 'azure-policy': ['4fa4b6c0-31ca-4c0d-b10d-24b96f62a751'], mcsb: ['NS-2'], checkov: ['CKV_AZURE_190', 'CKV_AZURE_34'] },
    messages: {
      blocked: 'Storage account {{name}} disallows anonymous blob access.',
      public: 'Storage account {{name}} has containers anyone on the internet can read.',
      allowed: 'Storage account {{name}} allows anonymous blob access (no container is public yet).',
      unset: 'Storage account {{name}} does not set allowBlobPublicAccess; older accounts then allow anonymous access.',
    },
  },
  provider: 'azure',
  nativeTypes: ['Microsoft.Storage/storageAccounts'],
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const props = recordValue(asset, 'properties') as Record<string, unknown> | undefined;
    if (!props) return ctx.unknown(['raw.properties.allowBlobPublicAccess']);
    const setting = props.allowBlobPublicAccess;
    const evidence = { allowBlobPublicAccess: setting ?? null, publicRead: asset.facts.publicRead };
    if (setting === false) return ctx.pass('blocked', { evidence });
    if (asset.facts.publicRead === true) return ctx.fail('public', { evidence });
    return ctx.fail(setting === true ? 'allowed' : 'unset', { evidence });
  },
});
