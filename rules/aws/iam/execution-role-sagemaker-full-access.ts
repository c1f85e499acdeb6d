import { providerRule } from '../../_lib/provider-rule.js';
import { asList, grants } from '../_lib/policy.js';
import { usedByMl } from '../../../src/model/index.js';
import { rolePolicies } from '../_lib/roles.js';

export default providerRule({
  meta: {
    id: 'aws/iam/execution-role-sagemaker-full-access',
    title: 'SageMaker execution role holds full SageMaker access',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['role'],
    rationale:
      'A job or notebook that can call every SageMaker API can create presigned URLs into other users\' Studio spaces, redeploy endpoints with its own model, approve model packages and pass its role on: one compromised workload controls the whole ML estate.',
    remediation: {
      text: 'Replace AmazonSageMakerFullAccess and sagemaker:* on * on execution roles with the few actions and resources the workload needs.',
      cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security-iam-awsmanpol.html',
    },
    references: { 'aws-securityhub': ['IAM.21'], catalog: ['AWS-IAM-01'], checkov: ['CKV2_AWS_68'] },
    messages: {
      full: 'Execution role {{name}} holds full SageMaker access ({{how}}).',
      scoped: 'Execution role {{name}} holds no SageMaker-wide wildcard.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::IAM::Role'],
  applies: (asset, graph) => usedByMl(asset, graph, ['assumes']),
  evaluate(asset, ctx) {
    const p = rolePolicies(asset);
    if (!p) return ctx.unknown(['role policies']);
    const how: string[] = p.attached.filter((a) => /:policy\/AmazonSageMakerFullAccess$/.test(a)).map((a) => a.split('/').pop()!);
    for (const st of p.statements) {
      if (st.Effect !== 'Allow' || !asList(st.Resource).includes('*')) continue;
      const actions = asList(st.Action);
      if (actions.some((a) => a === 'sagemaker:*') || (grants(actions, 'sagemaker:CreatePresignedDomainUrl') && grants(actions, 'sagemaker:UpdateEndpoint') && grants(actions, 'sagemaker:UpdateModelPackage'))) {
        how.push(`${actions.join(' ')} on *`);
      }
    }
    const evidence = { grants: how };
    if (how.length) return ctx.fail('full', { evidence, data: { how: how.join('; ') } });
    return p.complete ? ctx.pass('scoped', { evidence }) : ctx.unknown(['role policies'], { evidence });
  },
});
