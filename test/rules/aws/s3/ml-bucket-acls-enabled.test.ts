import rule from '../../../../rules/aws/s3/ml-bucket-acls-enabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, wire } from '../../../support/wire-assets.js';

// GetBucketOwnershipControls: the recorded answer is BucketOwnerEnforced; null is OwnershipControlsNotFoundError.
const bucket = (ownership?: unknown) => awsWireAsset('s3/buckets', wire('aws/s3/ListBuckets.json'), ownership === undefined ? {} : { ownership });
const owned = (ObjectOwnership: string) => ({ OwnershipControls: { Rules: [{ ObjectOwnership }] } });

testRule(rule, {
  valid: [{ name: 'BucketOwnerEnforced', asset: bucket(wire('aws/s3/GetBucketOwnershipControls.json')) }],
  invalid: [
    { name: 'no ownership controls', asset: bucket(null), expected: [{ status: 'fail', messageId: 'enabled' }] },
    { name: 'ObjectWriter', asset: bucket(owned('ObjectWriter')), expected: [{ status: 'fail' }] },
    { name: 'not read', asset: bucket(), expected: [{ status: 'unknown' }] },
  ],
});
