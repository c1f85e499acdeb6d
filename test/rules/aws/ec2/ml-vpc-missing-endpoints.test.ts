import rule from '../../../../rules/aws/ec2/ml-vpc-missing-endpoints.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, wire } from '../../../support/wire-assets.js';

// The recorded VPC ml-vpc has interface endpoints for sagemaker.api and sagemaker.runtime and an S3 gateway endpoint.
const all = wire<{ VpcEndpoints: Array<{ ServiceName: string }> }>('aws/ec2/DescribeVpcEndpoints.json');
const vpc = (endpoints?: { VpcEndpoints: unknown[] }) => awsWireAsset('ec2/vpcs', wire('aws/ec2/DescribeVpcs.json'), endpoints ? { endpoints } : {});

testRule(rule, {
  valid: [{ name: 'all three', asset: vpc(all) }],
  invalid: [
    {
      name: 'S3 only',
      asset: vpc({ VpcEndpoints: all.VpcEndpoints.filter((e) => e.ServiceName.endsWith('.s3')) }),
      expected: [{ status: 'fail', messageId: 'missing', message: 'VPC ml-vpc has no VPC endpoint for sagemaker.api, sagemaker.runtime.' }],
    },
    { name: 'endpoints not read', asset: vpc(), expected: [{ status: 'unknown' }] },
  ],
});
