import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/blob-soft-delete',
    title: 'Blob or container soft delete is off on storage used by ML',
    family: 'versioning',
    severity: 'medium',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'Without soft delete, a mistaken or malicious delete of training data or model artifacts is final; soft delete keeps them recoverable for the retention period.',
    remediation: {
      text: 'Enable blob soft delete and container soft delete (at least 7 days) on the blob service.',
      cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-delete-retention true --delete-retention-days 14 --enable-container-delete-retention true --container-delete-retention-days 14',
      url: 'https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview',
    },
    controls: { 'ms-ai-risk': ['5.8.1', '5.2.5'], 'a-mlsg': ['A-MLSG-002-D004'], 'mitre-atlas': ['AML.M0025'] },
    references: { catalog: ['AZ-ST-06'], 'azure-policy': ['9fbd64e3-67b8-489b-98e5-fa0007d17e76'], mcsb: ['BR-1', 'BR-2'], checkov: ['CKV2_AZURE_38'] },
    messages: {
      on: 'Storage account {{name}} keeps deleted blobs and containers recoverable.',
      off: 'Storage account {{name}} does not soft-delete blobs and containers.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'softDelete', (v) => v, { pass: 'on', fail: 'off' });
  },
});
