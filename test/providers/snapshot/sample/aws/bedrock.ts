import { recordOf } from '../../../../../src/model/index.js';
import type { DescribedRecord, NamedRef } from '../estate-builder.js';
import { groupIds, subnetIds, type VpcPlacement } from './sagemaker.js';
import { addAwsRecord, arn, providerRecord, tagsOf, type AwsScope } from './scope.js';
import { s3Uri } from './storage.js';

// Amazon Bedrock records as the provider reads them (wire shapes of test/fixtures/wire/aws/bedrock*/):
// the List* summary, the Get* answer under `describe`, and ListTagsForResource under `tags`.

const CREATED = '2026-09-14T08:20:00.000Z';
const UPDATED = '2026-11-03T10:45:00.000Z';

/** Bedrock tags (`[{key, value}]`). */
const bedrockTagList = (tags: Record<string, string>) => Object.entries(tags).map(([key, value]) => ({ key, value }));

export interface CustomModelOptions {
  name: string;
  /** The foundation model fine-tuned, e.g. amazon.titan-text-express-v1:0:8k. */
  baseModel: string;
  modelId: string;
  jobId: string;
  role: DescribedRecord;
  training: { bucket: DescribedRecord; key: string };
  validation?: { bucket: DescribedRecord; key: string };
  output: { bucket: DescribedRecord; prefix: string };
  key?: DescribedRecord;
  placement?: VpcPlacement;
}

/** A fine-tuned custom model (ListCustomModels, GetCustomModel) and its customization job (GetModelCustomizationJob). */
export function bedrockCustomModel(scope: AwsScope, o: CustomModelOptions): DescribedRecord {
  const id = arn(scope, 'bedrock', `custom-model/${o.baseModel}/${o.modelId}`);
  const jobArn = arn(scope, 'bedrock', `model-customization-job/${o.baseModel}/${o.jobId}`);
  const baseModelArn = arn(scope, 'bedrock', `foundation-model/${o.baseModel}`, { account: '' });
  const jobName = `${o.name}-job`;
  const data = {
    trainingDataConfig: { s3Uri: s3Uri(o.training.bucket, o.training.key) },
    validationDataConfig: o.validation ? { validators: [{ s3Uri: s3Uri(o.validation.bucket, o.validation.key) }] } : undefined,
    outputDataConfig: { s3Uri: s3Uri(o.output.bucket, o.output.prefix) },
  };
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::Bedrock::CustomModel',
    raw: providerRecord(
      { modelArn: id, modelName: o.name, creationTime: CREATED, baseModelArn, customizationType: 'FINE_TUNING', ownerAccountId: scope.account, modelStatus: 'Active' },
      {
        describe: { modelArn: id, modelName: o.name, jobName, jobArn, baseModelArn, customizationType: 'FINE_TUNING', modelKmsKeyArn: o.key?.id, ...data, creationTime: CREATED, modelStatus: 'Active' },
        job: {
          jobArn,
          jobName,
          outputModelName: o.name,
          outputModelArn: id,
          roleArn: o.role.id,
          status: 'Completed',
          creationTime: '2026-09-14T06:02:00.000Z',
          lastModifiedTime: CREATED,
          baseModelArn,
          ...data,
          customizationType: 'FINE_TUNING',
          outputModelKmsKeyArn: o.key?.id,
          vpcConfig: o.placement ? { subnetIds: subnetIds(o.placement), securityGroupIds: groupIds(o.placement) } : undefined,
        },
        tags: bedrockTagList(tagsOf(scope)),
      },
    ),
  });
}

/** Provisioned throughput serving a custom model (ListProvisionedModelThroughputs). */
export function bedrockProvisionedThroughput(scope: AwsScope, o: { name: string; throughputId: string; model: DescribedRecord; modelUnits: number }): DescribedRecord {
  const id = arn(scope, 'bedrock', `provisioned-model/${o.throughputId}`);
  const base = recordOf<{ baseModelArn: string }>(o.model)!.baseModelArn;
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::Bedrock::ProvisionedModelThroughput',
    raw: providerRecord(
      {
        provisionedModelName: o.name,
        provisionedModelArn: id,
        modelArn: o.model.id,
        desiredModelArn: o.model.id,
        foundationModelArn: base,
        modelUnits: o.modelUnits,
        desiredModelUnits: o.modelUnits,
        status: 'InService',
        commitmentDuration: 'SixMonths',
        commitmentExpirationTime: '2027-03-15T09:00:00.000Z',
        creationTime: '2026-09-15T09:00:00.000Z',
        lastModifiedTime: '2026-09-15T09:00:00.000Z',
      },
      { tags: bedrockTagList(tagsOf(scope)) },
    ),
  });
}

