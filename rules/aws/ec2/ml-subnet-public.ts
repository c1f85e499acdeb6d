import { providerRule } from '../../_lib/provider-rule.js';
import { usedByMl } from '../../../src/model/index.js';
import { judgeFact } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'aws/ec2/ml-subnet-public',
    title: 'SageMaker workload runs in a subnet routed to an internet gateway',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['subnet'],
    rationale:
      'A subnet with a default route to an internet gateway is one security-group mistake away from exposing notebooks and training instances directly; ML workloads belong in private subnets behind NAT or VPC endpoints.',
    remediation: {
      text: 'Move notebooks, domains, jobs and models to private subnets whose route tables have no internet gateway route.',
      url: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
    },
    references: { catalog: ['AWS-NET-01'] },
    messages: {
      public: 'Subnet {{name}} used by ML workloads routes to an internet gateway.',
      private: 'Subnet {{name}} used by ML workloads has no internet gateway route.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::EC2::Subnet'],
  applies: (asset, graph) => usedByMl(asset, graph, ['in-network']),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'subnetPublic', false, { pass: 'private', fail: 'public' }),
});
