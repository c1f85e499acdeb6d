import { providerRule } from '../../_lib/provider-rule.js';
import { detailOf } from '../../_lib/raw.js';
import { asList, grants, principalsOf, statementsOf } from '../_lib/policy.js';

const WRITE = ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutBucketPolicy', 's3:PutBucketAcl', 's3:PutObjectAcl'];

export default providerRule({
  meta: {
    id: 'aws/s3/ml-bucket-cross-account-write',
    title: 'Bucket policy lets other accounts write or delete ML data',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['storage'],
    rationale:
      'Write access for principals outside the account lets a partner, a compromised vendor account or anyone (Principal *) replace training samples or model artifacts: data poisoning and model tampering without touching your account.',
    remediation: {
      text: 'Remove write and delete actions granted to other accounts or to *, or scope them with aws:PrincipalOrgID and a narrow prefix.',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    },
    references: { 'aws-securityhub': ['S3.6'], catalog: ['AWS-S3-07'], checkov: ['CKV_AWS_70'] },
    messages: {
      open: 'Bucket {{name}} lets {{principals}} write or delete objects.',
      closed: 'Bucket {{name}} grants write access to no other account.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::S3::Bucket'],
  evaluate(asset, ctx) {
    const policy = detailOf<{ Policy?: string }>(asset, 'policy');
    if (policy === undefined) return ctx.unknown(['bucket policy']);
    const statements = policy === null ? [] : statementsOf(policy.Policy);
    if (!statements) return ctx.unknown(['bucket policy']);
    const outside = new Set<string>();
    for (const st of statements) {
      if (st.Effect !== 'Allow') continue;
      if (!WRITE.some((a) => grants(asList(st.Action), a))) continue;
      const scoped = /aws:(PrincipalOrgID|SourceAccount|PrincipalAccount)/i.test(JSON.stringify(st.Condition ?? {}));
      for (const p of principalsOf(st)) {
        const account = p === '*' ? '*' : (/^(\d{12})$/.exec(p)?.[1] ?? /::(\d{12}):/.exec(p)?.[1]);
        if (account && account !== asset.account && !(account === '*' && scoped)) outside.add(account);
      }
    }
    const evidence = { writers: [...outside].sort() };
    return outside.size ? ctx.fail('open', { evidence, data: { principals: evidence.writers.join(', ') } }) : ctx.pass('closed', { evidence });
  },
});
