import rule from '../../../../rules/aws/sagemaker/model-not-in-vpc.js';
import { testRule } from '../../../support/rule-tester.js';
import { MODEL, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'VpcConfig set', asset: awsAsset('model', MODEL, { describe: { VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] } } }) }],
  invalid: [
    { name: 'no VpcConfig', asset: awsAsset('model', MODEL, { describe: {} }), expected: [{ status: 'fail', messageId: 'outside' }] },
    { name: 'not described', asset: awsAsset('model', MODEL), expected: [{ status: 'unknown' }] },
  ],
});
