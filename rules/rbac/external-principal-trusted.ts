import { defineRule } from '../../src/engine/index.js';
import { isMlAsset, usedByMl } from '../../src/model/index.js';
import { messageList } from '../_lib/message-list.js';

export default defineRule({
  meta: {
    id: 'rbac/external-principal-trusted',
    title: 'ML role, registry or storage trusts principals outside the organisation',
    family: 'rbac',
    concern: 'external-principal-trusted',
    severity: 'high',
    appliesTo: ['role', 'identity', 'model-registry', 'storage'],
    rationale:
      'A trust or resource policy naming another account, another tenant or everyone ("*") lets outsiders assume ML execution roles, pull or replace registered models, or write training data, without any account of theirs in your directory.',
    remediation: {
      text: 'Remove external account ids, foreign tenants and "*" from role trust policies and from model registry and bucket resource policies; where sharing is intended, name the exact principals and add aws:PrincipalOrgID or an ExternalId condition.',
      cli: '# AWS role trust policy\naws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json\n# AWS model package group policy\naws sagemaker delete-model-package-group-policy --model-package-group-name <group>',
      terraform:
        'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["sagemaker.amazonaws.com"]\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings.html',
    },
    references: {
      catalog: ['AWS-SM-REG-02', 'AWS-S3-07'],
      'aws-securityhub': ['S3.6'],
      mcsb: ['PA-7'],
      checkov: ['CKV_AWS_70'],
    },
    messages: {
      everyone: 'ML {{kind}} {{name}} trusts every principal ("*").',
      external: 'ML {{kind}} {{name}} trusts principals outside the organisation: {{principals}}.',
      internal: 'ML {{kind}} {{name}} trusts no principal outside the organisation.',
    },
  },
  applies: (asset, graph) => isMlAsset(asset) || usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('externalPrincipals');
    if (gap) return gap;
    const principals = asset.facts.externalPrincipals!;
    const evidence = { externalPrincipals: principals };
    if (principals.includes('*')) return ctx.fail('everyone', { evidence });
    if (principals.length > 0) return ctx.fail('external', { evidence, data: { principals: messageList(principals) } });
    return ctx.pass('internal', { evidence });
  },
});
