import rule from '../../../../rules/aws/bedrock/agent-without-guardrail-can-write-training-data.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsAsset, BUCKET, ROLE } from '../_support.js';
import { bedrockAsset, edge } from './_support.js';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/service-role/AmazonBedrockExecutionRoleForAgents_support';
const TRAINING = 'arn:aws:s3:::ml-genai-training';
const guarded = bedrockAsset('bedrock-agent/agents');
const unguarded = bedrockAsset('bedrock-agent/agents', { describe: { guardrailConfiguration: undefined } });
const model = bedrockAsset('bedrock/custom-models');
const role = (facts: Record<string, unknown>) => awsAsset('role', ROLE, { id: ROLE_ARN, name: 'agent-role', facts });
const bucket = awsAsset('storage', BUCKET, { id: TRAINING, name: 'ml-genai-training', facts: { publicWrite: false } });
const graph = (agent: typeof guarded) => [edge(agent, ROLE_ARN, 'assumes'), edge(model, TRAINING, 'trained-on'), ...(agent === guarded ? [edge(agent, 'arn:aws:bedrock:eu-west-1:111122223333:guardrail/gr7abc123xyz', 'filtered-by')] : [])];

testRule(rule, {
  valid: [
    { name: 'recorded agent: guardrail attached', asset: guarded, related: [role({ privilege: 'admin' }), model, bucket], edges: graph(guarded) },
    { name: 'no guardrail, but the role cannot write S3', asset: unguarded, related: [role({ privilege: 'scoped', wildcardActions: [] }), model, bucket], edges: graph(unguarded) },
  ],
  invalid: [
    {
      name: 'no guardrail and s3:* on the role',
      asset: unguarded,
      related: [role({ privilege: 'broad', wildcardActions: ['s3:*'] }), model, bucket],
      edges: graph(unguarded),
      expected: [{ status: 'fail', path: [unguarded.id, ROLE_ARN, TRAINING], message: 'Agent support-agent has no guardrail and runs as role agent-role, which can write to training data in ml-genai-training.' }],
    },
    { name: 'role wildcards not read', asset: unguarded, related: [role({ privilege: 'scoped' }), model, bucket], edges: graph(unguarded), expected: [{ status: 'unknown', missingFacts: ['wildcardActions'] }] },
    { name: 'agent not described', asset: bedrockAsset('bedrock-agent/agents', { describe: false }), expected: [{ status: 'unknown', missingFacts: ['GetAgent'] }] },
  ],
});
