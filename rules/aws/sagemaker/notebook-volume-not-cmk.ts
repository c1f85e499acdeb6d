import type { NotebookInstance } from '../_lib/shapes.js';
import { awsRule, describeOf } from '../_lib/aws-rule.js';
import { singleKeyVerdict } from '../_lib/keys.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/notebook-volume-not-cmk',
    title: 'SageMaker notebook storage volume is not encrypted with a customer-managed KMS key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['notebook'],
    rationale:
      'The notebook volume holds copies of training data, credentials cached by users and model files; with a customer-managed key you control who can decrypt it, can revoke access and see every use in CloudTrail.',
    remediation: {
      text: 'Recreate the notebook instance with KmsKeyId set to a customer-managed key.',
      terraform: 'resource "aws_sagemaker_notebook_instance" "nb" {\n  kms_key_id = aws_kms_key.ml.arn\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
    },
    controls: { 'ms-ai-risk': ['5.2.3'], 'mitre-atlas': ['AML.M0012'] },
    references: { 'aws-config': ['sagemaker-notebook-instance-kms-key-configured'], catalog: ['AWS-SM-NB-04'], checkov: ['CKV_AWS_22', 'CKV_AWS_187'] },
    messages: {
      noKey: 'Notebook instance {{name}} encrypts its volume with an AWS-managed key.',
      awsManaged: 'Notebook instance {{name}} names KMS key {{key}}, which is AWS-managed.',
      cmk: 'Notebook instance {{name}} encrypts its volume with customer-managed key {{key}}.',
    },
  },
  nativeTypes: ['AWS::SageMaker::NotebookInstance'],
  evaluate(asset, ctx) {
    const d = describeOf<NotebookInstance>(asset);
    if (!d) return ctx.unknown(['KmsKeyId']);
    return singleKeyVerdict(ctx, asset, d.KmsKeyId);
  },
});
