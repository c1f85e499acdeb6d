import type { Model } from '../_lib/shapes.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { judge } from '../../_lib/verdicts.js';
import { describeOf } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/sagemaker/model-not-in-vpc',
    title: 'SageMaker model containers are not attached to a customer VPC',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['model'],
    rationale:
      'Without a VpcConfig the inference containers reach S3 and other services over the SageMaker service network, outside your security groups, endpoint policies and flow logs.',
    remediation: {
      text: 'Create the model with a VpcConfig (private subnets and security groups) and S3 / ECR VPC endpoints.',
      terraform: 'resource "aws_sagemaker_model" "m" {\n  vpc_config {\n    subnets            = [aws_subnet.private.id]\n    security_group_ids = [aws_security_group.model.id]\n  }\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html',
    },
    references: { 'aws-config': ['sagemaker-model-in-vpc'], catalog: ['AWS-SM-MDL-02'] },
    messages: {
      outside: 'Model {{name}} has no VPC configuration.',
      inside: 'Model {{name}} runs in customer VPC subnets.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Model'],
  evaluate(asset, ctx) {
    const d = describeOf<Model>(asset);
    const inside = d ? (d.VpcConfig?.Subnets?.length ?? 0) > 0 && (d.VpcConfig?.SecurityGroupIds?.length ?? 0) > 0 : undefined;
    return judge(ctx, inside, 'VpcConfig', { pass: 'inside', fail: 'outside' }, { VpcConfig: d?.VpcConfig ?? null });
  },
});
