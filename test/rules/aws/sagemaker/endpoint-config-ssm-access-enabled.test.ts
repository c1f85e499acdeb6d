import rule from '../../../../rules/aws/sagemaker/endpoint-config-ssm-access-enabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { ENDPOINT_CONFIG, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'no SSM', asset: awsAsset('deployment', ENDPOINT_CONFIG, { describe: { ProductionVariants: [{ VariantName: 'a' }] } }) }],
  invalid: [
    { name: 'SSM on a variant', asset: awsAsset('deployment', ENDPOINT_CONFIG, { describe: { ProductionVariants: [{ VariantName: 'a', EnableSSMAccess: true }] } }), expected: [{ status: 'fail', messageId: 'enabled' }] },
    { name: 'not described', asset: awsAsset('deployment', ENDPOINT_CONFIG), expected: [{ status: 'unknown' }] },
  ],
});
