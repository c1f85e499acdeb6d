import rule from '../../../../rules/aws/iam/execution-role-s3-full-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { ROLE, awsAsset } from '../_support.js';
import { roleCase } from './_roles.js';

testRule(rule, {
  valid: [{ name: 'prefix-scoped write', ...roleCase([], [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::out/jobs/*' }]) }],
  invalid: [
    { name: 'AmazonS3FullAccess attached', ...roleCase(['arn:aws:iam::aws:policy/AmazonS3FullAccess'], []), expected: [{ status: 'fail', messageId: 'broad' }] },
    { name: 's3:* on *', ...roleCase([], [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]), expected: [{ status: 'fail', messageId: 'broad' }] },
  ],
  notApplicable: [{ name: 'role no ML asset assumes', asset: awsAsset('role', ROLE) }],
});
