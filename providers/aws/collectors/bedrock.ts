// Amazon Bedrock control plane: custom and imported models, provisioned throughput, the model
// invocation logging configuration, guardrails and model evaluation jobs. Agents and knowledge
// bases are in bedrock-agents.ts. Only list and get calls; prompts, guardrail messages and topic
// examples are read by GetGuardrail but never kept (raw-fields.ts).
import {
  type CustomModelSummary,
  type EvaluationSummary,
  GetCustomModelCommand,
  type GetCustomModelResponse,
  GetEvaluationJobCommand,
  type GetEvaluationJobResponse,
  GetGuardrailCommand,
  type GetGuardrailResponse,
  GetImportedModelCommand,
  type GetImportedModelResponse,
  GetModelCustomizationJobCommand,
  type GetModelCustomizationJobResponse,
  GetModelInvocationLoggingConfigurationCommand,
  type GetModelInvocationLoggingConfigurationResponse,
  type GuardrailSummary,
  type ImportedModelSummary,
  ListCustomModelsCommand,
  ListEvaluationJobsCommand,
  ListGuardrailsCommand,
  ListImportedModelsCommand,
  ListProvisionedModelThroughputsCommand,
  type LoggingConfig,
  type ProvisionedModelSummary,
} from '@aws-sdk/client-bedrock';
import type { Facts } from '../../../src/model/index.js';
import { bucketArn, compact, type ScopeInfo } from '../arn.js';
import { defineCollector, detail, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import { bedrockArn, bedrockTags, bedrockTagsDetail, bucketEdges, NEXT_TOKEN } from './bedrock-shared.js';
import { described, encryptionFacts, keyEdges } from './common.js';
import { networkEdges, roleEdge } from './sagemaker-shared.js';

const NOT_FOUND = ['ResourceNotFoundException'] as const;

export const customModels = defineCollector<CustomModelSummary>({
  name: 'bedrock/custom-models',
  kind: 'model',
  nativeType: 'AWS::Bedrock::CustomModel',
  facts: ['encryption', 'encryptionKeyId', 'inVirtualNetwork'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock', ListCustomModelsCommand), items: (o) => o.modelSummaries, page: NEXT_TOKEN },
  details: [
    detail<CustomModelSummary, { modelIdentifier: string | undefined }, GetCustomModelResponse>({
      key: 'describe',
      op: op('bedrock', GetCustomModelCommand),
      input: (r) => ({ modelIdentifier: r.modelArn }),
    }),
    // The customization job holds the VPC configuration and the role; it may have been deleted.
    detail<CustomModelSummary, { jobIdentifier: string | undefined }, GetModelCustomizationJobResponse>({
      key: 'job',
      op: op('bedrock', GetModelCustomizationJobCommand),
      when: (_r, ctx) => described<GetCustomModelResponse>(ctx)?.jobArn !== undefined,
      input: (_r, ctx) => ({ jobIdentifier: described<GetCustomModelResponse>(ctx)?.jobArn }),
      absent: NOT_FOUND,
    }),
    bedrockTagsDetail<CustomModelSummary>('bedrock', (r) => r.modelArn),
  ],
  normalize(r, ctx) {
    const d = described<GetCustomModelResponse>(ctx);
    const job = described<GetModelCustomizationJobResponse>(ctx, 'job');
    const facts: Facts = d ? encryptionFacts(d.modelKmsKeyArn) : {};
    if (job) facts.inVirtualNetwork = (job.vpcConfig?.subnetIds ?? []).length > 0;
    return {
      id: r.modelArn ?? bedrockArn(ctx, 'custom-model', r.modelName ?? ''),
      name: r.modelName ?? '',
      facts,
      tags: bedrockTags(ctx.details.tags),
      edges: [...customModelEdges(ctx, d), ...customizationJobEdges(ctx, job)],
    };
  },
});

function customModelEdges(scope: ScopeInfo, d: GetCustomModelResponse | undefined): EdgeSpec[] {
  if (!d) return [];
  const validation = (d.validationDataConfig?.validators ?? []).map((v) => v.s3Uri);
  return [
    ...bucketEdges(scope, 'trained-on', d.trainingDataConfig?.s3Uri, ...validation),
    ...bucketEdges(scope, 'uses-storage', d.outputDataConfig?.s3Uri),
    ...keyEdges(scope, d.modelKmsKeyArn),
  ];
}

function customizationJobEdges(scope: ScopeInfo, job: GetModelCustomizationJobResponse | undefined): EdgeSpec[] {
  if (!job) return [];
  return [...networkEdges(scope, job.vpcConfig?.subnetIds, job.vpcConfig?.securityGroupIds), ...roleEdge(job.roleArn)];
}

export const importedModels = defineCollector<ImportedModelSummary>({
  name: 'bedrock/imported-models',
  kind: 'model',
  nativeType: 'AWS::Bedrock::ImportedModel',
  facts: ['encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock', ListImportedModelsCommand), items: (o) => o.modelSummaries, page: NEXT_TOKEN },
  details: [
    detail<ImportedModelSummary, { modelIdentifier: string | undefined }, GetImportedModelResponse>({
      key: 'describe',
      op: op('bedrock', GetImportedModelCommand),
      input: (r) => ({ modelIdentifier: r.modelArn }),
    }),
    bedrockTagsDetail<ImportedModelSummary>('bedrock', (r) => r.modelArn),
  ],
  normalize(r, ctx) {
    const d = described<GetImportedModelResponse>(ctx);
    return {
      id: r.modelArn ?? bedrockArn(ctx, 'imported-model', r.modelName ?? ''),
      name: r.modelName ?? '',
      facts: d ? encryptionFacts(d.modelKmsKeyArn) : {},
      tags: bedrockTags(ctx.details.tags),
      edges: d ? [...bucketEdges(ctx, 'stored-in', d.modelDataSource?.s3DataSource?.s3Uri), ...keyEdges(ctx, d.modelKmsKeyArn)] : [],
    };
  },
});

export const provisionedThroughputs = defineCollector<ProvisionedModelSummary>({
  name: 'bedrock/provisioned-throughputs',
  kind: 'deployment',
  nativeType: 'AWS::Bedrock::ProvisionedModelThroughput',
  facts: ['providerHostedModel'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock', ListProvisionedModelThroughputsCommand), items: (o) => o.provisionedModelSummaries, page: NEXT_TOKEN },
  details: [bedrockTagsDetail<ProvisionedModelSummary>('bedrock', (r) => r.provisionedModelArn)],
  normalize(r, ctx) {
    return {
      id: r.provisionedModelArn ?? bedrockArn(ctx, 'provisioned-model', r.provisionedModelName ?? ''),
      name: r.provisionedModelName ?? '',
      // A base model's weights are AWS's own; a custom or imported model is judged through its record.
      facts: r.modelArn?.startsWith('arn:') ? { providerHostedModel: r.modelArn.includes(':foundation-model/') } : {},
      tags: bedrockTags(ctx.details.tags),
      edges: r.modelArn?.startsWith('arn:') ? [{ kind: 'serves-model', to: r.modelArn }] : [],
    };
  },
});

/** The pseudo-ARN of a region's invocation logging configuration (AWS gives it none: one per account and region). */
export function invocationLoggingId(scope: ScopeInfo): string {
  return `arn:${scope.partition}:bedrock:${scope.region}:${scope.account}:model-invocation-logging-configuration`;
}

export const invocationLogging = defineCollector<GetModelInvocationLoggingConfigurationResponse>({
  name: 'bedrock/invocation-logging',
  kind: 'log-sink',
  nativeType: 'AWS::Bedrock::ModelInvocationLoggingConfiguration',
  facts: ['loggingEnabled', 'promptLoggingEnabled', 'logDestinations'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock', GetModelInvocationLoggingConfigurationCommand), items: (o) => [o] },
  normalize(r, ctx) {
    const config = r.loggingConfig;
    const destinations = loggingDestinations(ctx, config);
    return {
      id: invocationLoggingId(ctx),
      name: `Bedrock model invocation logging (${ctx.region})`,
      facts: { loggingEnabled: destinations.length > 0, promptLoggingEnabled: destinations.length > 0 && config?.textDataDeliveryEnabled === true, logDestinations: destinations },
      edges: destinations.map((to): EdgeSpec => ({ kind: 'logs-to', to })),
    };
  },
});

/** Buckets and the CloudWatch log group that receive invocation logs. */
function loggingDestinations(scope: ScopeInfo, config: LoggingConfig | undefined): string[] {
  if (!config) return [];
  const cw = config.cloudWatchConfig;
  const named = compact<string>([
    config.s3Config?.bucketName && bucketArn(scope.partition, config.s3Config.bucketName),
    cw?.largeDataDeliveryS3Config?.bucketName && bucketArn(scope.partition, cw.largeDataDeliveryS3Config.bucketName),
    cw?.logGroupName && `arn:${scope.partition}:logs:${scope.region}:${scope.account}:log-group:${cw.logGroupName}`,
  ]);
  return [...new Set(named)];
}

export const guardrails = defineCollector<GuardrailSummary>({
  name: 'bedrock/guardrails',
  kind: 'guardrail',
  nativeType: 'AWS::Bedrock::Guardrail',
  facts: ['encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock', ListGuardrailsCommand), items: (o) => o.guardrails, page: NEXT_TOKEN },
  details: [
    // The working draft: the configuration every later version was published from.
    detail<GuardrailSummary, { guardrailIdentifier: string | undefined }, GetGuardrailResponse>({
      key: 'describe',
      op: op('bedrock', GetGuardrailCommand),
      input: (r) => ({ guardrailIdentifier: r.id }),
    }),
    bedrockTagsDetail<GuardrailSummary>('bedrock', (r) => r.arn),
  ],
  normalize(r, ctx) {
    const d = described<GetGuardrailResponse>(ctx);
    return {
      id: r.arn ?? bedrockArn(ctx, 'guardrail', r.id ?? ''),
      name: r.name ?? r.id ?? '',
      facts: d ? encryptionFacts(d.kmsKeyArn) : {},
      tags: bedrockTags(ctx.details.tags),
      edges: keyEdges(ctx, d?.kmsKeyArn),
    };
  },
});

export const evaluationJobs = defineCollector<EvaluationSummary>({
  name: 'bedrock/evaluation-jobs',
  kind: 'monitoring',
  nativeType: 'AWS::Bedrock::EvaluationJob',
  facts: ['encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('bedrock', ListEvaluationJobsCommand), items: (o) => o.jobSummaries, page: NEXT_TOKEN },
  details: [
    detail<EvaluationSummary, { jobIdentifier: string | undefined }, GetEvaluationJobResponse>({
      key: 'describe',
      op: op('bedrock', GetEvaluationJobCommand),
      input: (r) => ({ jobIdentifier: r.jobArn }),
    }),
  ],
  normalize(r, ctx) {
    const d = described<GetEvaluationJobResponse>(ctx);
    const models = (r.modelIdentifiers ?? []).filter((m) => m.startsWith('arn:') && !m.includes(':foundation-model/'));
    return {
      id: r.jobArn ?? bedrockArn(ctx, 'evaluation-job', r.jobName ?? ''),
      name: r.jobName ?? '',
      facts: d ? encryptionFacts(d.customerEncryptionKeyId) : {},
      edges: [
        ...models.map((m): EdgeSpec => ({ kind: 'monitored-by', from: m })),
        ...(d ? [...bucketEdges(ctx, 'uses-storage', d.outputDataConfig?.s3Uri), ...keyEdges(ctx, d.customerEncryptionKeyId), ...roleEdge(d.roleArn)] : []),
      ],
    };
  },
});

export const bedrockCollectors = [customModels, importedModels, provisionedThroughputs, invocationLogging, guardrails, evaluationJobs];
