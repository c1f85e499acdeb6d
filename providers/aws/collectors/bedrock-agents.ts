// Amazon Bedrock Agents (the bedrock-agent control plane): agents with their action groups, and
// knowledge bases with their data sources. Agent instructions, prompt templates and API schemas
// are in the answers but never kept (raw-fields.ts).
import {
  type ActionGroupSummary,
  type AgentKnowledgeBaseSummary,
  type AgentSummary,
  type DataSourceSummary,
  GetAgentActionGroupCommand,
  type GetAgentActionGroupRequest,
  type GetAgentActionGroupResponse,
  GetAgentCommand,
  type GetAgentResponse,
  GetDataSourceCommand,
  type GetDataSourceResponse,
  GetKnowledgeBaseCommand,
  type GetKnowledgeBaseResponse,
  type KnowledgeBase,
  type KnowledgeBaseSummary,
  ListAgentActionGroupsCommand,
  type ListAgentActionGroupsRequest,
  ListAgentKnowledgeBasesCommand,
  type ListAgentKnowledgeBasesRequest,
  type ListAgentKnowledgeBasesResponse,
  ListAgentsCommand,
  ListDataSourcesCommand,
  type ListDataSourcesRequest,
  ListKnowledgeBasesCommand,
} from '@aws-sdk/client-bedrock-agent';
import type { Agent, AgentActionGroup, DataSource } from '@aws-sdk/client-bedrock-agent';
import type { Facts } from '../../../src/model/index.js';
import { compact, type ScopeInfo } from '../arn.js';
import { defineCollector, detail, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import { bedrockArn, bedrockTags, bedrockTagsDetail, NEXT_TOKEN } from './bedrock-shared.js';
import { described, encryptionFacts, keyEdges } from './common.js';
import { roleEdge } from './sagemaker-shared.js';

/** The working draft of an agent: what its action groups and knowledge bases are listed under. */
const DRAFT = 'DRAFT';

export const agents = defineCollector<AgentSummary>({
  name: 'bedrock-agent/agents',
  kind: 'agent',
  nativeType: 'AWS::Bedrock::Agent',
  facts: ['contentFilter', 'encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock-agent', ListAgentsCommand), items: (o) => o.agentSummaries, page: NEXT_TOKEN },
  details: [
    detail<AgentSummary, { agentId: string | undefined }, GetAgentResponse>({
      key: 'describe',
      op: op('bedrock-agent', GetAgentCommand),
      input: (r) => ({ agentId: r.agentId }),
      pick: (o) => o.agent,
    }),
    detail<AgentSummary, ListAgentKnowledgeBasesRequest, ListAgentKnowledgeBasesResponse>({
      key: 'knowledgeBases',
      op: op('bedrock-agent', ListAgentKnowledgeBasesCommand),
      input: (r) => ({ agentId: r.agentId, agentVersion: DRAFT }),
      page: { ...NEXT_TOKEN, items: (o) => o.agentKnowledgeBaseSummaries },
    }),
    bedrockTagsDetail<AgentSummary>('bedrock-agent', (r, s) => (r.agentId ? bedrockArn(s, 'agent', r.agentId) : undefined)),
  ],
  normalize(r, ctx) {
    const d = described<Agent>(ctx);
    const facts: Facts = d ? { contentFilter: d.guardrailConfiguration?.guardrailIdentifier !== undefined, ...encryptionFacts(d.customerEncryptionKeyArn) } : {};
    const knowledgeBases = (ctx.details.knowledgeBases as AgentKnowledgeBaseSummary[] | undefined) ?? [];
    return {
      id: d?.agentArn ?? bedrockArn(ctx, 'agent', r.agentId ?? ''),
      name: r.agentName ?? r.agentId ?? '',
      facts,
      tags: bedrockTags(ctx.details.tags),
      edges: [...agentEdges(ctx, d), ...knowledgeBases.map((kb): EdgeSpec => ({ kind: 'retrieves-from', to: bedrockArn(ctx, 'knowledge-base', kb.knowledgeBaseId ?? '') }))],
    };
  },
});

function agentEdges(scope: ScopeInfo, d: Agent | undefined): EdgeSpec[] {
  if (!d) return [];
  const guardrail = d.guardrailConfiguration?.guardrailIdentifier;
  return [
    ...roleEdge(d.agentResourceRoleArn),
    ...keyEdges(scope, d.customerEncryptionKeyArn),
    ...compact<EdgeSpec>([
      guardrail && { kind: 'filtered-by', to: bedrockArn(scope, 'guardrail', guardrail) },
      d.foundationModel?.startsWith('arn:') && !d.foundationModel.includes(':foundation-model/') && { kind: 'serves-model', to: d.foundationModel },
    ]),
  ];
}

interface AgentParent {
  agentId?: string;
}

