import { awsRule, tri, usedByMlVia } from '../_lib/aws-rule.js';

export default awsRule({
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
    controls: { 'ms-ai-risk': ['5.5.2'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AWS-NET-01'] },
    messages: {
      public: 'Subnet {{name}} used by ML workloads routes to an internet gateway.',
      private: 'Subnet {{name}} used by ML workloads has no internet gateway route.',
    },
  },
  nativeTypes: ['AWS::EC2::Subnet'],
  applies: (asset, graph) => usedByMlVia(asset, graph, ['in-network']),
  evaluate: (asset, ctx) => tri(ctx, asset.facts.subnetPublic === undefined ? undefined : !asset.facts.subnetPublic, 'subnetPublic', { pass: 'private', fail: 'public' }, { subnetPublic: asset.facts.subnetPublic }),
});
