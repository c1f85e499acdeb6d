import rule from '../../../rules/encryption/transit-encryption-not-enforced.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../support/wire-assets.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    { name: 'storage with secure transfer required', ...usedByMl(makeAsset({ kind: 'storage', facts: { transitEncryption: true } })) },
    { name: 'recorded tuning job encrypting inter-container traffic', asset: sageMakerWireAsset('sagemaker/hyper-parameter-tuning-jobs') },
    { name: 'training job with inter-container encryption', asset: makeAsset({ kind: 'training-job', provider: 'aws', facts: { transitEncryption: true } }) },
  ],
  invalid: [
    {
      name: 'distributed training in plaintext',
      asset: makeAsset({ kind: 'training-job', provider: 'aws', name: 'ddp-run', facts: { transitEncryption: false } }),
      expected: [{ status: 'fail', messageId: 'plaintext', message: 'ML training-job ddp-run does not enforce encryption in transit.', evidence: { transitEncryption: false } }],
    },
    {
      name: 'recorded two-instance processing job without inter-container encryption',
      asset: sageMakerWireAsset('sagemaker/processing-jobs'),
      expected: [{ status: 'fail', messageId: 'plaintext', message: 'ML ml-job fraud-features-2024-06 does not enforce encryption in transit.' }],
    },
    { name: 'bucket policy not readable', ...usedByMl(makeAsset({ kind: 'storage', provider: 'aws', facts: {} }), 'stored-in', 'dataset'), expected: [{ status: 'unknown', missingFacts: ['transitEncryption'] }] },
  ],
  notApplicable: [{ name: 'storage outside ML', asset: makeAsset({ kind: 'storage', facts: { transitEncryption: false } }) }],
});
