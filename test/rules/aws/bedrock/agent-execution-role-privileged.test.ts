import rule from '../../../../rules/aws/bedrock/agent-execution-role-privileged.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset, ROLE } from '../_support.js';
import { bedrockAsset, edge } from './_support.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/service-role/AmazonBedrockExecutionRoleForAgents_support';
const agent = bedrockAsset('bedrock-agent/agents');
const role = (privilege?: 'admin' | 'broad' | 'scoped') => awsAsset('role', ROLE, { id: ROLE_ARN, name: 'AmazonBedrockExecutionRoleForAgents_support', facts: privilege ? { privilege } : {} });
const assumes = [edge(agent, ROLE_ARN, 'assumes')];

testRule(rule, {
  valid: [{ name: 'scoped role', asset: agent, related: [role('scoped')], edges: assumes }],
  invalid: [
    { name: 'administrator role', asset: agent, related: [role('admin')], edges: assumes, expected: [{ status: 'fail', path: [agent.id, ROLE_ARN], message: 'Agent support-agent runs as role AmazonBedrockExecutionRoleForAgents_support, which has admin privileges.' }] },
    { name: 'service-wide wildcards', asset: agent, related: [role('broad')], edges: assumes, expected: [{ status: 'fail', messageId: 'privileged' }] },
    { name: 'role not read', asset: agent, edges: assumes, expected: [{ status: 'unknown', missingFacts: ['agentResourceRoleArn'] }] },
    { name: 'role privilege not read', asset: agent, related: [role()], edges: assumes, expected: [{ status: 'unknown', missingFacts: ['privilege'] }] },
  ],
});
