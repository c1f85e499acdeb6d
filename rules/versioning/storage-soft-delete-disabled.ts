import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'versioning/storage-soft-delete-disabled',
    title: 'Deleted training data or models cannot be recovered',
    family: 'versioning',
    concern: 'storage-soft-delete-disabled',
    severity: 'medium',
    appliesTo: ['storage'],
    rationale:
      'A mistaken or malicious delete of a dataset or model container is permanent without soft delete, which breaks retraining, reproducibility and incident recovery.',
    remediation: {
      text: 'Azure: enable blob and container soft delete with a retention of at least 7 days. AWS: keep versioning on (a delete then only adds a delete marker) and expire noncurrent versions with a lifecycle rule no shorter than your recovery window.',
      cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-delete-retention true --delete-retention-days 14 --enable-container-delete-retention true --container-delete-retention-days 14',
      terraform:
        'resource "azurerm_storage_account" "ml" {\n  blob_properties {\n    delete_retention_policy {\n      days = 14\n    }\n    container_delete_retention_policy {\n      days = 14\n    }\n  }\n}',
      url: 'https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview',
    },
    references: {
      catalog: ['AZ-ST-06'],
      'azure-policy': ['9fbd64e3-67b8-489b-98e5-fa0007d17e76'],
      mcsb: ['BR-1', 'BR-2'],
      checkov: ['CKV2_AZURE_38'],
    },
    messages: {
      off: 'Deleted data in storage {{name}} used by ML cannot be recovered.',
      on: 'Deleted data in storage {{name}} used by ML is recoverable for a retention period.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'softDelete', true, { pass: 'on', fail: 'off' }),
});
