import rule from '../../../rules/encryption/customer-managed-key-missing.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { sageMakerWireAsset } from '../../support/wire-assets.js';
import { aiAccount } from '../azure/ai-services/_wire.js';
import { usedByMl } from '../_lib/fixtures.js';

const keyArn = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

testRule(rule, {
  valid: [
    { name: 'notebook volume with a KMS key', asset: makeAsset({ kind: 'notebook', provider: 'aws', facts: { encryption: 'cmk', encryptionKeyId: keyArn } }) },
    { name: 'workspace storage with a Key Vault key', ...usedByMl(makeAsset({ kind: 'storage', facts: { encryption: 'cmk' } })) },
  ],
  invalid: [
    { name: 'recorded Azure OpenAI account: Microsoft-managed key', asset: aiAccount(), expected: [{ status: 'fail', messageId: 'platformKey' }] },
    {
      name: 'workspace on Microsoft-managed keys',
      asset: makeAsset({ kind: 'workspace', name: 'ws-fin', facts: { encryption: 'platform' } }),
      expected: [
        { status: 'fail', messageId: 'platformKey', message: 'ML workspace ws-fin is encrypted only with a platform-managed key.', evidence: { encryption: 'platform' } },
      ],
    },
    {
      name: 'training volume not encrypted',
      asset: makeAsset({ kind: 'training-job', provider: 'aws', name: 'job-1', facts: { encryption: 'none' } }),
      expected: [{ status: 'fail', messageId: 'unencrypted', message: 'ML training-job job-1 stores data without encryption at rest.' }],
    },
    {
      name: 'recorded model card without a SecurityConfig key',
      asset: sageMakerWireAsset('sagemaker/model-cards'),
      expected: [{ status: 'fail', messageId: 'platformKey', message: 'ML model-card fraud-xgb-card is encrypted only with a platform-managed key.' }],
    },
    {
      name: 'recorded transform job naming no key',
      asset: sageMakerWireAsset('sagemaker/transform-jobs'),
      expected: [{ status: 'fail', messageId: 'platformKey', evidence: { encryption: 'platform' } }],
    },
    {
      name: 'recorded processing job: named keys not yet resolved by their KMS records',
      asset: sageMakerWireAsset('sagemaker/processing-jobs'),
      expected: [{ status: 'unknown', missingFacts: ['encryption'] }],
    },
    { name: 'encryption not visible', asset: makeAsset({ kind: 'endpoint', facts: {} }), expected: [{ status: 'unknown', missingFacts: ['encryption'] }] },
  ],
  notApplicable: [{ name: 'storage outside ML', asset: makeAsset({ kind: 'storage', facts: { encryption: 'platform' } }) }],
});
