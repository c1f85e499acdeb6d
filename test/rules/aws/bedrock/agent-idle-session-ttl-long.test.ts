import rule from '../../../../rules/aws/bedrock/agent-idle-session-ttl-long.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const agent = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/agents', { describe });

testRule(rule, {
  valid: [
    { name: 'recorded agent: 600 s', asset: agent() },
    { name: 'exactly 30 minutes', asset: agent({ idleSessionTTLInSeconds: 1800 }) },
  ],
  invalid: [
    { name: 'maximum (5400 s)', asset: agent({ idleSessionTTLInSeconds: 5400 }), expected: [{ status: 'fail', message: 'Agent support-agent keeps idle sessions for 5400 seconds (more than 1800).' }] },
    { name: 'not read', asset: agent(false), expected: [{ status: 'unknown', missingFacts: ['idleSessionTTLInSeconds'] }] },
  ],
});
