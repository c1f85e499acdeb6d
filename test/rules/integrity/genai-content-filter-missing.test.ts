import rule from '../../../rules/integrity/genai-content-filter-missing.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset } from '../../support/wire-assets.js';
import { bedrockAsset } from '../aws/bedrock/_support.js';

/** The recorded Azure AI Foundry serverless endpoint (a catalog Llama model, content safety Disabled), patched. */
const serverless = (contentSafety: Record<string, unknown> | undefined) =>
  armWireAsset('machine-learning/serverless-endpoints', 'machine-learning/serverless-endpoint.json', { properties: { contentSafety } });

testRule(rule, {
  valid: [
    { name: 'recorded Bedrock agent: guardrail attached', asset: bedrockAsset('bedrock-agent/agents') },
    { name: 'serverless endpoint with content safety enabled', asset: serverless({ contentSafetyStatus: 'Enabled' }) },
  ],
  invalid: [
    { name: 'agent without guardrail', asset: bedrockAsset('bedrock-agent/agents', { describe: { guardrailConfiguration: undefined } }), expected: [{ status: 'fail', message: 'support-agent serves its model without a guardrail or content filter.', evidence: { contentFilter: false } }] },
    { name: 'recorded serverless endpoint: content safety disabled', asset: serverless({}), expected: [{ status: 'fail', message: 'llama-fraud-triage serves its model without a guardrail or content filter.', evidence: { contentFilter: false } }] },
    { name: 'serverless endpoint whose content safety the record leaves out', asset: serverless(undefined), expected: [{ status: 'unknown', missingFacts: ['contentFilter'] }] },
    { name: 'agent not described', asset: bedrockAsset('bedrock-agent/agents', { describe: false }), expected: [{ status: 'unknown', missingFacts: ['contentFilter'] }] },
  ],
});
