import { defineRule } from '../../src/engine/index.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'rbac/ml-identity-admin-privilege',
    title: 'Identity or role used by ML workloads has administrator privilege',
    family: 'rbac',
    concern: 'ml-identity-admin-privilege',
    severity: 'critical',
    appliesTo: ['identity', 'role'],
    rationale:
      'Notebooks, training jobs and endpoints run arbitrary code (user notebooks, third-party packages, pickled models); an administrator identity behind them turns any code execution into control of the whole account or subscription.',
    remediation: {
      text: 'Replace administrator policies (AWS AdministratorAccess or "*:*", Azure Owner / Contributor / User Access Administrator) on ML execution roles and managed identities with scoped roles for the buckets, registries and services the workload needs.',
      cli: '# AWS\naws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\n# Azure\naz role assignment delete --assignee <principal-id> --role Owner --scope <scope>',
      terraform:
        'resource "aws_iam_role_policy_attachment" "sagemaker_scoped" {\n  role       = aws_iam_role.sagemaker_exec.name\n  policy_arn = aws_iam_policy.sagemaker_scoped.arn # not AdministratorAccess\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html',
    },
    references: {
      catalog: ['AWS-IAM-01', 'AZ-RBAC-02'],
      'aws-securityhub': ['IAM.1'],
      mcsb: ['PA-1', 'PA-7'],
      checkov: ['CKV_AWS_274', 'CKV_AWS_62'],
    },
    messages: {
      admin: 'ML {{kind}} {{name}} has administrator privilege.',
      notAdmin: 'ML {{kind}} {{name}} has {{privilege}} privilege, below administrator.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('privilege');
    if (gap) return gap;
    const privilege = asset.facts.privilege!;
    const evidence = { privilege, roleName: asset.facts.roleName };
    return privilege === 'admin'
      ? ctx.fail('admin', { evidence })
      : ctx.pass('notAdmin', { evidence, data: { privilege } });
  },
});
