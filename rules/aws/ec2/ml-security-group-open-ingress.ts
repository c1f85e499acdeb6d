import { providerRule } from '../../_lib/provider-rule.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'aws/ec2/ml-security-group-open-ingress',
    title: 'Security group of a SageMaker workload admits traffic from anywhere',
    family: 'exposure',
    severity: 'high',
    appliesTo: ['security-group'],
    rationale:
      'Notebooks, Studio apps and inference containers expose Jupyter, debugging and model-serving ports; an inbound rule from 0.0.0.0/0 or ::/0 on their security group invites scanning and exploitation from the whole internet.',
    remediation: {
      text: 'Remove inbound rules from 0.0.0.0/0 and ::/0; admit only the security groups or CIDR ranges that need access.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    },
    references: { 'aws-securityhub': ['EC2.18', 'EC2.19'], catalog: ['AWS-NET-01'] },
    messages: {
      open: 'Security group {{name}} of an ML workload admits inbound traffic from the internet.',
      closed: 'Security group {{name}} of an ML workload admits no inbound traffic from the internet.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::EC2::SecurityGroup'],
  applies: (asset, graph) => graph.incoming(asset.id, 'protected-by').length > 0,
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'ingressOpenToInternet', false, { pass: 'closed', fail: 'open' }),
});
