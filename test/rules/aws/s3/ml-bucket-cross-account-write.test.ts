import rule from '../../../../rules/aws/s3/ml-bucket-cross-account-write.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, wire } from '../../../support/wire-assets.js';

// GetBucketPolicy: the recorded policy only denies insecure transport; null is NoSuchBucketPolicy.
const recorded = wire<{ Policy: string }>('aws/s3/GetBucketPolicy.json');
const bucket = (policy?: unknown) => awsWireAsset('s3/buckets', wire('aws/s3/ListBuckets.json'), policy === undefined ? {} : { policy });
const policy = (statements: unknown[]) => {
  const document = JSON.parse(recorded.Policy) as { Version: string; Statement: unknown[] };
  return bucket({ Policy: JSON.stringify({ ...document, Statement: [...document.Statement, ...statements] }) });
};

testRule(rule, {
  valid: [
    { name: 'no policy', asset: bucket(null) },
    {
      name: 'cross-account read only',
      asset: policy([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::fraud-ml-data/*' }]),
    },
  ],
  invalid: [
    {
      name: 'other account may put objects',
      asset: policy([{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::999988887777:role/etl'] }, Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::fraud-ml-data/*' }]),
      expected: [{ status: 'fail', messageId: 'open', evidence: { writers: ['999988887777'] } }],
    },
    { name: 'anyone may write', asset: policy([{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::fraud-ml-data/*' }]), expected: [{ status: 'fail', evidence: { writers: ['*'] } }] },
    { name: 'policy not read', asset: bucket(), expected: [{ status: 'unknown' }] },
  ],
});
