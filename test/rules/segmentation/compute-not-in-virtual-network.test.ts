import rule from '../../../rules/segmentation/compute-not-in-virtual-network.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../support/wire-assets.js';

const subnet = makeAsset({ kind: 'subnet', provider: 'aws' });
const trainingJob = makeAsset({ kind: 'training-job', provider: 'aws', facts: {} });

testRule(rule, {
  valid: [
    { name: 'recorded processing job in VPC subnets', asset: sageMakerWireAsset('sagemaker/processing-jobs') },
    { name: 'cluster in a VNet subnet', asset: makeAsset({ kind: 'compute', facts: { inVirtualNetwork: true } }) },
    { name: 'recorded HyperPod cluster in VPC subnets', asset: sageMakerWireAsset('sagemaker/hyperpod-clusters') },
    {
      name: 'training job with VpcConfig seen only as an in-network edge',
      asset: trainingJob,
      related: [subnet],
      edges: [{ from: trainingJob.id, to: subnet.id, kind: 'in-network' }],
    },
  ],
  invalid: [
    {
      name: 'HyperPod cluster without a VpcConfig (nodes in the service network)',
      asset: sageMakerWireAsset('sagemaker/hyperpod-clusters', { VpcConfig: undefined }),
      expected: [{ status: 'fail', messageId: 'outside', message: 'ML compute llm-pretrain does not run in a customer virtual network.' }],
    },
    {
      name: 'recorded compilation job without a NeoVpcConfig',
      asset: sageMakerWireAsset('sagemaker/compilation-jobs'),
      expected: [{ status: 'fail', messageId: 'outside', message: 'ML ml-job fraud-xgb-neo-arm64 does not run in a customer virtual network.' }],
    },
    {
      name: 'notebook outside any VPC',
      asset: makeAsset({ kind: 'notebook', provider: 'aws', name: 'nb-legacy', facts: { inVirtualNetwork: false } }),
      expected: [
        { status: 'fail', messageId: 'outside', message: 'ML notebook nb-legacy does not run in a customer virtual network.', evidence: { inVirtualNetwork: false } },
      ],
    },
    {
      name: 'explicit false wins over a stray edge',
      asset: makeAsset({ id: 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/nb-x', kind: 'notebook', provider: 'aws', facts: { inVirtualNetwork: false } }),
      related: [subnet],
      edges: [{ from: 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/nb-x', to: subnet.id, kind: 'in-network' }],
      expected: [{ status: 'fail', messageId: 'outside' }],
    },
    {
      name: 'no flag and no edge',
      asset: makeAsset({ kind: 'training-job', facts: {} }),
      expected: [{ status: 'unknown', missingFacts: ['inVirtualNetwork'] }],
    },
  ],
});
