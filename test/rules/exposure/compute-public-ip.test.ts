import rule from '../../../rules/exposure/compute-public-ip.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'cluster without node public IPs', asset: makeAsset({ kind: 'compute', facts: { publicIp: false } }) },
    { name: 'notebook without a public IP', asset: makeAsset({ kind: 'notebook', provider: 'aws', facts: { publicIp: false } }) },
  ],
  invalid: [
    {
      name: 'cluster nodes with public IPs',
      asset: makeAsset({ kind: 'compute', name: 'gpu-cluster', facts: { publicIp: true } }),
      expected: [
        { status: 'fail', messageId: 'publicIp', message: 'ML compute gpu-cluster has nodes with public IP addresses.', evidence: { publicIp: true } },
      ],
    },
    { name: 'public IP setting not visible', asset: makeAsset({ kind: 'notebook', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['publicIp'] }] },
  ],
});
