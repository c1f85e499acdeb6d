import { providerRule } from '../../_lib/provider-rule.js';
import { judgeLinkedStorageWrite } from '../../_lib/linked-storage.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/hyperpod-lifecycle-source-publicly-writable',
    title: 'HyperPod cluster runs lifecycle scripts from a bucket anyone can write',
    family: 'integrity',
    severity: 'critical',
    appliesTo: ['compute'],
    rationale:
      'Every HyperPod node downloads its instance group’s lifecycle scripts from LifeCycleConfig.SourceS3Uri and runs them as root, on creation and on every replacement; when that bucket accepts anonymous writes, anyone can run code on every node, with the execution role’s access to training data, checkpoints and models.',
    remediation: {
      text: 'Block public access on the bucket holding the lifecycle scripts, compare the scripts with the reviewed version, and keep them where only the platform team can write (versioned, ideally Object Lock).',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "lifecycle" {\n  bucket                  = aws_s3_bucket.lifecycle.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-lifecycle-best-practices.html',
    },
    references: { 'aws-securityhub': ['S3.3'], mcsb: ['NS-2'] },
    messages: {
      writable: 'HyperPod cluster {{name}} runs lifecycle scripts from bucket {{storage}}, which anyone can write.',
      protected: 'HyperPod cluster {{name}} runs lifecycle scripts only from buckets that accept no anonymous writes.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Cluster'],
  evaluate(asset, ctx) {
    if (!describeOf(asset)) return ctx.unknown(['InstanceGroups']);
    return judgeLinkedStorageWrite(asset, ctx, 'runs-script', { fail: 'writable', pass: 'protected' }) ?? ctx.notApplicable('no instance group names an S3 lifecycle script location');
  },
});
