import rule from '../../../../rules/aws/s3/ml-bucket-acls-enabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { BUCKET, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'BucketOwnerEnforced', asset: awsAsset('storage', BUCKET, { details: { ownership: { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } } } }) }],
  invalid: [
    { name: 'no ownership controls', asset: awsAsset('storage', BUCKET, { details: { ownership: null } }), expected: [{ status: 'fail', messageId: 'enabled' }] },
    { name: 'ObjectWriter', asset: awsAsset('storage', BUCKET, { details: { ownership: { OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } } } }), expected: [{ status: 'fail' }] },
    { name: 'not read', asset: awsAsset('storage', BUCKET), expected: [{ status: 'unknown' }] },
  ],
});
