import { defineRule } from '../../src/engine/index.js';
import { usedByMl } from '../../src/model/index.js';
import { messageList } from '../_lib/message-list.js';

export default defineRule({
  meta: {
    id: 'rbac/ml-identity-wildcard-actions',
    title: 'Identity or role used by ML workloads is granted wildcard actions',
    family: 'rbac',
    concern: 'ml-identity-wildcard-actions',
    severity: 'high',
    appliesTo: ['identity', 'role'],
    rationale:
      'Wildcards such as s3:* or sagemaker:* let a compromised notebook or training job delete buckets, overwrite other teams\' training data and models, or create new endpoints; listing the actions the workload needs bounds the damage.',
    remediation: {
      text: 'Replace wildcard actions with the specific actions the workload uses (IAM Access Analyzer policy generation or Azure activity logs show them), scoped to the ML resources.',
      cli: '# AWS\naws iam put-role-policy --role-name <role> --policy-name <policy> --policy-document file://least-privilege.json\n# Azure\naz role definition update --role-definition @least-privilege-role.json',
      terraform:
        'data "aws_iam_policy_document" "train" {\n  statement {\n    actions   = ["s3:GetObject", "s3:ListBucket"]\n    resources = [aws_s3_bucket.training.arn, "${aws_s3_bucket.training.arn}/*"]\n  }\n}',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html',
    },
    references: {
      catalog: ['AWS-IAM-02', 'AZ-RBAC-04'],
      'aws-securityhub': ['IAM.21'],
      'azure-policy': ['a451c1ef-c6ca-483d-87ed-f49761e3ffb5'],
      mcsb: ['PA-7'],
      checkov: ['CKV_AWS_288', 'CKV_AWS_290', 'CKV_AZURE_39'],
    },
    messages: {
      wildcard: 'ML {{kind}} {{name}} is granted wildcard actions: {{actions}}.',
      explicit: 'ML {{kind}} {{name}} is granted no wildcard actions.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('wildcardActions');
    if (gap) return gap;
    const actions = asset.facts.wildcardActions!;
    const evidence = { wildcardActions: actions };
    return actions.length > 0
      ? ctx.fail('wildcard', { evidence, data: { actions: messageList(actions) } })
      : ctx.pass('explicit', { evidence });
  },
});
