import { providerRule } from '../../_lib/provider-rule.js';
import { judgeVpcEndpoints } from '../_lib/vpc-endpoints.js';

const NEEDED = ['sagemaker.api', 'sagemaker.runtime', 's3'] as const;

export default providerRule({
  meta: {
    id: 'aws/ec2/ml-vpc-missing-endpoints',
    title: 'VPC hosting SageMaker workloads lacks VPC endpoints for the SageMaker API, runtime or S3',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['network'],
    rationale:
      'Without interface endpoints for sagemaker.api and sagemaker.runtime and an S3 gateway endpoint, notebooks and jobs in the VPC reach SageMaker and the training data through a NAT to public endpoints, where endpoint policies and aws:SourceVpce conditions cannot confine them.',
    remediation: {
      text: 'Create interface endpoints com.amazonaws.<region>.sagemaker.api and .sagemaker.runtime (private DNS on) and an S3 gateway endpoint with a restrictive policy.',
      cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.sagemaker.api --subnet-ids <subnets> --security-group-ids <sg> --private-dns-enabled',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html',
    },
    references: { catalog: ['AWS-NET-01'] },
    messages: {
      missing: 'VPC {{name}} has no VPC endpoint for {{services}}.',
      present: 'VPC {{name}} has VPC endpoints for the SageMaker API, runtime and S3.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::EC2::VPC'],
  evaluate: (asset, ctx) => judgeVpcEndpoints(asset, ctx, NEEDED, { missing: 'missing', present: 'present' }),
});
