import { providerRule } from '../../_lib/provider-rule.js';
import { detailOf } from '../../_lib/raw.js';

type Pab = { BlockPublicAcls?: boolean; IgnorePublicAcls?: boolean; BlockPublicPolicy?: boolean; RestrictPublicBuckets?: boolean };
const FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

export default providerRule({
  meta: {
    id: 'aws/s3/ml-bucket-public-access-block-off',
    title: 'S3 Block Public Access is not fully on for a bucket holding ML data',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['storage'],
    rationale:
      'Block Public Access is the guard rail that keeps a mistaken ACL or bucket policy from publishing training data or model artifacts; with any of its four settings off at both account and bucket level, one wrong policy edit exposes the data or lets anyone poison it.',
    remediation: {
      text: 'Turn on all four Block Public Access settings for the account (preferred) or at least the ML bucket.',
      cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    references: { 'aws-securityhub': ['S3.1', 'S3.8'], catalog: ['AWS-S3-01'], checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'], cis: ['AWS 3.0.0 2.1.4'] },
    messages: {
      off: 'Bucket {{name}} is not covered by {{flags}} at account or bucket level.',
      on: 'Bucket {{name}} is covered by all four Block Public Access settings.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::S3::Bucket'],
  evaluate(asset, ctx) {
    const account = detailOf<Pab>(asset, 'accountPublicAccessBlock');
    const bucket = detailOf<{ PublicAccessBlockConfiguration?: Pab }>(asset, 'publicAccessBlock');
    const bucketPab = bucket === undefined ? undefined : (bucket?.PublicAccessBlockConfiguration ?? {});
    const accountPab = account === undefined ? undefined : (account ?? {});
    const missing = FLAGS.filter((f) => accountPab?.[f] !== true && bucketPab?.[f] !== true);
    const evidence = { account: accountPab ?? 'not read', bucket: bucketPab ?? 'not read' };
    if (missing.length === 0) return ctx.pass('on', { evidence });
    if (accountPab === undefined || bucketPab === undefined) {
      return ctx.unknown([accountPab === undefined ? 'account public access block' : 'bucket public access block'], { evidence });
    }
    return ctx.fail('off', { evidence, data: { flags: missing.join(', ') } });
  },
});
