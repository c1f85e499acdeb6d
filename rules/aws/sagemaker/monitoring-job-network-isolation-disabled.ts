import { providerRule } from '../../_lib/provider-rule.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
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
    references: { 'aws-securityhub': ['SageMaker.11', 'SageMaker.12', 'SageMaker.14'], catalog: ['AWS-SM-MON-01'] },
    messages: {
      off: 'Monitoring {{name}} runs without network isolation.',
      on: 'Monitoring {{name}} runs with network isolation.',
    },
  },
  provider: 'aws',
  nativeTypes: [
    'AWS::SageMaker::DataQualityJobDefinition',
    'AWS::SageMaker::ModelBiasJobDefinition',
    'AWS::SageMaker::ModelQualityJobDefinition',
    'AWS::SageMaker::ModelExplainabilityJobDefinition',
    'AWS::SageMaker::MonitoringSchedule',
  ],
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'networkIsolation', true, { pass: 'on', fail: 'off' }),
});
