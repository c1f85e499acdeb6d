import { judgeFact } from '../../_lib/verdicts.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { AGENT, CUSTOM_MODEL, DATA_SOURCE, GUARDRAIL } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/resource-not-cmk',
    title: 'Bedrock custom or imported model, guardrail, agent, data source or evaluation job is not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['model', 'guardrail', 'agent', 'datastore', 'monitoring'],
    rationale:
      'Custom model weights (which memorise their training data), guardrail policies, agent sessions, ingested document chunks and evaluation results are encrypted with an AWS-owned key unless a customer-managed key is named; only your own key lets you audit every decryption and revoke access to the data by disabling it.',
    remediation: {
      text: 'Name a customer-managed KMS key when creating the resource (customModelKmsKeyId of the customization job, kmsKeyId of the guardrail, customerEncryptionKeyArn of the agent, serverSideEncryptionConfiguration of the data source, customerEncryptionKeyId of the evaluation job); custom models must be re-created to change it.',
      cli: 'aws bedrock-agent update-agent --agent-id <id> --agent-name <name> --agent-resource-role-arn <role> --foundation-model <model> --customer-encryption-key-arn <key-arn>',
      terraform: 'resource "aws_bedrockagent_agent" "a" {\n  customer_encryption_key_arn = aws_kms_key.genai.arn\n}\nresource "aws_bedrock_guardrail" "g" {\n  kms_key_arn = aws_kms_key.genai.arn\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/data-encryption.html',
    },
    references: {
      'aws-securityhub': ['Bedrock.1'],
      checkov: ['CKV_AWS_373'],
      prowler: ['bedrock_custom_model_encrypted_with_cmk', 'bedrock_imported_model_encrypted_with_cmk', 'bedrock_knowledge_base_encrypted_with_cmk'],
    },
    messages: {
      notCmk: '{{name}} is encrypted with an AWS-owned or AWS-managed key.',
      cmk: '{{name}} is encrypted with a customer-managed key.',
    },
  },
  provider: 'aws',
  nativeTypes: [CUSTOM_MODEL, 'AWS::Bedrock::ImportedModel', GUARDRAIL, AGENT, DATA_SOURCE, 'AWS::Bedrock::EvaluationJob'],
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'encryption', (value) => value === 'cmk', { pass: 'cmk', fail: 'notCmk' }),
});
