import type { EndpointConfig } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/endpoint-data-capture-incomplete',
    title: 'SageMaker endpoint data capture misses requests or responses, or is not encrypted',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['deployment'],
    rationale:
      'Captured inference traffic is the audit trail for model abuse (extraction, evasion probing); it needs both inputs and outputs to be useful, and it holds user data, so it must be encrypted with a customer key.',
    remediation: {
      text: 'Capture Input and Output with a sampling percentage above zero and a KmsKeyId, to a private, versioned bucket.',
      terraform: 'resource "aws_sagemaker_endpoint_configuration" "ec" {\n  data_capture_config {\n    enable_capture              = true\n    initial_sampling_percentage = 100\n    destination_s3_uri          = "s3://<capture-bucket>/capture"\n    kms_key_id                  = aws_kms_key.ml.arn\n    capture_options { capture_mode = "Input" }\n    capture_options { capture_mode = "Output" }\n  }\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture.html',
    },
    references: { catalog: ['AWS-SM-EP-02'] },
    messages: {
      off: 'Endpoint configuration {{name}} does not capture inference data.',
      partial: 'Endpoint configuration {{name}} captures inference data without {{missing}}.',
      complete: 'Endpoint configuration {{name}} captures requests and responses, encrypted.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::EndpointConfig'],
  evaluate(asset, ctx) {
    const d = describeOf<EndpointConfig>(asset);
    if (!d) return ctx.unknown(['DataCaptureConfig']);
    const c = d.DataCaptureConfig;
    const evidence = { DataCaptureConfig: c ?? null };
    if (!c || c.EnableCapture === false) return ctx.fail('off', { evidence });
    const modes = new Set((c.CaptureOptions ?? []).map((o) => o.CaptureMode));
    const missing = [
      !modes.has('Input') && 'request capture',
      !modes.has('Output') && 'response capture',
      !((c.InitialSamplingPercentage ?? 0) > 0) && 'a sampling percentage above zero',
      !c.KmsKeyId && 'a KMS key',
    ].filter((m): m is string => typeof m === 'string');
    return missing.length ? ctx.fail('partial', { evidence, data: { missing: missing.join(', ') } }) : ctx.pass('complete', { evidence });
  },
});
