import type { Model } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/model-network-isolation-disabled',
    title: 'SageMaker model runs without network isolation',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['model'],
    rationale:
      'Without EnableNetworkIsolation the inference container can make outbound calls: a malicious or compromised model (pickled payload, poisoned dependency) can exfiltrate requests and data or call home.',
    remediation: {
      text: 'Create the model with EnableNetworkIsolation true (models cannot be updated; create a new model and endpoint configuration).',
      terraform: 'resource "aws_sagemaker_model" "m" {\n  enable_network_isolation = true\n}',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-5',
    },
    controls: { 'ms-ai-risk': ['5.5.2'], 'a-mlsg': ['A-MLSG-004-D007'], 'mitre-atlas': ['AML.M0005', 'AML.M0019'] },
    references: { 'aws-securityhub': ['SageMaker.5'], catalog: ['AWS-SM-MDL-01'], checkov: ['CKV_AWS_370'] },
    messages: {
      off: 'Model {{name}} runs without network isolation.',
      on: 'Model {{name}} runs with network isolation.',
    },
  },
  nativeTypes: ['AWS::SageMaker::Model'],
  evaluate(asset, ctx) {
    const d = describeOf<Model>(asset);
    const value = d ? d.EnableNetworkIsolation === true : undefined;
    return tri(ctx, value, 'EnableNetworkIsolation', { pass: 'on', fail: 'off' }, { EnableNetworkIsolation: d?.EnableNetworkIsolation ?? false });
  },
});
