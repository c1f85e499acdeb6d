import rule from '../../../../rules/aws/sagemaker/model-network-isolation-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { MODEL, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'isolated', asset: awsAsset('model', MODEL, { describe: { EnableNetworkIsolation: true } }) }],
  invalid: [
    { name: 'field absent means false', asset: awsAsset('model', MODEL, { describe: { ModelName: 'm' } }), expected: [{ status: 'fail', messageId: 'off' }] },
    { name: 'not described', asset: awsAsset('model', MODEL), expected: [{ status: 'unknown' }] },
  ],
  notApplicable: [{ name: 'model package group', asset: awsAsset('model', 'AWS::SageMaker::ModelPackageGroup') }],
});
