import { awsRule, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/monitoring-job-network-isolation-disabled',
    title: 'SageMaker model-monitoring job or schedule runs without network isolation',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['monitoring'],
    rationale:
      'Monitoring jobs read captured inference traffic and baselines built from training data; without network isolation their containers can send that data anywhere.',
    remediation: {
      text: 'Create data-quality, bias, model-quality and explainability job definitions (and schedules with embedded definitions) with NetworkConfig.EnableNetworkIsolation true.',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
    },
    controls: { 'ms-ai-risk': ['5.3.1', '5.6.1'], 'mitre-atlas': ['AML.M0005'] },
    references: { 'aws-securityhub': ['SageMaker.11', 'SageMaker.12', 'SageMaker.14'], catalog: ['AWS-SM-MON-01'] },
    messages: {
      off: 'Monitoring {{name}} runs without network isolation.',
      on: 'Monitoring {{name}} runs with network isolation.',
    },
  },
  nativeTypes: [
    'AWS::SageMaker::DataQualityJobDefinition',
    'AWS::SageMaker::ModelBiasJobDefinition',
    'AWS::SageMaker::ModelQualityJobDefinition',
    'AWS::SageMaker::ModelExplainabilityJobDefinition',
    'AWS::SageMaker::MonitoringSchedule',
  ],
  evaluate: (asset, ctx) => tri(ctx, asset.facts.networkIsolation, 'networkIsolation', { pass: 'on', fail: 'off' }, { networkIsolation: asset.facts.networkIsolation }),
});
