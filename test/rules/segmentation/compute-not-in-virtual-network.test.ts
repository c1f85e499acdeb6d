import rule from '../../../rules/segmentation/compute-not-in-virtual-network.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

const subnet = makeAsset({ kind: 'subnet', provider: 'aws' });
const trainingJob = makeAsset({ kind: 'training-job', provider: 'aws', facts: {} });

testRule(rule, {
  valid: [
    { name: 'cluster in a VNet subnet', asset: makeAsset({ kind: 'compute', facts: { inVirtualNetwork: true } }) },
    {
      name: 'training job with VpcConfig seen only as an in-network edge',
      asset: trainingJob,
      related: [subnet],
      edges: [{ from: trainingJob.id, to: subnet.id, kind: 'in-network' }],
    },
  ],
  invalid: [
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