/**
 * The region's model invocation logging configuration (GetModelInvocationLoggingConfiguration):
 * text, image and embedding data to a bucket, or `{}` when logging was never turned on.
 */
export function bedrockInvocationLogging(scope: AwsScope, o: { toBucket?: DescribedRecord }): DescribedRecord {
  const id = arn(scope, 'bedrock', 'model-invocation-logging-configuration');
  const config = o.toBucket
    ? { loggingConfig: { s3Config: { bucketName: o.toBucket.name, keyPrefix: 'invocations/' }, textDataDeliveryEnabled: true, imageDataDeliveryEnabled: true, embeddingDataDeliveryEnabled: false } }
    : {};
  return addAwsRecord(scope, { id, name: `Bedrock model invocation logging (${scope.region})`, nativeType: 'AWS::Bedrock::ModelInvocationLoggingConfiguration', raw: providerRecord(config) });
}

type Strength = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface GuardrailOptions {
  name: string;
  guardrailId: string;
  /** Strength of the harmful-content filters (hate, insults, sexual, violence, misconduct), prompts and completions. */
  content: Strength;
  promptAttack: Strength;
  /** PII entities blocked or anonymised (credentials included when set). */
  pii: boolean;
  deniedTopics: string[];
  grounding: boolean;
  profanity: boolean;
  key?: DescribedRecord;
}

const filter = (type: string, input: Strength, output: Strength) => ({
  type,
  inputStrength: input,
  outputStrength: output,
  inputModalities: ['TEXT'],
  outputModalities: ['TEXT'],
  inputAction: input === 'NONE' ? 'NONE' : 'BLOCK',
  outputAction: output === 'NONE' ? 'NONE' : 'BLOCK',
  inputEnabled: input !== 'NONE',
  outputEnabled: output !== 'NONE',
});

const entity = (type: string, action: 'BLOCK' | 'ANONYMIZE') => ({ type, action, inputAction: action, outputAction: action, inputEnabled: true, outputEnabled: true });

/** A guardrail (ListGuardrails, GetGuardrail of its working draft). Topic definitions and messages are in the answer; the provider drops them. */
export function bedrockGuardrail(scope: AwsScope, o: GuardrailOptions): DescribedRecord {
  const id = arn(scope, 'bedrock', `guardrail/${o.guardrailId}`);
  const categories = ['SEXUAL', 'VIOLENCE', 'HATE', 'INSULTS', 'MISCONDUCT'].map((type) => filter(type, o.content, o.content));
  const describe = {
    name: o.name,
    guardrailId: o.guardrailId,
    guardrailArn: id,
    version: 'DRAFT',
    status: 'READY',
    topicPolicy: o.deniedTopics.length
      ? { topics: o.deniedTopics.map((name) => ({ name, definition: `Requests about ${name}`, examples: [], type: 'DENY', inputAction: 'BLOCK', outputAction: 'BLOCK', inputEnabled: true, outputEnabled: true })) }
      : undefined,
    contentPolicy: { filters: [...categories, filter('PROMPT_ATTACK', o.promptAttack, 'NONE')] },
    wordPolicy: o.profanity ? { managedWordLists: [{ type: 'PROFANITY', inputAction: 'BLOCK', outputAction: 'BLOCK', inputEnabled: true, outputEnabled: true }] } : undefined,
    sensitiveInformationPolicy: o.pii
      ? { piiEntities: [entity('EMAIL', 'ANONYMIZE'), entity('PHONE', 'ANONYMIZE'), entity('UK_NATIONAL_INSURANCE_NUMBER', 'BLOCK'), entity('AWS_ACCESS_KEY', 'BLOCK'), entity('AWS_SECRET_KEY', 'BLOCK'), entity('PASSWORD', 'BLOCK')] }
      : undefined,
    contextualGroundingPolicy: o.grounding
      ? { filters: [{ type: 'GROUNDING', threshold: 0.8, action: 'BLOCK', enabled: true }, { type: 'RELEVANCE', threshold: 0.7, action: 'BLOCK', enabled: true }] }
      : undefined,
    createdAt: CREATED,
    updatedAt: UPDATED,
    statusReasons: [],
    failureRecommendations: [],
    blockedInputMessaging: 'Sorry, I cannot help with that request.',
    blockedOutputsMessaging: 'Sorry, I cannot answer that.',
    kmsKeyArn: o.key?.id,
  };
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::Bedrock::Guardrail',
    raw: providerRecord({ id: o.guardrailId, arn: id, status: 'READY', name: o.name, version: 'DRAFT', createdAt: CREATED, updatedAt: UPDATED }, { describe, tags: bedrockTagList(tagsOf(scope)) }),
  });
}

