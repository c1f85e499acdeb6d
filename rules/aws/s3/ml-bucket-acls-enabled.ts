import { providerRule } from '../../_lib/provider-rule.js';
import { detailOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/s3/ml-bucket-acls-enabled',
    title: 'Bucket holding ML data still honours object and bucket ACLs',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['storage'],
    rationale:
      'With ACLs enabled, any writer can grant access to individual objects (or hand ownership to another account) outside the bucket policy, so access to training data and model files can no longer be read from one place.',
    remediation: {
      text: 'Set Object Ownership to BucketOwnerEnforced, which disables ACLs.',
      cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
      terraform: 'resource "aws_s3_bucket_ownership_controls" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    },
    references: { 'aws-securityhub': ['S3.12'], catalog: ['AWS-S3-07'], checkov: ['CKV2_AWS_65'] },
    messages: {
      enabled: 'Bucket {{name}} has ACLs enabled (object ownership {{ownership}}).',
      disabled: 'Bucket {{name}} has ACLs disabled (BucketOwnerEnforced).',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::S3::Bucket'],
  evaluate(asset, ctx) {
    const controls = detailOf<{ OwnershipControls?: { Rules?: Array<{ ObjectOwnership?: string }> } }>(asset, 'ownership');
    if (controls === undefined) return ctx.unknown(['OwnershipControls']);
    const ownership = controls?.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? 'not set';
    const evidence = { ObjectOwnership: ownership };
    return ownership === 'BucketOwnerEnforced' ? ctx.pass('disabled', { evidence }) : ctx.fail('enabled', { evidence, data: { ownership } });
  },
});
