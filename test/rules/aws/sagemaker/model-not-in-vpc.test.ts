import rule from '../../../../rules/aws/sagemaker/model-not-in-vpc.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded DescribeModel answer runs in a VPC (VpcConfig set).
const model = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/models', describe);

testRule(rule, {
  valid: [{ name: 'VpcConfig set', asset: model() }],
  invalid: [
    { name: 'no VpcConfig', asset: model({ VpcConfig: undefined }), expected: [{ status: 'fail', messageId: 'outside' }] },
    { name: 'not described', asset: model(false), expected: [{ status: 'unknown' }] },
  ],
});
