import rule from '../../../../rules/aws/bedrock/vpc-missing-runtime-endpoints.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, wire } from '../../../support/wire-assets.js';
import { bedrockAsset } from './_support.js';

const VPC_REF = ['arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0a1b2c3d4e5f60718'];
const endpoint = (service: string) => ({ VpcEndpointId: `vpce-${service}`, VpcEndpointType: 'Interface', ServiceName: `com.amazonaws.eu-west-1.${service}`, State: 'available' });
const vpc = (endpoints?: object[]) => awsWireAsset('ec2/vpcs', wire('aws/ec2/DescribeVpcs.json'), endpoints ? { endpoints: { VpcEndpoints: endpoints } } : {}, { refs: VPC_REF });
const agent = bedrockAsset('bedrock-agent/agents');

testRule(rule, {
  valid: [{ name: 'both runtimes', asset: vpc([endpoint('bedrock-runtime'), endpoint('bedrock-agent-runtime')]), related: [agent] }],
  invalid: [
    { name: 'recorded endpoints: SageMaker and S3 only', asset: vpc(wire<{ VpcEndpoints: object[] }>('aws/ec2/DescribeVpcEndpoints.json').VpcEndpoints), related: [agent], expected: [{ status: 'fail', messageId: 'missing' }] },
    { name: 'agent runtime missing', asset: vpc([endpoint('bedrock-runtime')]), related: [agent], expected: [{ status: 'fail', message: expectMessage('bedrock-agent-runtime') }] },
    { name: 'endpoints not read', asset: vpc(), related: [agent], expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'no Bedrock in the account', asset: vpc([]) }],
});

function expectMessage(services: string): string {
  return `VPC ${vpc([]).name} has no interface endpoint for ${services}.`;
}
