import rule from '../../../../rules/aws/bedrock/agent-guardrail-draft-version.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const agent = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/agents', { describe });

testRule(rule, {
  valid: [{ name: 'recorded agent: guardrail version 1', asset: agent() }],
  invalid: [
    { name: 'draft', asset: agent({ guardrailConfiguration: { guardrailIdentifier: 'gr7abc123xyz', guardrailVersion: 'DRAFT' } }), expected: [{ status: 'fail', message: 'Agent support-agent uses the DRAFT of guardrail gr7abc123xyz.' }] },
    { name: 'version left out (the draft)', asset: agent({ guardrailConfiguration: { guardrailIdentifier: 'gr7abc123xyz', guardrailVersion: undefined } }), expected: [{ status: 'fail', messageId: 'draft' }] },
    { name: 'not read', asset: agent(false), expected: [{ status: 'unknown' }] },
    { name: 'no guardrail at all', asset: agent({ guardrailConfiguration: undefined }), expected: [{ status: 'not_applicable' }] },
  ],
});
