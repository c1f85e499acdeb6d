import { providerRule } from '../../_lib/provider-rule.js';
import { asList, grants } from '../_lib/policy.js';
import { usedByMl } from '../../../src/model/index.js';
import { rolePolicies } from '../_lib/roles.js';

export default providerRule({
  meta: {
    id: 'aws/iam/execution-role-s3-full-access',
    title: 'SageMaker execution role may write to every S3 bucket',
    family: 'rbac',
    severity: 'high',
    appliesTo: ['role'],
    rationale:
      'Training and inference code runs with the execution role; write access to every bucket lets one compromised job or notebook poison other teams\' training data, overwrite model artifacts or exfiltrate to any bucket.',
    remediation: {
      text: 'Replace AmazonS3FullAccess and s3:* / s3:Put* on * with statements scoped to the job\'s input prefixes (read) and output prefix (write).',
      cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html',
    },
    references: { 'aws-securityhub': ['IAM.21'], catalog: ['AWS-IAM-02'], checkov: ['CKV_AWS_288', 'CKV_AWS_290'] },
    messages: {
      broad: 'Execution role {{name}} may write to every bucket ({{how}}).',
      scoped: 'Execution role {{name}} has no S3 write access on every bucket.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::IAM::Role'],
  applies: (asset, graph) => usedByMl(asset, graph, ['assumes']),
  evaluate(asset, ctx) {
    const p = rolePolicies(asset);
    if (!p) return ctx.unknown(['role policies']);
    const how: string[] = p.attached.filter((a) => /:policy\/AmazonS3FullAccess$/.test(a)).map((a) => a.split('/').pop()!);
    for (const st of p.statements) {
      if (st.Effect !== 'Allow') continue;
      const everywhere = asList(st.Resource).some((r) => r === '*' || r === 'arn:aws:s3:::*' || r === 'arn:aws:s3:::*/*');
      if (everywhere && grants(asList(st.Action), 's3:PutObject')) how.push(`${asList(st.Action).join(' ')} on ${asList(st.Resource).join(' ')}`);
    }
    const evidence = { grants: how };
    if (how.length) return ctx.fail('broad', { evidence, data: { how: how.join('; ') } });
    return p.complete ? ctx.pass('scoped', { evidence }) : ctx.unknown(['role policies'], { evidence });
  },
});
