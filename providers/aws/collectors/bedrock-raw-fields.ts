import type { KeepTree } from '../../../src/lib/scrub.js';

/**
 * The Bedrock fields kept in `raw` (see raw-fields.ts). Never kept: agent instructions and prompt
 * templates, guardrail blocked-input / blocked-output messages, denied-topic definitions and
 * examples, word-filter words, regex patterns, action-group API schemas, hyperparameters, and
 * descriptions (free text an owner may have pasted a prompt into).
 */
const k = (...keys: string[]): Record<string, true> => Object.fromEntries(keys.map((key) => [key, true]));

const S3_URI = k('s3Uri');
/** Bedrock tags are `[{key, value}]`; Bedrock Agents tags a `{key: value}` map (values scrubbed like every kept value). */
const TAGS = { tags: k('key', 'value') };
const AGENT_TAGS = { tags: true } as const;
const TIMES = k('creationTime', 'lastModifiedTime');
const STRENGTHS = k('type', 'inputStrength', 'outputStrength', 'inputAction', 'outputAction', 'inputEnabled', 'outputEnabled', 'inputModalities', 'outputModalities');
const ACTIONS = k('type', 'action', 'inputAction', 'outputAction', 'inputEnabled', 'outputEnabled');

export const BEDROCK_RAW_FIELDS: Readonly<Record<string, KeepTree>> = {
  'bedrock/custom-models': {
    ...k('modelArn', 'modelName', 'baseModelArn', 'baseModelName', 'customizationType', 'ownerAccountId', 'modelStatus', 'creationTime'),
    $details: {
      describe: {
        ...k('modelArn', 'modelName', 'jobName', 'jobArn', 'baseModelArn', 'customizationType', 'modelKmsKeyArn', 'creationTime', 'modelStatus'),
        trainingDataConfig: S3_URI,
        validationDataConfig: { validators: S3_URI },
        outputDataConfig: S3_URI,
      },
      job: { ...k('jobArn', 'jobName', 'status', 'roleArn', 'baseModelArn', 'outputModelArn', 'outputModelKmsKeyArn', 'customizationType'), ...TIMES, vpcConfig: k('subnetIds', 'securityGroupIds') },
      ...TAGS,
    },
  },
  'bedrock/imported-models': {
    ...k('modelArn', 'modelName', 'creationTime', 'modelArchitecture', 'instructSupported'),
    $details: { describe: { ...k('modelArn', 'modelName', 'jobArn', 'modelArchitecture', 'modelKmsKeyArn', 'creationTime'), modelDataSource: { s3DataSource: k('s3Uri') } }, ...TAGS },
  },
  'bedrock/provisioned-throughputs': {
    $details: TAGS,
    ...k(
    'provisionedModelName',
    'provisionedModelArn',
    'modelArn',
    'desiredModelArn',
    'foundationModelArn',
    'modelUnits',
    'desiredModelUnits',
    'status',
    'commitmentDuration',
    'commitmentExpirationTime',
    'creationTime',
    'lastModifiedTime',
  ),
  },
  'bedrock/invocation-logging': {
    loggingConfig: {
      ...k('textDataDeliveryEnabled', 'imageDataDeliveryEnabled', 'embeddingDataDeliveryEnabled', 'videoDataDeliveryEnabled', 'audioDataDeliveryEnabled'),
      s3Config: k('bucketName', 'keyPrefix'),
      cloudWatchConfig: { ...k('logGroupName', 'roleArn'), largeDataDeliveryS3Config: k('bucketName', 'keyPrefix') },
    },
  },
  'bedrock/guardrails': {
    ...k('id', 'arn', 'status', 'name', 'version', 'createdAt', 'updatedAt'),
    $details: {
      describe: {
        ...k('name', 'guardrailId', 'guardrailArn', 'version', 'status', 'kmsKeyArn', 'createdAt', 'updatedAt'),
        contentPolicy: { filters: STRENGTHS, tier: k('tierName') },
        topicPolicy: { topics: k('name', 'type', 'inputAction', 'outputAction', 'inputEnabled', 'outputEnabled') },
        sensitiveInformationPolicy: { piiEntities: ACTIONS, regexes: k('name', 'action', 'inputAction', 'outputAction', 'inputEnabled', 'outputEnabled') },
        contextualGroundingPolicy: { filters: k('type', 'threshold', 'action', 'enabled') },
        wordPolicy: { managedWordLists: ACTIONS },
      },
      ...TAGS,
    },
  },
  'bedrock/evaluation-jobs': {
    ...k('jobArn', 'jobName', 'status', 'creationTime', 'jobType', 'evaluationTaskTypes', 'modelIdentifiers', 'ragIdentifiers', 'applicationType'),
    $details: { describe: { ...k('jobName', 'jobArn', 'status', 'roleArn', 'customerEncryptionKeyId', 'jobType', 'applicationType'), ...TIMES, outputDataConfig: S3_URI } },
  },
  'bedrock-agent/agents': {
    ...k('agentId', 'agentName', 'agentStatus', 'updatedAt', 'latestAgentVersion'),
    guardrailConfiguration: k('guardrailIdentifier', 'guardrailVersion'),
    $details: {
      describe: {
        ...k('agentId', 'agentName', 'agentArn', 'agentVersion', 'agentStatus', 'foundationModel', 'orchestrationType', 'idleSessionTTLInSeconds', 'agentResourceRoleArn'),
        ...k('customerEncryptionKeyArn', 'createdAt', 'updatedAt', 'preparedAt', 'agentCollaboration'),
        guardrailConfiguration: k('guardrailIdentifier', 'guardrailVersion'),
        memoryConfiguration: k('enabledMemoryTypes', 'storageDays'),
      },
      knowledgeBases: k('knowledgeBaseId', 'knowledgeBaseState', 'updatedAt'),
      ...AGENT_TAGS,
    },
  },
  'bedrock-agent/action-groups': {
    ...k('actionGroupId', 'actionGroupName', 'actionGroupState', 'updatedAt'),
    $details: {
      describe: {
        ...k('agentId', 'agentVersion', 'actionGroupId', 'actionGroupName', 'actionGroupState', 'parentActionSignature', 'createdAt', 'updatedAt'),
        actionGroupExecutor: k('lambda', 'customControl'),
        functionSchema: { functions: k('name', 'requireConfirmation') },
      },
    },
  },
  'bedrock-agent/knowledge-bases': {
    ...k('knowledgeBaseId', 'name', 'status', 'updatedAt'),
    $details: {
      describe: {
        ...k('knowledgeBaseId', 'name', 'knowledgeBaseArn', 'roleArn', 'status', 'createdAt', 'updatedAt'),
        knowledgeBaseConfiguration: { type: true, vectorKnowledgeBaseConfiguration: k('embeddingModelArn') },
        storageConfiguration: {
          type: true,
          opensearchServerlessConfiguration: k('collectionArn', 'vectorIndexName'),
          opensearchManagedClusterConfiguration: k('domainArn', 'domainEndpoint', 'vectorIndexName'),
          rdsConfiguration: k('resourceArn', 'databaseName', 'tableName'),
          neptuneAnalyticsConfiguration: k('graphArn'),
        },
      },
      ...AGENT_TAGS,
    },
  },
  'bedrock-agent/data-sources': {
    ...k('knowledgeBaseId', 'dataSourceId', 'name', 'status', 'updatedAt'),
    $details: {
      describe: {
        ...k('knowledgeBaseId', 'dataSourceId', 'name', 'status', 'dataDeletionPolicy', 'createdAt', 'updatedAt'),
        dataSourceConfiguration: { type: true, s3Configuration: k('bucketArn', 'inclusionPrefixes', 'bucketOwnerAccountId'), webConfiguration: { sourceConfiguration: { urlConfiguration: { seedUrls: k('url') } } } },
        serverSideEncryptionConfiguration: k('kmsKeyArn'),
      },
    },
  },
};
