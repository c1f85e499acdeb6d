import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'segmentation/network-isolation-disabled',
    title: 'Training job, processing job or model container runs without network isolation',
    family: 'segmentation',
    concern: 'network-isolation-disabled',
    severity: 'high',
    appliesTo: ['training-job', 'ml-job', 'model'],
    rationale:
      'Training and inference containers run third-party code and deserialise model files; without network isolation a malicious package or pickled payload can call out, exfiltrate training data or fetch a second stage.',
    remediation: {
      text: 'AWS: set EnableNetworkIsolation on training jobs, tuning job training definitions, processing jobs (NetworkConfig) and models (inputs and outputs still flow through SageMaker). Azure: run training and deployments in a workspace managed network with outbound limited to approved destinations.',
      cli: 'aws sagemaker create-model --model-name <model> --execution-role-arn <role-arn> --primary-container Image=<image>,ModelDataUrl=<s3-uri> --enable-network-isolation',
      terraform: 'resource "aws_sagemaker_model" "m" {\n  enable_network_isolation = true\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    },
    references: {
      catalog: ['AWS-SM-TRN-01', 'AWS-SM-MDL-01'],
      'aws-securityhub': ['SageMaker.5'],
      mcsb: ['NS-1', 'DP-2'],
      checkov: ['CKV_AWS_370'],
      prowler: ['sagemaker_training_jobs_network_isolation_enabled'],
    },
    messages: {
      open: 'ML {{kind}} {{name}} runs without network isolation.',
      isolated: 'ML {{kind}} {{name}} runs with network isolation.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'networkIsolation', true, { pass: 'isolated', fail: 'open' }),
});
