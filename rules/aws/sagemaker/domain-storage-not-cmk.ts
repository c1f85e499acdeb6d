import type { Domain } from '../_lib/shapes.js';
import { awsRule, describeOf } from '../_lib/aws-rule.js';
import { singleKeyVerdict } from '../_lib/keys.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/domain-storage-not-cmk',
    title: 'SageMaker Studio domain storage is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['workspace'],
    rationale:
      'The domain EFS volume and shared spaces hold every user\'s notebooks, data extracts and outputs; a customer-managed key lets you control and audit decryption and revoke it.',
    remediation: {
      text: 'Create the domain with KmsKeyId set to a customer-managed key (it cannot be changed on an existing domain).',
      terraform: 'resource "aws_sagemaker_domain" "d" {\n  kms_key_id = aws_kms_key.ml.arn\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html',
    },
    controls: { 'ms-ai-risk': ['5.2.3'], 'mitre-atlas': ['AML.M0012', 'AML.M0005'] },
    references: { catalog: ['AWS-SM-DOM-02'], checkov: ['CKV_AWS_187'] },
    messages: {
      noKey: 'Studio domain {{name}} storage is encrypted with an AWS-managed key.',
      awsManaged: 'Studio domain {{name}} names KMS key {{key}}, which is AWS-managed.',
      cmk: 'Studio domain {{name}} storage is encrypted with customer-managed key {{key}}.',
    },
  },
  nativeTypes: ['AWS::SageMaker::Domain'],
  evaluate(asset, ctx) {
    const d = describeOf<Domain>(asset);
    if (!d) return ctx.unknown(['KmsKeyId']);
    return singleKeyVerdict(ctx, asset, d.KmsKeyId);
  },
});
