import rule from '../../../../rules/aws/iam/execution-role-passrole-unrestricted.js';
import { testRule } from '../../../support/rule-tester.js';
import { roleCase } from './_roles.js';

testRule(rule, {
  valid: [
    {
      name: 'PassRole limited to SageMaker',
      ...roleCase([], [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }]),
    },
  ],
  invalid: [{ name: 'PassRole on *', ...roleCase([], [{ Effect: 'Allow', Action: ['iam:PassRole'], Resource: '*' }]), expected: [{ status: 'fail', messageId: 'unrestricted' }] }],
});
