import rule from '../../../../rules/aws/s3/ml-bucket-cross-account-write.js';
import { testRule } from '../../../support/rule-tester.js';
import { BUCKET, awsAsset } from '../_support.js';

const policy = (statements: unknown[]) => awsAsset('storage', BUCKET, { details: { policy: { Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) } } });

testRule(rule, {
  valid: [
    { name: 'no policy', asset: awsAsset('storage', BUCKET, { details: { policy: null } }) },
    {
      name: 'cross-account read only',
      asset: policy([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }]),
    },
  ],
  invalid: [
    {
      name: 'other account may put objects',
      asset: policy([{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::999988887777:role/etl'] }, Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::b/*' }]),
      expected: [{ status: 'fail', messageId: 'open', evidence: { writers: ['999988887777'] } }],
    },
    { name: 'anyone may write', asset: policy([{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }]), expected: [{ status: 'fail', evidence: { writers: ['*'] } }] },
    { name: 'policy not read', asset: awsAsset('storage', BUCKET), expected: [{ status: 'unknown' }] },
  ],
});
