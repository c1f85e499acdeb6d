import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { isServingRoot } from '../_lib/serving.js';
import { messageList } from '../_lib/message-list.js';

export default defineRule({
  meta: {
    id: 'logging/endpoint-data-capture-disabled',
    title: 'Inference requests and responses are not captured',
    family: 'logging',
    concern: 'endpoint-data-capture-disabled',
    severity: 'medium',
    appliesTo: ['endpoint', 'deployment'],
    rationale:
      'Captured inputs and outputs are the evidence needed to spot adversarial inputs, drift and model misuse, and to reconstruct what a model answered when an incident is reported.',
    remediation: {
      text: 'AWS: create an endpoint configuration with DataCaptureConfig enabled (input and output, encrypted with KMS) and update the endpoint to it. Azure: enable model data collection (data_collector) on the online deployment.',
      cli: "aws sagemaker create-endpoint-config --endpoint-config-name <config> --production-variants file://variants.json --data-capture-config '{\"EnableCapture\":true,\"InitialSamplingPercentage\":100,\"DestinationS3Uri\":\"s3://<bucket>/capture\",\"KmsKeyId\":\"<key-arn>\",\"CaptureOptions\":[{\"CaptureMode\":\"Input\"},{\"CaptureMode\":\"Output\"}]}'",
      terraform:
        'resource "aws_sagemaker_endpoint_configuration" "ep" {\n  data_capture_config {\n    enable_capture              = true\n    initial_sampling_percentage = 100\n    destination_s3_uri          = "s3://${aws_s3_bucket.capture.bucket}/capture"\n    kms_key_id                  = aws_kms_key.ml.arn\n    capture_options {\n      capture_mode = "Input"\n    }\n    capture_options {\n      capture_mode = "Output"\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture.html',
    },
    references: { catalog: ['AWS-SM-EP-02'], mcsb: ['LT-3'] },
    messages: {
      off: 'ML {{kind}} {{name}} does not capture inference requests and responses.',
      deploymentOff: 'Endpoint {{name}} has deployments that do not capture inference data: {{deployments}}.',
      on: 'ML {{kind}} {{name}} captures inference requests and responses.',
    },
  },
  // Azure collects data per deployment, SageMaker per endpoint: judge the endpoint, through its
  // deployments when it has no setting of its own, and judge only deployments no endpoint holds.
  applies: (asset, graph) => isServingRoot(asset, graph),
  evaluate(asset, ctx) {
    const deployments = ctx.graph.targets(asset.id, 'contains').filter((d) => d.kind === 'deployment');
    const evidence = { deployments: Object.fromEntries(deployments.map((d) => [d.id, d.facts.dataCapture ?? null])) };
    const notCapturing = deployments.filter((d) => d.facts.dataCapture === false);
    // First: the Azure provider sets an endpoint's own dataCapture true when any one deployment collects.
    if (notCapturing.length > 0) {
      return ctx.fail('deploymentOff', { evidence, data: { deployments: messageList(notCapturing.map((d) => d.name)) } });
    }
    if (asset.facts.dataCapture !== undefined) {
      return judgeFact(asset, ctx, 'dataCapture', true, { pass: 'on', fail: 'off' });
    }
    if (deployments.length > 0 && deployments.every((d) => d.facts.dataCapture === true)) {
      return ctx.requireSeen(['deployment'], { account: asset.account, region: asset.region, scope: asset.id }) ?? ctx.pass('on', { evidence });
    }
    // A deployment type that has no data capture (Bedrock throughput, Azure OpenAI deployments) says so.
    if (deployments.length === 0) return ctx.requireFacts('dataCapture')!;
    return ctx.unknown(['dataCapture'], { evidence });
  },
});
