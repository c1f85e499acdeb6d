import rule from '../../../../rules/aws/ec2/ml-vpc-flow-logs-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { VPC, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'active flow log', asset: awsAsset('network', VPC, { facts: { loggingEnabled: true } }) }],
  invalid: [
    { name: 'none', asset: awsAsset('network', VPC, { facts: { loggingEnabled: false } }), expected: [{ status: 'fail', messageId: 'none' }] },
    { name: 'not read', asset: awsAsset('network', VPC), expected: [{ status: 'unknown' }] },
  ],
});
