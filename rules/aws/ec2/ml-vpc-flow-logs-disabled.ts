import { providerRule } from '../../_lib/provider-rule.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'aws/ec2/ml-vpc-flow-logs-disabled',
    title: 'VPC hosting SageMaker workloads has no active flow log',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['network'],
    rationale:
      'Flow logs are the record of where notebooks, training jobs and endpoints sent traffic; without them, data exfiltration from the ML network leaves no trace.',
    remediation: {
      text: 'Create a flow log for the VPC (traffic type ALL) to CloudWatch Logs or S3.',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<log-bucket>',
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    },
    references: { 'aws-securityhub': ['EC2.6'], catalog: ['AWS-NET-02'], cis: ['AWS 3.0.0 3.7'] },
    messages: {
      none: 'VPC {{name}} has no active flow log.',
      active: 'VPC {{name}} has an active flow log.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::EC2::VPC'],
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'loggingEnabled', true, { pass: 'active', fail: 'none' }),
});
