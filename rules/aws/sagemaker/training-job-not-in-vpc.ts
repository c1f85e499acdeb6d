import type { TrainingJob } from '../_lib/shapes.js';
import { awsRule, describeOf, tri } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/sagemaker/training-job-not-in-vpc',
    title: 'SageMaker training job is not attached to a customer VPC',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['training-job'],
    rationale:
      'Without a VpcConfig the training instances read the training data and write the model over the SageMaker service network, where your S3 endpoint policies, security groups and flow logs do not apply.',
    remediation: {
      text: 'Give training jobs a VpcConfig with private subnets and security groups, plus an S3 gateway endpoint; enforce it with the sagemaker:VpcSubnets condition key.',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
    },
    controls: { 'ms-ai-risk': ['5.3.1', '5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AWS-SM-TRN-03'], prowler: ['sagemaker_training_jobs_vpc_settings_configured'] },
    messages: {
      outside: 'Training job {{name}} ran without a VPC configuration.',
      inside: 'Training job {{name}} ran in customer VPC subnets.',
    },
  },
  nativeTypes: ['AWS::SageMaker::TrainingJob'],
  evaluate(asset, ctx) {
    const d = describeOf<TrainingJob>(asset);
    const inside = d ? (d.VpcConfig?.Subnets?.length ?? 0) > 0 : undefined;
    return tri(ctx, inside, 'VpcConfig', { pass: 'inside', fail: 'outside' }, { VpcConfig: d?.VpcConfig ?? null });
  },
});
