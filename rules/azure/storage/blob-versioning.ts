import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/storage/blob-versioning',
    title: 'Blob versioning is off on storage that holds training data or models',
    family: 'versioning',
    severity: 'high',
    appliesTo: ['storage'],
    providers: ['azure'],
    rationale:
      'Blob versioning keeps every prior version of training data and model files, so poisoning or overwrites can be detected, compared and rolled back, and a model can be tied to the exact data it was trained on.',
    remediation: {
      text: 'Enable blob versioning (and the change feed for an ordered log of changes) on the blob service.',
      cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-versioning true --enable-change-feed true',
      terraform: 'resource "azurerm_storage_account" "sa" {\n  blob_properties {\n    versioning_enabled  = true\n    change_feed_enabled = true\n  }\n}',
      url: 'https://learn.microsoft.com/azure/storage/blobs/versioning-overview',
    },
    controls: { 'ms-ai-risk': ['5.2.3', '5.2.5', '5.3.2', '5.4.4'], 'a-mlsg': ['A-MLSG-002-D004', 'A-MLSG-002-D005'], 'mitre-atlas': ['AML.M0025', 'AML.M0014'] },
    references: { catalog: ['AZ-ST-07'], 'azure-policy': ['c36a325b-ae04-4863-ad4f-19c6678f8e08'], mcsb: ['BR-1'] },
    messages: {
      on: 'Storage account {{name}} keeps blob versions.',
      off: 'Storage account {{name}} does not keep blob versions.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'versioning', (v) => v, { pass: 'on', fail: 'off' });
  },
});
