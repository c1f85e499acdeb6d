import rule from '../../../rules/integrity/genai-content-filter-missing.js';
import { testRule } from '../../support/rule-tester.js';
import { bedrockAsset } from '../aws/bedrock/_support.js';

testRule(rule, {
  valid: [{ name: 'recorded Bedrock agent: guardrail attached', asset: bedrockAsset('bedrock-agent/agents') }],
  invalid: [
    { name: 'agent without guardrail', asset: bedrockAsset('bedrock-agent/agents', { describe: { guardrailConfiguration: undefined } }), expected: [{ status: 'fail', message: 'support-agent serves its model without a guardrail or content filter.', evidence: { contentFilter: false } }] },
    { name: 'agent not described', asset: bedrockAsset('bedrock-agent/agents', { describe: false }), expected: [{ status: 'unknown', missingFacts: ['contentFilter'] }] },
  ],
});
