import rule from '../../../../rules/aws/sagemaker/training-job-network-isolation-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { TRAINING_JOB, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'isolated', asset: awsAsset('training-job', TRAINING_JOB, { describe: { EnableNetworkIsolation: true } }) }],
  invalid: [
    { name: 'not isolated', asset: awsAsset('training-job', TRAINING_JOB, { describe: { EnableNetworkIsolation: false } }), expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'not described', asset: awsAsset('training-job', TRAINING_JOB), expected: [{ status: 'unknown' }] },
  ],
});
