import rule from '../../../../rules/aws/sagemaker/training-job-inter-container-encryption-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { TRAINING_JOB, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [
    { name: 'distributed and encrypted', asset: awsAsset('training-job', TRAINING_JOB, { describe: { ResourceConfig: { InstanceCount: 4 }, EnableInterContainerTrafficEncryption: true } }) },
    { name: 'single instance', asset: awsAsset('training-job', TRAINING_JOB, { describe: { ResourceConfig: { InstanceCount: 1 } } }) },
  ],
  invalid: [
    {
      name: 'distributed, plain',
      asset: awsAsset('training-job', TRAINING_JOB, { name: 'tj', describe: { ResourceConfig: { InstanceCount: 2 } } }),
      expected: [{ status: 'fail', messageId: 'plain', message: 'Training job tj ran on 2 instances without inter-container traffic encryption.' }],
    },
    { name: 'not described', asset: awsAsset('training-job', TRAINING_JOB), expected: [{ status: 'unknown' }] },
  ],
});
