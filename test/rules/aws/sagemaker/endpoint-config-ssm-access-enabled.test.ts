import rule from '../../../../rules/aws/sagemaker/endpoint-config-ssm-access-enabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded DescribeEndpointConfig answer has one variant without EnableSSMAccess.
const config = (describe?: Record<string, unknown> | false) => sageMakerWireAsset('sagemaker/endpoint-configs', describe);
const variant = { VariantName: 'a', ModelName: 'fraud-xgb', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' };

testRule(rule, {
  valid: [{ name: 'no SSM', asset: config() }],
  invalid: [
    { name: 'SSM on a variant', asset: config({ ProductionVariants: [{ ...variant, EnableSSMAccess: true }] }), expected: [{ status: 'fail', messageId: 'enabled' }] },
    { name: 'not described', asset: config(false), expected: [{ status: 'unknown' }] },
  ],
});
