import rule from '../../../../rules/aws/bedrock/resource-not-cmk.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset, guardrail } from './_support.js';

// The recorded resources name a key: the key linker (kms.ts) sets encryption once the key is read.
testRule(rule, {
  valid: [
    { name: 'guardrail with a customer-managed key', asset: bedrockAsset('bedrock/guardrails', { facts: { encryption: 'cmk' } }) },
    { name: 'agent with a customer-managed key', asset: bedrockAsset('bedrock-agent/agents', { facts: { encryption: 'cmk' } }) },
  ],
  invalid: [
    { name: 'recorded imported model: no key named', asset: bedrockAsset('bedrock/imported-models'), expected: [{ status: 'fail', messageId: 'notCmk', evidence: { encryption: 'platform' } }] },
    { name: 'data source without a key', asset: bedrockAsset('bedrock-agent/data-sources', { describe: { serverSideEncryptionConfiguration: undefined } }), expected: [{ status: 'fail', messageId: 'notCmk' }] },
    { name: 'guardrail key named but not read', asset: guardrail(), expected: [{ status: 'unknown', missingFacts: ['encryption'] }] },
    { name: 'custom model not described', asset: bedrockAsset('bedrock/custom-models', { describe: false, job: false }), expected: [{ status: 'unknown' }] },
  ],
});
