import rule from '../../../../rules/aws/s3/ml-bucket-mfa-delete-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { deniedGap } from '../../_lib/fixtures.js';
import { BUCKET, TRAINING_JOB, awsAsset } from '../_support.js';

const job = awsAsset('training-job', TRAINING_JOB);
const on = awsAsset('storage', BUCKET, { facts: { mfaDelete: true } });
const off = awsAsset('storage', BUCKET, { facts: { mfaDelete: false } });
const unknown = awsAsset('storage', BUCKET, { facts: {} });
// ML-related, nothing visible trains on it, but a coverage gap in its account may hide who does.
const tagged = awsAsset('storage', BUCKET, { name: 'ds-experiments', facts: { mfaDelete: false, mlRelated: true } });
const unused = awsAsset('storage', BUCKET, { facts: { mfaDelete: false, mlRelated: false } });

testRule(rule, {
  valid: [{ name: 'MFA delete on training bucket', asset: on, related: [job], edges: [{ from: job.id, to: on.id, kind: 'trained-on' }] }],
  invalid: [
    { name: 'MFA delete off', asset: off, related: [job], edges: [{ from: job.id, to: off.id, kind: 'trained-on' }], expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'versioning not read', asset: unknown, related: [job], edges: [{ from: job.id, to: unknown.id, kind: 'stored-in' }], expected: [{ status: 'unknown' }] },
    { name: 'ML-related bucket in an account the scan could not fully read', asset: tagged, gaps: [deniedGap(tagged, ['storage'])], expected: [{ status: 'fail', messageId: 'off' }] },
  ],
  notApplicable: [
    { name: 'bucket no ML asset trains on or stores in', asset: awsAsset('storage', BUCKET, { facts: { mfaDelete: false, mlRelated: true } }) },
    { name: 'bucket the provider saw no ML asset use (mlRelated false decides)', asset: unused, related: [job], edges: [{ from: job.id, to: unused.id, kind: 'trained-on' }] },
  ],
});
