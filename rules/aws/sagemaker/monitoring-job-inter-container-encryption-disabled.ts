import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/monitoring-job-inter-container-encryption-disabled',
    title: 'SageMaker model-monitoring job definition does not encrypt traffic between its instances',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['monitoring'],
    rationale:
      'Distributed monitoring jobs exchange captured requests, predictions and baseline statistics between instances; unencrypted, that data is readable on the network.',
    remediation: {
      text: 'Create monitoring job definitions with NetworkConfig.EnableInterContainerTrafficEncryption true.',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
    },
    references: { 'aws-securityhub': ['SageMaker.9', 'SageMaker.10', 'SageMaker.13', 'SageMaker.15'], catalog: ['AWS-SM-MON-01'], checkov: ['CKV_AWS_369'] },
    messages: {
      plain: 'Monitoring job definition {{name}} does not encrypt inter-container traffic.',
      encrypted: 'Monitoring job definition {{name}} encrypts inter-container traffic.',
      single: 'Bias job definition {{name}} runs on one instance; there is no inter-container traffic.',
    },
  },
  provider: 'aws',
  nativeTypes: [
    'AWS::SageMaker::DataQualityJobDefinition',
    'AWS::SageMaker::ModelBiasJobDefinition',
    'AWS::SageMaker::ModelQualityJobDefinition',
    'AWS::SageMaker::ModelExplainabilityJobDefinition',
  ],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('transitEncryption');
    if (gap) return gap;
    const evidence = { transitEncryption: asset.facts.transitEncryption };
    if (asset.facts.transitEncryption) return ctx.pass('encrypted', { evidence });
    // Security Hub SageMaker.15 exempts bias jobs on a single instance; .9, .10 and .13 do not.
    const count = describeOf<{ JobResources?: { ClusterConfig?: { InstanceCount?: number } } }>(asset)?.JobResources?.ClusterConfig?.InstanceCount;
    if (asset.nativeType === 'AWS::SageMaker::ModelBiasJobDefinition' && count !== undefined && count < 2) return ctx.pass('single', { evidence: { ...evidence, InstanceCount: count } });
    return ctx.fail('plain', { evidence });
  },
});
