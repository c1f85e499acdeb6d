import rule from '../../../../rules/aws/ec2/ml-vpc-missing-endpoints.js';
import { testRule } from '../../../support/rule-tester.js';
import { VPC, awsAsset } from '../_support.js';

const ep = (s: string) => ({ ServiceName: `com.amazonaws.eu-west-1.${s}`, State: 'available' });

testRule(rule, {
  valid: [{ name: 'all three', asset: awsAsset('network', VPC, { details: { endpoints: [ep('sagemaker.api'), ep('sagemaker.runtime'), ep('s3')] } }) }],
  invalid: [
    {
      name: 'S3 only',
      asset: awsAsset('network', VPC, { name: 'ml-vpc', details: { endpoints: [ep('s3')] } }),
      expected: [{ status: 'fail', messageId: 'missing', message: 'VPC ml-vpc has no VPC endpoint for sagemaker.api, sagemaker.runtime.' }],
    },
    { name: 'endpoints not read', asset: awsAsset('network', VPC), expected: [{ status: 'unknown' }] },
  ],
});
