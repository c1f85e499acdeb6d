import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'versioning/storage-versioning-disabled',
    title: 'Versioning is off on storage that holds training data or models',
    family: 'versioning',
    concern: 'storage-versioning-disabled',
    severity: 'high',
    appliesTo: ['storage'],
    rationale:
      'Without object versioning a poisoned or overwritten training file or model artifact replaces the original for good: there is no way to compare, roll back or prove which bytes a model was trained on. Generic benchmarks rate this low; for ML data it is what makes poisoning recoverable.',
    remediation: {
      text: 'AWS: enable bucket versioning (and MFA Delete where the account allows). Azure: enable blob versioning and the change feed on the storage account.',
      cli: '# AWS\naws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled\n# Azure\naz storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-versioning true --enable-change-feed true',
      terraform:
        'resource "aws_s3_bucket_versioning" "ml" {\n  bucket = aws_s3_bucket.ml.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\nresource "azurerm_storage_account" "ml" {\n  blob_properties {\n    versioning_enabled  = true\n    change_feed_enabled = true\n  }\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    },
    references: {
      catalog: ['AWS-S3-02', 'AZ-ST-07'],
      'aws-securityhub': ['S3.14'],
      'azure-policy': ['c36a325b-ae04-4863-ad4f-19c6678f8e08'],
      mcsb: ['BR-1'],
      checkov: ['CKV_AWS_21'],
    },
    messages: {
      off: 'Storage {{name}} used by ML keeps no previous versions of objects.',
      on: 'Storage {{name}} used by ML keeps previous versions of objects.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'versioning', true, { pass: 'on', fail: 'off' }),
});
