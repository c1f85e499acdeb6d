import rule from '../../../../rules/aws/sagemaker/endpoint-config-single-instance.js';
import { testRule } from '../../../support/rule-tester.js';
import { ENDPOINT_CONFIG, awsAsset } from '../_support.js';

const config = (variants: unknown[]) => awsAsset('deployment', ENDPOINT_CONFIG, { name: 'ec', describe: { ProductionVariants: variants } });

testRule(rule, {
  valid: [
    { name: 'two instances', asset: config([{ VariantName: 'a', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' }]) },
    // A serverless variant has no instance count: it is not "a single instance".
    { name: 'serverless variant', asset: config([{ VariantName: 's', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } }]) },
  ],
  invalid: [
    {
      name: 'one instance next to a serverless variant',
      asset: config([
        { VariantName: 'a', InitialInstanceCount: 1, InstanceType: 'ml.m5.large' },
        { VariantName: 's', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } },
      ]),
      expected: [{ status: 'fail', messageId: 'single', message: 'Variant a of endpoint configuration ec runs on 1 instance.' }],
    },
    { name: 'not described', asset: awsAsset('deployment', ENDPOINT_CONFIG), expected: [{ status: 'unknown' }] },
  ],
});
