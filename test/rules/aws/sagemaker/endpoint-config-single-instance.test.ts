import rule from '../../../../rules/aws/sagemaker/endpoint-config-single-instance.js';
import { testRule } from '../../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../../support/wire-assets.js';

// The recorded listing names the configuration fraud-scoring-config.
const config = (variants: unknown[] | false) => sageMakerWireAsset('sagemaker/endpoint-configs', variants && { ProductionVariants: variants });
const serverless = { VariantName: 's', ModelName: 'fraud-xgb', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } };

testRule(rule, {
  valid: [
    { name: 'two instances', asset: config([{ VariantName: 'a', ModelName: 'fraud-xgb', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' }]) },
    // A serverless variant has no instance count: it is not "a single instance".
    { name: 'serverless variant', asset: config([serverless]) },
  ],
  invalid: [
    {
      name: 'one instance next to a serverless variant',
      asset: config([{ VariantName: 'a', ModelName: 'fraud-xgb', InitialInstanceCount: 1, InstanceType: 'ml.m5.large' }, serverless]),
      expected: [{ status: 'fail', messageId: 'single', message: 'Variant a of endpoint configuration fraud-scoring-config runs on 1 instance.' }],
    },
    { name: 'not described', asset: config(false), expected: [{ status: 'unknown' }] },
  ],
});
