import { defineRule } from '../../src/engine/index.js';
import { usedByMl } from '../../src/model/index.js';
import { publicDataState } from '../_lib/public-data.js';

export default defineRule({
  meta: {
    id: 'exposure/storage-public-access',
    title: 'Storage used by ML can be read or written anonymously',
    family: 'exposure',
    concern: 'storage-public-access',
    severity: 'critical',
    appliesTo: ['storage'],
    rationale:
      'Anonymous read leaks training data and model artifacts (intellectual property, personal data); anonymous write lets anyone poison training data or swap a model artifact, which then reaches production through the normal pipeline.',
    remediation: {
      text: 'AWS: turn on S3 Block Public Access for the bucket and the account and remove public ACLs and policy statements with Principal "*". Azure: disallow anonymous blob access on the storage account and set every container to private.',
      cli: '# AWS\naws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\n# Azure\naz storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
      terraform:
        '# AWS\nresource "aws_s3_bucket_public_access_block" "ml" {\n  bucket                  = aws_s3_bucket.ml.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n# Azure\nresource "azurerm_storage_account" "ml" {\n  allow_nested_items_to_be_public = false\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    references: {
      catalog: ['AZ-ST-01', 'AWS-S3-01'],
      'aws-securityhub': ['S3.2', 'S3.3', 'S3.8'],
      'azure-policy': ['4fa4b6c0-31ca-4c0d-b10d-24b96f62a751'],
      mcsb: ['NS-2', 'DP-2'],
      checkov: ['CKV_AZURE_190', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
    },
    messages: {
      public: 'Storage {{name}} used by ML is {{exposure}} by anyone on the internet.',
      private: 'Storage {{name}} used by ML allows no anonymous read or write.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const { publicRead, publicWrite } = asset.facts;
    const evidence = { publicRead, publicWrite };
    const seen = publicDataState(asset);
    if (seen.state === 'public') return ctx.fail('public', { evidence, data: { exposure: seen.exposure } });
    if (seen.state === 'unknown') return ctx.unknown(seen.missing, { evidence });
    return ctx.pass('private', { evidence });
  },
});
