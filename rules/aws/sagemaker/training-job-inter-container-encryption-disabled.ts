import type { TrainingJob } from '../_lib/shapes.js';
import { awsRule, describeOf } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/training-job-inter-container-encryption-disabled',
    title: 'Distributed SageMaker training job does not encrypt traffic between its instances',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['training-job'],
    rationale:
      'In distributed training, gradients, parameters and batches of training data travel between instances; unencrypted, anyone who can observe that network sees them.',
    remediation: {
      text: 'Start multi-instance training jobs with EnableInterContainerTrafficEncryption true.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
    },
    controls: { 'ms-ai-risk': ['5.2.2'], 'mitre-atlas': ['AML.M0012'] },
    references: { catalog: ['AWS-SM-TRN-02'], prowler: ['sagemaker_training_jobs_intercontainer_encryption_enabled'] },
    messages: {
      plain: 'Training job {{name}} ran on {{count}} instances without inter-container traffic encryption.',
      encrypted: 'Training job {{name}} encrypts traffic between its {{count}} instances.',
      single: 'Training job {{name}} ran on a single instance; there is no inter-container traffic.',
    },
  },
  nativeTypes: ['AWS::SageMaker::TrainingJob'],
  evaluate(asset, ctx) {
    const d = describeOf<TrainingJob>(asset);
    if (!d) return ctx.unknown(['EnableInterContainerTrafficEncryption']);
    const count = d.ResourceConfig?.InstanceCount ?? d.ResourceConfig?.InstanceGroups?.reduce((n, g) => n + (g.InstanceCount ?? 0), 0);
    if (count === undefined) return ctx.unknown(['ResourceConfig.InstanceCount']);
    const evidence = { InstanceCount: count, EnableInterContainerTrafficEncryption: d.EnableInterContainerTrafficEncryption ?? false };
    if (count <= 1) return ctx.pass('single', { evidence });
    return d.EnableInterContainerTrafficEncryption === true ? ctx.pass('encrypted', { evidence, data: { count } }) : ctx.fail('plain', { evidence, data: { count } });
  },
});
