import type { AssetKind } from '../../../src/model/index.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { judgeVpcEndpoints } from '../_lib/vpc-endpoints.js';

const NEEDED = ['bedrock-runtime', 'bedrock-agent-runtime'] as const;
const BEDROCK_KINDS: readonly AssetKind[] = ['model', 'agent', 'knowledge-base', 'guardrail'];

export default providerRule({
  meta: {
    id: 'aws/bedrock/vpc-missing-runtime-endpoints',
    title: 'VPC of an account that uses Bedrock lacks interface endpoints for bedrock-runtime and bedrock-agent-runtime',
    family: 'segmentation',
    severity: 'medium',
    appliesTo: ['network'],
    rationale:
      'Without interface endpoints, applications in the VPC send prompts and completions to the public Bedrock runtime endpoints through a NAT, where endpoint policies and aws:SourceVpce conditions cannot confine who and what they invoke.',
    remediation: {
      text: 'Create interface VPC endpoints com.amazonaws.<region>.bedrock-runtime and .bedrock-agent-runtime with private DNS and an endpoint policy naming the allowed models and agents.',
      cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.bedrock-runtime --subnet-ids <subnets> --security-group-ids <sg> --private-dns-enabled',
      terraform: 'resource "aws_vpc_endpoint" "bedrock_runtime" {\n  vpc_id              = aws_vpc.ml.id\n  service_name        = "com.amazonaws.${var.region}.bedrock-runtime"\n  vpc_endpoint_type   = "Interface"\n  private_dns_enabled = true\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-interface-endpoints.html',
    },
    references: { prowler: ['bedrock_vpc_endpoints_configured'] },
    messages: {
      missing: 'VPC {{name}} has no interface endpoint for {{services}}.',
      present: 'VPC {{name}} has interface endpoints for the Bedrock runtimes.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::EC2::VPC'],
  // Only where the account runs Bedrock in the VPC's region.
  applies: (asset, graph) => BEDROCK_KINDS.some((kind) => graph.ofKind(kind).some((a) => a.nativeType.startsWith('AWS::Bedrock::') && a.account === asset.account && a.region === asset.region)),
  evaluate: (asset, ctx) => judgeVpcEndpoints(asset, ctx, NEEDED, { missing: 'missing', present: 'present' }),
});
