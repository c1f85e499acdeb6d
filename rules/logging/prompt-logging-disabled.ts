import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'logging/prompt-logging-disabled',
    title: 'Prompts and completions of generative-model invocations are not logged',
    family: 'logging',
    concern: 'prompt-logging-disabled',
    severity: 'medium',
    // Only Bedrock's invocation-logging configuration carries the fact today; Azure diagnostic logs do
    // not record prompt text, so Azure AI services are judged by logging/ai-service-logging-disabled.
    appliesTo: ['log-sink'],
    rationale:
      'Without the text of prompts and completions, a jailbreak, a prompt injection or a data leak through the model cannot be investigated or even noticed: metrics show that the model was called, not what it was asked or said.',
    remediation: {
      text: 'AWS: turn on Bedrock model invocation logging in every region used, with text data delivery, to an S3 bucket and/or CloudWatch log group.',
      cli: '# AWS\naws bedrock put-model-invocation-logging-configuration --logging-config \'{"s3Config":{"bucketName":"<bucket>","keyPrefix":"bedrock/"},"textDataDeliveryEnabled":true}\'',
      terraform: 'resource "aws_bedrock_model_invocation_logging_configuration" "this" {\n  logging_config {\n    text_data_delivery_enabled = true\n    s3_config {\n      bucket_name = aws_s3_bucket.logs.id\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html',
    },
    references: { prowler: ['bedrock_model_invocation_logging_enabled'] },
    messages: {
      off: '{{name}}: prompts and completions are not logged.',
      on: '{{name}}: prompts and completions are logged.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'promptLoggingEnabled', true, { pass: 'on', fail: 'off' }),
});
