import { describe, expect, it } from 'vitest';
import { bedrockCollectors } from '../../../providers/aws/collectors/bedrock.js';
import { bedrockAgentCollectors } from '../../../providers/aws/collectors/bedrock-agents.js';
import { awsReadActions } from '../../../providers/aws/permissions.js';
import { answerBedrock, bedrockWire, mockBedrock } from './bedrock-wire.js';
import { ACCOUNT, REGION, collect, stsCallerIdentity, useNock } from './support.js';

const COLLECTORS = [...bedrockCollectors, ...bedrockAgentCollectors];
const CUSTOM_MODEL = `arn:aws:bedrock:${REGION}:${ACCOUNT}:custom-model/amazon.titan-text-express-v1:0:8k/ab12cd34ef56`;
const AGENT = `arn:aws:bedrock:${REGION}:${ACCOUNT}:agent/AGT1234567`;
const KB = `arn:aws:bedrock:${REGION}:${ACCOUNT}:knowledge-base/KB12345678`;
const GUARDRAIL = `arn:aws:bedrock:${REGION}:${ACCOUNT}:guardrail/gr7abc123xyz`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const LOGGING = `arn:aws:bedrock:${REGION}:${ACCOUNT}:model-invocation-logging-configuration`;

describe('Amazon Bedrock and Bedrock Agents (REST-JSON through the real SDKs)', () => {
  useNock();

  it('collects every Bedrock type of the recorded estate with its facts and lineage edges', async () => {
    stsCallerIdentity();
    mockBedrock('full');
    const sent = new Set<string>();
    const inventory = await collect({ collectors: COLLECTORS, sent });

    expect(inventory.gaps).toEqual([]);
    const byType = new Map(inventory.assets.map((a) => [a.nativeType, a]));
    expect([...byType.keys()].sort()).toEqual([
      'AWS::Bedrock::Agent',
      'AWS::Bedrock::AgentActionGroup',
      'AWS::Bedrock::CustomModel',
      'AWS::Bedrock::DataSource',
      'AWS::Bedrock::EvaluationJob',
      'AWS::Bedrock::Guardrail',
      'AWS::Bedrock::ImportedModel',
      'AWS::Bedrock::KnowledgeBase',
      'AWS::Bedrock::ModelInvocationLoggingConfiguration',
      'AWS::Bedrock::ProvisionedModelThroughput',
    ]);
    expect(byType.get('AWS::Bedrock::CustomModel')).toMatchObject({ id: CUSTOM_MODEL, kind: 'model', facts: { encryptionKeyId: KEY, inVirtualNetwork: true } });
    expect(byType.get('AWS::Bedrock::ImportedModel')!.facts).toEqual({ encryption: 'platform', tagsRead: true });
    expect(byType.get('AWS::Bedrock::CustomModel')!.tags).toEqual({ project: 'support-assistant', 'data-classification': 'confidential' });
    expect(byType.get('AWS::Bedrock::KnowledgeBase')!.tags).toEqual({ project: 'support-assistant', owner: 'cx-platform' });
    expect(byType.get('AWS::Bedrock::Agent')).toMatchObject({ id: AGENT, kind: 'agent', facts: { contentFilter: true, encryptionKeyId: KEY } });
    expect(byType.get('AWS::Bedrock::Guardrail')).toMatchObject({ id: GUARDRAIL, kind: 'guardrail', facts: { encryptionKeyId: KEY } });
    expect(byType.get('AWS::Bedrock::ModelInvocationLoggingConfiguration')).toMatchObject({
      id: LOGGING,
      kind: 'log-sink',
      facts: { loggingEnabled: true, promptLoggingEnabled: true, logDestinations: ['arn:aws:s3:::ml-genai-invocation-logs', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/bedrock/invocations`] },
    });

    const dataSource = `${KB}/data-source/DS12345678`;
    const actionGroup = `${AGENT}/action-group/AG12345678`;
    expect(inventory.edges).toEqual(
      expect.arrayContaining([
        { from: CUSTOM_MODEL, to: 'arn:aws:s3:::ml-genai-training', kind: 'trained-on' },
        { from: CUSTOM_MODEL, to: 'arn:aws:s3:::ml-genai-output', kind: 'uses-storage' },
        { from: CUSTOM_MODEL, to: KEY, kind: 'encrypted-by' },
        { from: CUSTOM_MODEL, to: `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0a1b2c3d4e5f60718`, kind: 'in-network' },
        { from: CUSTOM_MODEL, to: `arn:aws:iam::${ACCOUNT}:role/bedrock-customization`, kind: 'assumes' },
        { from: `arn:aws:bedrock:${REGION}:${ACCOUNT}:provisioned-model/q1w2e3r4t5y6`, to: CUSTOM_MODEL, kind: 'serves-model' },
        { from: AGENT, to: GUARDRAIL, kind: 'filtered-by' },
        { from: AGENT, to: KB, kind: 'retrieves-from' },
        { from: AGENT, to: actionGroup, kind: 'contains' },
        { from: actionGroup, to: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:support-ticketing`, kind: 'connects-to' },
        { from: KB, to: dataSource, kind: 'contains' },
        { from: dataSource, to: 'arn:aws:s3:::ml-genai-manuals', kind: 'uses-storage' },
        { from: LOGGING, to: 'arn:aws:s3:::ml-genai-invocation-logs', kind: 'logs-to' },
      ]),
    );

    // The generated policy covers exactly the Bedrock calls the scan made.
    const bedrockActions = awsReadActions().filter((a) => a.startsWith('bedrock:'));
    expect([...sent].filter((a) => a.startsWith('bedrock:')).sort()).toEqual(bedrockActions);
  });

  it('keeps no prompt, instruction, guardrail message, topic example, word or pattern in the raw records', async () => {
    stsCallerIdentity();
    mockBedrock('full');
    const inventory = await collect({ collectors: COLLECTORS });
    const raw = JSON.stringify(inventory.assets.map((a) => a.raw));
    expect(raw.match(/CANARY-[A-Z-]+/g) ?? []).toEqual([]);
    // What rules read is kept.
    const guardrail = inventory.assets.find((a) => a.kind === 'guardrail')!.raw!.details!.describe as { contentPolicy: { filters: unknown[] } };
    expect(guardrail.contentPolicy.filters).toContainEqual(expect.objectContaining({ type: 'PROMPT_ATTACK', inputStrength: 'HIGH' }));
  });

  it('follows nextToken on query-string (GET) and body (POST) listings', async () => {
    stsCallerIdentity();
    mockBedrock('empty', { skip: ['ListCustomModels', 'ListAgents'] });
    const first = bedrockWire('ListCustomModels') as { modelSummaries: Array<Record<string, unknown>> };
    const secondArn = `${CUSTOM_MODEL}-2`;
    answerBedrock('ListCustomModels', { ...first, nextToken: 'page-2' }, { query: (q) => q.nextToken === undefined });
    answerBedrock('ListCustomModels', { modelSummaries: [{ ...first.modelSummaries[0], modelArn: secondArn, modelName: 'second' }] }, { query: (q) => q.nextToken === 'page-2' });
    answerBedrock('GetCustomModel', bedrockWire('GetCustomModel'));
    answerBedrock('GetModelCustomizationJob', bedrockWire('GetModelCustomizationJob'));
    answerBedrock('GetCustomModel', { ...bedrockWire('GetCustomModel'), modelArn: secondArn, modelName: 'second', jobArn: undefined }, { path: `/custom-models/${encodeURIComponent(secondArn)}` });
    answerBedrock('ListTagsForResource', { tags: [] }, { times: 2 });
    answerBedrock('ListAgents', { agentSummaries: [], nextToken: 'agents-2' }, { body: (b) => b.nextToken === undefined });
    answerBedrock('ListAgents', { agentSummaries: [] }, { body: (b) => b.nextToken === 'agents-2' });

    const inventory = await collect({ collectors: COLLECTORS });
    expect(inventory.gaps).toEqual([]);
    const models = inventory.assets.filter((a) => a.nativeType === 'AWS::Bedrock::CustomModel');
    expect(models.map((a) => [a.name, a.facts?.inVirtualNetwork]).sort()).toEqual([
      ['second', undefined], // no customization job named: whether it ran in a VPC is unknown
      ['support-assistant-ft', true],
    ]);
    // A region where invocation logging was never configured answers an empty object.
    expect(inventory.assets.find((a) => a.kind === 'log-sink')!.facts).toEqual({ loggingEnabled: false, promptLoggingEnabled: false, logDestinations: [] });
  });

  it('retries a throttled listing, and records a denied listing or read as a coverage gap, never as absence', async () => {
    stsCallerIdentity();
    mockBedrock('empty', { skip: ['ListGuardrails', 'ListEvaluationJobs', 'ListAgents'] });
    answerBedrock('ListGuardrails', { message: 'Rate exceeded' }, { status: 429, errorType: 'ThrottlingException' });
    answerBedrock('ListGuardrails', bedrockWire('ListGuardrails'));
    answerBedrock('GetGuardrail', bedrockWire('GetGuardrail'));
    answerBedrock('ListTagsForResource', bedrockWire('ListTagsForResource'));
    answerBedrock('ListAgentTags', { message: 'Rate exceeded' }, { status: 429, errorType: 'ThrottlingException', times: 3 });
    answerBedrock('ListEvaluationJobs', { message: 'not authorized to perform: bedrock:ListEvaluationJobs' }, { status: 403, errorType: 'AccessDeniedException' });
    answerBedrock('ListAgents', bedrockWire('ListAgents'));
    answerBedrock('GetAgent', { message: 'not authorized to perform: bedrock:GetAgent' }, { status: 403, errorType: 'AccessDeniedException' });
    answerBedrock('ListAgentKnowledgeBases', bedrockWire('ListAgentKnowledgeBases'));
    answerBedrock('ListAgentActionGroups', { actionGroupSummaries: [] });

    const inventory = await collect({ collectors: COLLECTORS });
    expect(inventory.assets.find((a) => a.kind === 'guardrail')!.facts).toEqual({ encryptionKeyId: KEY, tagsRead: true });
    const agent = inventory.assets.find((a) => a.kind === 'agent')!;
    expect(agent.facts?.contentFilter).toBeUndefined();
    // Throttled on every SDK attempt: the tags stay unread (no `tagsRead`), and the call is a gap.
    expect(agent.facts?.tagsRead).toBeUndefined();
    const gaps = inventory.gaps.map((g) => ({ service: g.service, errorCode: g.errorCode, kinds: g.kinds, message: g.message }));
    expect(gaps).toEqual([
      expect.objectContaining({ service: 'bedrock', errorCode: 'AccessDeniedException', kinds: ['monitoring'], message: expect.stringContaining('ListEvaluationJobs') }),
      expect.objectContaining({ service: 'bedrock-agent', errorCode: 'AccessDeniedException', message: expect.stringContaining('GetAgent') }),
      expect.objectContaining({ service: 'bedrock-agent', errorCode: 'ThrottlingException', message: expect.stringContaining('ListTagsForResource') }),
    ]);
  });
});
