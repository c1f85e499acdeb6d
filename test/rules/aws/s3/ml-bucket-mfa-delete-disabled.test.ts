import rule from '../../../../rules/aws/s3/ml-bucket-mfa-delete-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { BUCKET, TRAINING_JOB, awsAsset } from '../_support.js';

const job = awsAsset('training-job', TRAINING_JOB);
const on = awsAsset('storage', BUCKET, { facts: { mfaDelete: true } });
const off = awsAsset('storage', BUCKET, { facts: { mfaDelete: false } });
const unknown = awsAsset('storage', BUCKET, { facts: {} });

testRule(rule, {
  valid: [{ name: 'MFA delete on training bucket', asset: on, related: [job], edges: [{ from: job.id, to: on.id, kind: 'trained-on' }] }],
  invalid: [
    { name: 'MFA delete off', asset: off, related: [job], edges: [{ from: job.id, to: off.id, kind: 'trained-on' }], expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'versioning not read', asset: unknown, related: [job], edges: [{ from: job.id, to: unknown.id, kind: 'stored-in' }], expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'bucket no ML asset trains on or stores in', asset: awsAsset('storage', BUCKET, { facts: { mfaDelete: false, mlRelated: true } }) }],
});
