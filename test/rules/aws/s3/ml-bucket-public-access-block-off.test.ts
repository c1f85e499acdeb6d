import rule from '../../../../rules/aws/s3/ml-bucket-public-access-block-off.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, wire } from '../../../support/wire-assets.js';

// Get(Account)PublicAccessBlock: the recorded answers block everything; null is NoSuchPublicAccessBlockConfiguration.
const ACCOUNT = wire('aws/s3/GetAccountPublicAccessBlock.json');
const BUCKET = wire('aws/s3/GetPublicAccessBlock.json');
const bucket = (details: Record<string, unknown>) => awsWireAsset('s3/buckets', wire('aws/s3/ListBuckets.json'), details);

testRule(rule, {
  valid: [
    { name: 'account-level block covers it', asset: bucket({ accountPublicAccessBlock: ACCOUNT, publicAccessBlock: null }) },
    { name: 'bucket-level block', asset: bucket({ accountPublicAccessBlock: null, publicAccessBlock: BUCKET }) },
  ],
  invalid: [
    {
      name: 'neither level blocks policies',
      asset: bucket({ accountPublicAccessBlock: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false } }, publicAccessBlock: null }),
      expected: [{ status: 'fail', messageId: 'off', message: 'Bucket fraud-ml-data is not covered by BlockPublicPolicy, RestrictPublicBuckets at account or bucket level.' }],
    },
    { name: 'account block not readable', asset: bucket({ publicAccessBlock: null }), expected: [{ status: 'unknown' }] },
  ],
});
