import { providerRule } from '../../_lib/provider-rule.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'aws/ecr/repository-not-kms-encrypted',
    title: 'ECR repository of ML images is not encrypted with a customer-managed KMS key',
    family: 'encryption',
    severity: 'low',
    appliesTo: ['container-registry'],
    rationale:
      'Inference and training images often carry model weights and proprietary code; a customer-managed key keeps their decryption under your control and in your audit trail.',
    remediation: {
      text: 'Create the repository with encryptionType KMS and a customer-managed key (set at creation; re-push the images to a new repository).',
      terraform: 'resource "aws_ecr_repository" "r" {\n  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ml.arn\n  }\n}',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
    },
    references: { checkov: ['CKV_AWS_136'], catalog: ['AWS-SM-MDL-03'] },
    messages: {
      platform: 'Repository {{name}} is encrypted with an AWS-managed key.',
      cmk: 'Repository {{name}} is encrypted with a customer-managed key.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::ECR::Repository'],
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'encryption', (e) => e === 'cmk', { pass: 'cmk', fail: 'platform' }),
});
