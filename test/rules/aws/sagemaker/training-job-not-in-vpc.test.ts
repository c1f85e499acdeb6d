import rule from '../../../../rules/aws/sagemaker/training-job-not-in-vpc.js';
import { testRule } from '../../../support/rule-tester.js';
import { TRAINING_JOB, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'in VPC', asset: awsAsset('training-job', TRAINING_JOB, { describe: { VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] } } }) }],
  invalid: [
    { name: 'no VpcConfig', asset: awsAsset('training-job', TRAINING_JOB, { describe: {} }), expected: [{ status: 'fail', messageId: 'outside' }] },
    { name: 'not described', asset: awsAsset('training-job', TRAINING_JOB), expected: [{ status: 'unknown' }] },
  ],
});
