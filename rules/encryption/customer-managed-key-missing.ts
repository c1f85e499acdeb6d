import { defineRule } from '../../src/engine/index.js';
import { isMlAsset, usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'encryption/customer-managed-key-missing',
    title: 'ML data at rest is not encrypted with a customer-managed key',
    family: 'encryption',
    concern: 'customer-managed-key-missing',
    severity: 'medium',
    appliesTo: ['workspace', 'storage', 'notebook', 'training-job', 'ml-job', 'endpoint', 'feature-store', 'model-card', 'ai-service'],
    rationale:
      'With a customer-managed key the organisation controls who can decrypt training data, model artifacts and notebook volumes, sees every use of the key in its audit log, and can revoke access by disabling the key; platform keys give none of that.',
    remediation: {
      text: 'Encrypt with a customer-managed key: AWS KMS key on notebooks (KmsKeyId), training, tuning, AutoML, processing and transform jobs (the volume KmsKeyId and the output KmsKeyId), compilation jobs (OutputConfig.KmsKeyId), model cards (SecurityConfig.KmsKeyId, set at creation), endpoint configs and S3 default encryption (SSE-KMS); Azure Key Vault key on the workspace (set at creation) and the storage account.',
      cli: "# AWS S3\naws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration '{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"<key-arn>\"},\"BucketKeyEnabled\":true}]}'\n# Azure storage\naz storage account update --name <account> --resource-group <rg> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key>",
      terraform:
        'resource "aws_sagemaker_notebook_instance" "nb" {\n  kms_key_id = aws_kms_key.ml.arn\n}\nresource "azurerm_machine_learning_workspace" "ws" {\n  encryption {\n    key_vault_id = azurerm_key_vault.ml.id\n    key_id       = azurerm_key_vault_key.ml.id\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys',
    },
    references: {
      catalog: ['AZ-ML-WS-04', 'AZ-ST-09', 'AWS-SM-NB-04', 'AWS-SM-TRN-04', 'AWS-SM-EP-01', 'AWS-SM-FS-01', 'AWS-S3-03', 'AWS-SM-DOM-02'],
      'aws-securityhub': ['S3.17'],
      'azure-policy': ['ba769a63-b8cc-4b2d-abf6-ac33c7204be8', '6fac406b-40ca-413b-bf8e-0bf964659c25', '7f40cee6-e933-4d0f-a782-b96615e0f4a6', '67121cc7-ff39-4ab8-b7e3-95b84dab487d'],
      mcsb: ['DP-5'],
      checkov: ['CKV_AWS_22', 'CKV_AWS_98', 'CKV2_AZURE_1', 'CKV_AWS_187'],
      'aws-config': ['sagemaker-notebook-instance-kms-key-configured', 'sagemaker-featuregroup-online-store-encryption'],
      prowler: ['sagemaker_training_jobs_volume_and_output_encryption_enabled'],
    },
    messages: {
      unencrypted: 'ML {{kind}} {{name}} stores data without encryption at rest.',
      platformKey: 'ML {{kind}} {{name}} is encrypted only with a platform-managed key.',
      customerKey: 'ML {{kind}} {{name}} is encrypted with a customer-managed key.',
    },
  },
  applies: (asset, graph) => isMlAsset(asset) || usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('encryption');
    if (gap) return gap;
    const { encryption, encryptionKeyId } = asset.facts;
    const evidence = { encryption, encryptionKeyId };
    if (encryption === 'cmk') return ctx.pass('customerKey', { evidence });
    return ctx.fail(encryption === 'none' ? 'unencrypted' : 'platformKey', { evidence });
  },
});
