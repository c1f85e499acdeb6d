import rule from '../../../../rules/aws/cloudtrail/trail-not-kms-encrypted.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, patched, wire } from '../../../support/wire-assets.js';

// The recorded DescribeTrails answer: one multi-region trail encrypted with a KMS key.
const trail = (patch: Record<string, unknown> = {}) => {
  const listing = wire<{ trailList: Record<string, unknown>[] }>('aws/cloudtrail/DescribeTrails.json');
  return awsWireAsset('cloudtrail/trails', { trailList: listing.trailList.map((t) => patched(t, patch)) });
};

testRule(rule, {
  valid: [{ name: 'KMS key set', asset: trail() }],
  invalid: [{ name: 'no key', asset: trail({ KmsKeyId: undefined }), expected: [{ status: 'fail', messageId: 'plain' }] }],
});
