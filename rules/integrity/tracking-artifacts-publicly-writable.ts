import { defineRule } from '../../src/engine/index.js';
import { judgeLinkedStorageWrite } from '../_lib/linked-storage.js';
import { detailOf } from '../_lib/raw.js';

export default defineRule({
  meta: {
    id: 'integrity/tracking-artifacts-publicly-writable',
    title: 'Experiment tracking server stores its artifacts where anyone can write',
    family: 'integrity',
    concern: 'tracking-artifacts-publicly-writable',
    severity: 'high',
    appliesTo: ['tracking-server'],
    rationale:
      'An MLflow tracking server keeps logged models, metrics and run artifacts in its artifact store, and models registered from runs (automatic model registration) are deployed from there; an artifact store that accepts anonymous writes lets anyone swap a logged model for a backdoored one before it is registered or deployed.',
    remediation: {
      text: 'Block anonymous access to the artifact store bucket and review recent run artifacts against their logged hashes; keep the store private to the tracking server’s role and the teams that log runs.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "mlflow" {\n  bucket                  = aws_s3_bucket.mlflow_artifacts.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-create-tracking-server.html',
    },
    references: { 'aws-securityhub': ['S3.3'], mcsb: ['NS-2', 'DP-2'] },
    messages: {
      writable: 'Tracking server {{name}} stores its artifacts in {{storage}}, which anyone can write.',
      protected: 'Tracking server {{name}} stores its artifacts where no anonymous writes are accepted.',
    },
  },
  evaluate(asset, ctx) {
    const verdict = judgeLinkedStorageWrite(asset, ctx, 'uses-storage', { fail: 'writable', pass: 'protected' });
    if (verdict) return verdict;
    // No artifact store edge: the record naming it was not read (a store is mandatory to create a server).
    return detailOf(asset, 'describe') ? ctx.notApplicable('the tracking server names no S3 artifact store') : ctx.unknown(['ArtifactStoreUri']);
  },
});
