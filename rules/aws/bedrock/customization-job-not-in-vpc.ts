import { judgeFact } from '../../_lib/verdicts.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { CUSTOM_MODEL } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/customization-job-not-in-vpc',
    title: 'Bedrock model customization job did not run in a VPC',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['model'],
    rationale:
      'Without a VPC configuration the customization job reads the training data over the public S3 endpoint, where VPC endpoint policies and aws:SourceVpce conditions on the bucket cannot confine it.',
    remediation: {
      text: 'Create customization jobs with vpcConfig (private subnets and a security group) and an S3 gateway endpoint whose policy allows only the training buckets; restrict the bucket policy to that endpoint.',
      cli: 'aws bedrock create-model-customization-job ... --vpc-config subnetIds=<subnet>,securityGroupIds=<sg>',
      terraform: 'resource "aws_bedrock_custom_model" "m" {\n  vpc_config {\n    subnet_ids         = [aws_subnet.private.id]\n    security_group_ids = [aws_security_group.ft.id]\n  }\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-model-customization.html',
    },
    messages: {
      outside: 'Custom model {{name}} was customized by a job outside any VPC.',
      inside: 'Custom model {{name}} was customized by a job in a VPC.',
    },
  },
  provider: 'aws',
  nativeTypes: [CUSTOM_MODEL],
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'inVirtualNetwork', true, { pass: 'inside', fail: 'outside' }),
});
