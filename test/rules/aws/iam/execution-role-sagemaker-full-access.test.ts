import rule from '../../../../rules/aws/iam/execution-role-sagemaker-full-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { roleCase } from './_roles.js';

testRule(rule, {
  valid: [{ name: 'scoped actions', ...roleCase([], [{ Effect: 'Allow', Action: ['sagemaker:DescribeTrainingJob'], Resource: '*' }]) }],
  invalid: [
    { name: 'AmazonSageMakerFullAccess', ...roleCase(['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess'], []), expected: [{ status: 'fail', messageId: 'full' }] },
    { name: 'sagemaker:* on *', ...roleCase([], [{ Effect: 'Allow', Action: 'sagemaker:*', Resource: '*' }]), expected: [{ status: 'fail', messageId: 'full' }] },
  ],
});
