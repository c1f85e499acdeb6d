import rule from '../../../rules/segmentation/network-isolation-disabled.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../support/wire-assets.js';

testRule(rule, {
  valid: [
    { name: 'training job with EnableNetworkIsolation', asset: makeAsset({ kind: 'training-job', provider: 'aws', facts: { networkIsolation: true } }) },
    { name: 'model with network isolation', asset: makeAsset({ kind: 'model', provider: 'aws', facts: { networkIsolation: true } }) },
    { name: 'recorded processing job with NetworkConfig.EnableNetworkIsolation', asset: sageMakerWireAsset('sagemaker/processing-jobs') },
  ],
  invalid: [
    {
      name: 'model container free to call out',
      asset: makeAsset({ kind: 'model', provider: 'aws', name: 'xgb-churn', facts: { networkIsolation: false } }),
      expected: [{ status: 'fail', messageId: 'open', message: 'ML model xgb-churn runs without network isolation.', evidence: { networkIsolation: false } }],
    },
    {
      name: 'recorded tuning job whose training definition allows outbound calls',
      asset: sageMakerWireAsset('sagemaker/hyper-parameter-tuning-jobs', { TrainingJobDefinition: { EnableNetworkIsolation: false } }),
      expected: [{ status: 'fail', messageId: 'open', message: 'ML training-job fraud-xgb-hpo-0612 runs without network isolation.' }],
    },
    { name: 'isolation flag not visible', asset: makeAsset({ kind: 'training-job', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['networkIsolation'] }] },
  ],
});
