import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { isMlAsset, usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'encryption/transit-encryption-not-enforced',
    title: 'Encryption in transit is not enforced for ML storage or training traffic',
    family: 'encryption',
    concern: 'transit-encryption-not-enforced',
    severity: 'medium',
    appliesTo: ['storage', 'training-job', 'ml-job'],
    rationale:
      'Storage that still accepts plain HTTP, and distributed training that passes gradients and data between nodes unencrypted, expose training data and model parameters to anyone on the network path.',
    remediation: {
      text: 'Azure storage: require secure transfer (HTTPS only). AWS S3: deny requests where aws:SecureTransport is false in the bucket policy. SageMaker training, tuning, AutoML and processing jobs: enable inter-container traffic encryption.',
      cli: '# Azure\naz storage account update --name <account> --resource-group <rg> --https-only true\n# AWS training job\naws sagemaker create-training-job --training-job-name <job> --enable-inter-container-traffic-encryption <other-options>',
      terraform:
        'resource "azurerm_storage_account" "ml" {\n  https_traffic_only_enabled = true\n}\ndata "aws_iam_policy_document" "tls_only" {\n  statement {\n    effect    = "Deny"\n    actions   = ["s3:*"]\n    resources = [aws_s3_bucket.ml.arn, "${aws_s3_bucket.ml.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    },
    references: {
      catalog: ['AWS-S3-04', 'AZ-ST-05', 'AWS-SM-TRN-02'],
      'aws-securityhub': ['S3.5'],
      'azure-policy': ['404c3081-a854-4457-ae30-26a93ef643f9', 'fe83a0eb-a853-422d-aac2-1bffd182c5d0'],
      mcsb: ['DP-3'],
      checkov: ['CKV_AZURE_3', 'CKV_AZURE_44'],
      prowler: ['sagemaker_training_jobs_intercontainer_encryption_enabled'],
    },
    messages: {
      plaintext: 'ML {{kind}} {{name}} does not enforce encryption in transit.',
      enforced: 'ML {{kind}} {{name}} enforces encryption in transit.',
    },
  },
  applies: (asset, graph) => isMlAsset(asset) || usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'transitEncryption', true, { pass: 'enforced', fail: 'plaintext' }),
});
