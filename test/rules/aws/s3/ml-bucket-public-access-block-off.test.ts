import rule from '../../../../rules/aws/s3/ml-bucket-public-access-block-off.js';
import { testRule } from '../../../support/rule-tester.js';
import { BUCKET, awsAsset } from '../_support.js';

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const bucket = (account: unknown, own: unknown) => awsAsset('storage', BUCKET, { name: 'ml-data', details: { accountPublicAccessBlock: account, publicAccessBlock: own } });

testRule(rule, {
  valid: [
    { name: 'account-level block covers it', asset: bucket(ALL, null) },
    { name: 'bucket-level block', asset: bucket(null, { PublicAccessBlockConfiguration: ALL }) },
  ],
  invalid: [
    {
      name: 'neither level blocks policies',
      asset: bucket({ BlockPublicAcls: true, IgnorePublicAcls: true }, null),
      expected: [{ status: 'fail', messageId: 'off', message: 'Bucket ml-data is not covered by BlockPublicPolicy, RestrictPublicBuckets at account or bucket level.' }],
    },
    { name: 'account block not readable', asset: awsAsset('storage', BUCKET, { details: { publicAccessBlock: null } }), expected: [{ status: 'unknown' }] },
  ],
});