export interface AgentOptions {
  name: string;
  agentId: string;
  role: DescribedRecord;
  foundationModel: string;
  guardrail?: { guardrail: DescribedRecord; version: string };
  key?: DescribedRecord;
  idleSessionSeconds: number;
  knowledgeBases?: DescribedRecord[];
}

/** An agent (ListAgents, GetAgent of the draft, ListAgentKnowledgeBases). Its instruction is in GetAgent's answer; the provider drops it. */
export function bedrockAgent(scope: AwsScope, o: AgentOptions): DescribedRecord {
  const id = arn(scope, 'bedrock', `agent/${o.agentId}`);
  const guardrail = o.guardrail ? { guardrailIdentifier: recordOf<{ id: string }>(o.guardrail.guardrail)!.id, guardrailVersion: o.guardrail.version } : undefined;
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::Bedrock::Agent',
    raw: providerRecord(
      { agentId: o.agentId, agentName: o.name, agentStatus: 'PREPARED', updatedAt: UPDATED, latestAgentVersion: '3', guardrailConfiguration: guardrail },
      {
        describe: {
          agentId: o.agentId,
          agentName: o.name,
          agentArn: id,
          agentVersion: 'DRAFT',
          instruction: 'You help Harbourline staff with claims. Answer from the knowledge base only.',
          agentStatus: 'PREPARED',
          foundationModel: o.foundationModel,
          orchestrationType: 'DEFAULT',
          idleSessionTTLInSeconds: o.idleSessionSeconds,
          agentResourceRoleArn: o.role.id,
          customerEncryptionKeyArn: o.key?.id,
          createdAt: CREATED,
          updatedAt: UPDATED,
          preparedAt: UPDATED,
          guardrailConfiguration: guardrail,
        },
        knowledgeBases: (o.knowledgeBases ?? []).map((kb) => ({ knowledgeBaseId: recordOf<{ knowledgeBaseId: string }>(kb)!.knowledgeBaseId, knowledgeBaseState: 'ENABLED', updatedAt: UPDATED })),
        tags: tagsOf(scope),
      },
    ),
  });
}

export interface ActionGroupOptions {
  name: string;
  actionGroupId: string;
  lambda: string;
  functions: Array<{ name: string; confirm: boolean }>;
}

/** A record listed under an agent or knowledge base: id `<parent ARN>/<segment>/<child id>`, its summary and Get answer. */
function addBedrockChild(scope: AwsScope, parent: DescribedRecord, child: { segment: string; id: string; name: string; nativeType: string }, summary: Record<string, unknown>, describe: Record<string, unknown>): DescribedRecord {
  return addAwsRecord(scope, { id: `${parent.id}/${child.segment}/${child.id}`, name: child.name, nativeType: child.nativeType, raw: providerRecord(summary, { describe }) });
}

