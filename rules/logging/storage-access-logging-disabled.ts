import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'logging/storage-access-logging-disabled',
    title: 'Access logging is off on storage used by ML',
    family: 'logging',
    concern: 'storage-access-logging-disabled',
    severity: 'medium',
    appliesTo: ['storage'],
    rationale:
      'Access logs on training-data and model storage are the only record of who read, changed or deleted the data a model learns from; without them, poisoning and theft cannot be traced.',
    remediation: {
      text: 'AWS: enable S3 server access logging to a separate log bucket. Azure: add a diagnostic setting on the blob service for StorageRead, StorageWrite and StorageDelete.',
      cli: "# AWS\naws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status '{\"LoggingEnabled\":{\"TargetBucket\":\"<log-bucket>\",\"TargetPrefix\":\"<bucket>/\"}}'\n# Azure\naz monitor diagnostic-settings create --name blob-audit --resource <storage-account-id>/blobServices/default --workspace <log-analytics-workspace-id> --logs '[{\"category\":\"StorageRead\",\"enabled\":true},{\"category\":\"StorageWrite\",\"enabled\":true},{\"category\":\"StorageDelete\",\"enabled\":true}]'",
      terraform:
        'resource "aws_s3_bucket_logging" "ml" {\n  bucket        = aws_s3_bucket.ml.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "ml/"\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    },
    references: {
      catalog: ['AWS-S3-05', 'AZ-ST-10'],
      'aws-securityhub': ['S3.9'],
      'azure-policy': ['b4fe1a3b-0715-4c6c-a5ea-ffc33cf823cb'],
      mcsb: ['LT-3'],
      checkov: ['CKV_AWS_18'],
    },
    messages: {
      off: 'Storage {{name}} used by ML does not log access.',
      on: 'Storage {{name}} used by ML logs access.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'loggingEnabled', true, { pass: 'on', fail: 'off' }),
});