export const actionGroups = defineCollector<ActionGroupSummary>({
  name: 'bedrock-agent/action-groups',
  kind: 'connection',
  nativeType: 'AWS::Bedrock::AgentActionGroup',
  facts: [],
  scope: 'regional',
  phase: 1,
  parent: 'bedrock-agent/agents',
  parentEdge: { kind: 'contains' },
  list: {
    op: op('bedrock-agent', ListAgentActionGroupsCommand),
    input: (_s, parent): ListAgentActionGroupsRequest => ({ agentId: (parent as AgentParent).agentId, agentVersion: DRAFT }),
    items: (o) => o.actionGroupSummaries,
    page: NEXT_TOKEN,
  },
  details: [
    detail<ActionGroupSummary, GetAgentActionGroupRequest, GetAgentActionGroupResponse>({
      key: 'describe',
      op: op('bedrock-agent', GetAgentActionGroupCommand),
      input: (r, ctx) => ({ agentId: (ctx.parent as AgentParent | undefined)?.agentId, agentVersion: DRAFT, actionGroupId: r.actionGroupId }),
      pick: (o) => o.agentActionGroup,
    }),
  ],
  normalize(r, ctx) {
    const d = described<AgentActionGroup>(ctx);
    const agent = bedrockArn(ctx, 'agent', d?.agentId ?? (ctx.parent as AgentParent | undefined)?.agentId ?? '');
    const lambda = d?.actionGroupExecutor && 'lambda' in d.actionGroupExecutor ? d.actionGroupExecutor.lambda : undefined;
    return {
      id: `${agent}/action-group/${r.actionGroupId ?? ''}`,
      name: r.actionGroupName ?? r.actionGroupId ?? '',
      facts: {},
      edges: lambda ? [{ kind: 'connects-to', to: lambda }] : [],
    };
  },
});

export const knowledgeBases = defineCollector<KnowledgeBaseSummary>({
  name: 'bedrock-agent/knowledge-bases',
  kind: 'knowledge-base',
  nativeType: 'AWS::Bedrock::KnowledgeBase',
  facts: [],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock-agent', ListKnowledgeBasesCommand), items: (o) => o.knowledgeBaseSummaries, page: NEXT_TOKEN },
  details: [
    detail<KnowledgeBaseSummary, { knowledgeBaseId: string | undefined }, GetKnowledgeBaseResponse>({
      key: 'describe',
      op: op('bedrock-agent', GetKnowledgeBaseCommand),
      input: (r) => ({ knowledgeBaseId: r.knowledgeBaseId }),
      pick: (o) => o.knowledgeBase,
    }),
    bedrockTagsDetail<KnowledgeBaseSummary>('bedrock-agent', (r, s) => (r.knowledgeBaseId ? bedrockArn(s, 'knowledge-base', r.knowledgeBaseId) : undefined)),
  ],
  normalize(r, ctx) {
    const d = described<KnowledgeBase>(ctx);
    return {
      id: d?.knowledgeBaseArn ?? bedrockArn(ctx, 'knowledge-base', r.knowledgeBaseId ?? ''),
      name: r.name ?? r.knowledgeBaseId ?? '',
      facts: {},
      tags: bedrockTags(ctx.details.tags),
      edges: d ? [...roleEdge(d.roleArn), ...vectorStoreEdges(d)] : [],
    };
  },
});

/** The vector store a knowledge base writes embeddings to, when it is an AWS resource. */
function vectorStoreEdges(d: KnowledgeBase): EdgeSpec[] {
  const s = d.storageConfiguration;
  const store = s?.opensearchServerlessConfiguration?.collectionArn ?? s?.rdsConfiguration?.resourceArn ?? s?.neptuneAnalyticsConfiguration?.graphArn ?? s?.opensearchManagedClusterConfiguration?.domainArn;
  return store ? [{ kind: 'uses-storage', to: store }] : [];
}

interface KnowledgeBaseParent {
  knowledgeBaseId?: string;
}

export const dataSources = defineCollector<DataSourceSummary>({
  name: 'bedrock-agent/data-sources',
  kind: 'datastore',
  nativeType: 'AWS::Bedrock::DataSource',
  facts: ['encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  parent: 'bedrock-agent/knowledge-bases',
  parentEdge: { kind: 'contains' },
  list: {
    op: op('bedrock-agent', ListDataSourcesCommand),
    input: (_s, parent): ListDataSourcesRequest => ({ knowledgeBaseId: (parent as KnowledgeBaseParent).knowledgeBaseId }),
    items: (o) => o.dataSourceSummaries,
    page: NEXT_TOKEN,
  },
  details: [
    detail<DataSourceSummary, { knowledgeBaseId: string | undefined; dataSourceId: string | undefined }, GetDataSourceResponse>({
      key: 'describe',
      op: op('bedrock-agent', GetDataSourceCommand),
      input: (r) => ({ knowledgeBaseId: r.knowledgeBaseId, dataSourceId: r.dataSourceId }),
      pick: (o) => o.dataSource,
    }),
  ],
  normalize(r, ctx) {
    const d = described<DataSource>(ctx);
    const key = d?.serverSideEncryptionConfiguration?.kmsKeyArn;
    const bucket = d?.dataSourceConfiguration?.s3Configuration?.bucketArn;
    return {
      id: `${bedrockArn(ctx, 'knowledge-base', r.knowledgeBaseId ?? '')}/data-source/${r.dataSourceId ?? ''}`,
      name: r.name ?? r.dataSourceId ?? '',
      facts: d ? encryptionFacts(key) : {},
      edges: [...(bucket ? [{ kind: 'uses-storage' as const, to: bucket }] : []), ...keyEdges(ctx, key)],
    };
  },
});

export const bedrockAgentCollectors = [agents, actionGroups, knowledgeBases, dataSources];