/** An action group of an agent's draft (ListAgentActionGroups, GetAgentActionGroup): the Lambda function it calls. */
export function bedrockActionGroup(scope: AwsScope, agent: DescribedRecord, o: ActionGroupOptions): DescribedRecord {
  const agentId = recordOf<{ agentId: string }>(agent)!.agentId;
  const functions = o.functions.map((f) => ({ name: f.name, parameters: { claimId: { type: 'string', required: true } }, requireConfirmation: f.confirm ? 'ENABLED' : 'DISABLED' }));
  return addBedrockChild(
    scope,
    agent,
    { segment: 'action-group', id: o.actionGroupId, name: o.name, nativeType: 'AWS::Bedrock::AgentActionGroup' },
    { actionGroupId: o.actionGroupId, actionGroupName: o.name, actionGroupState: 'ENABLED', updatedAt: UPDATED },
    {
      agentId,
      agentVersion: 'DRAFT',
      actionGroupId: o.actionGroupId,
      actionGroupName: o.name,
      createdAt: CREATED,
      updatedAt: UPDATED,
      actionGroupExecutor: { lambda: arn(scope, 'lambda', `function:${o.lambda}`) },
      functionSchema: { functions },
      actionGroupState: 'ENABLED',
    },
  );
}

/** A vector knowledge base (ListKnowledgeBases, GetKnowledgeBase) whose embeddings live in an OpenSearch Serverless collection. */
export function bedrockKnowledgeBase(scope: AwsScope, o: { name: string; knowledgeBaseId: string; role: DescribedRecord; collectionId: string }): DescribedRecord {
  const id = arn(scope, 'bedrock', `knowledge-base/${o.knowledgeBaseId}`);
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::Bedrock::KnowledgeBase',
    raw: providerRecord(
      { knowledgeBaseId: o.knowledgeBaseId, name: o.name, status: 'ACTIVE', updatedAt: UPDATED },
      {
        describe: {
          knowledgeBaseId: o.knowledgeBaseId,
          name: o.name,
          knowledgeBaseArn: id,
          roleArn: o.role.id,
          knowledgeBaseConfiguration: { type: 'VECTOR', vectorKnowledgeBaseConfiguration: { embeddingModelArn: arn(scope, 'bedrock', 'foundation-model/amazon.titan-embed-text-v2:0', { account: '' }) } },
          storageConfiguration: {
            type: 'OPENSEARCH_SERVERLESS',
            opensearchServerlessConfiguration: {
              collectionArn: arn(scope, 'aoss', `collection/${o.collectionId}`),
              vectorIndexName: `${o.name}-index`,
              fieldMapping: { vectorField: 'embedding', textField: 'text', metadataField: 'metadata' },
            },
          },
          status: 'ACTIVE',
          createdAt: CREATED,
          updatedAt: UPDATED,
        },
        tags: tagsOf(scope),
      },
    ),
  });
}

/** An S3 data source of a knowledge base (ListDataSources, GetDataSource). */
export function bedrockDataSource(scope: AwsScope, kb: DescribedRecord, o: { name: string; dataSourceId: string; bucket: NamedRef; prefix: string; key?: DescribedRecord }): DescribedRecord {
  const knowledgeBaseId = recordOf<{ knowledgeBaseId: string }>(kb)!.knowledgeBaseId;
  return addBedrockChild(
    scope,
    kb,
    { segment: 'data-source', id: o.dataSourceId, name: o.name, nativeType: 'AWS::Bedrock::DataSource' },
    { knowledgeBaseId, dataSourceId: o.dataSourceId, name: o.name, status: 'AVAILABLE', updatedAt: UPDATED },
    {
      knowledgeBaseId,
      dataSourceId: o.dataSourceId,
      name: o.name,
      status: 'AVAILABLE',
      dataSourceConfiguration: { type: 'S3', s3Configuration: { bucketArn: o.bucket.id, inclusionPrefixes: [o.prefix], bucketOwnerAccountId: scope.account } },
      serverSideEncryptionConfiguration: o.key ? { kmsKeyArn: o.key.id } : undefined,
      vectorIngestionConfiguration: { chunkingConfiguration: { chunkingStrategy: 'FIXED_SIZE', fixedSizeChunkingConfiguration: { maxTokens: 300, overlapPercentage: 20 } } },
      dataDeletionPolicy: 'RETAIN',
      createdAt: CREATED,
      updatedAt: UPDATED,
    },
  );
}
