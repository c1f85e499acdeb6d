// SageMaker training and models: training jobs, models, the model registry, feature groups, pipelines.
import {
  DescribeFeatureGroupCommand,
  type DescribeFeatureGroupResponse,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  type DescribeModelPackageOutput,
  type DescribeModelOutput,
  DescribeTrainingJobCommand,
  type DescribeTrainingJobResponse,
  type FeatureGroupSummary,
  GetModelPackageGroupPolicyCommand,
  type GetModelPackageGroupPolicyOutput,
  ListFeatureGroupsCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListModelsCommand,
  ListPipelinesCommand,
  ListTrainingJobsCommand,
  type ModelPackageGroupSummary,
  type ModelPackageSummary,
  type ModelSummary,
  type PipelineSummary,
  type TrainingJobSummary,
} from '@aws-sdk/client-sagemaker';
import type { Facts } from '../../../src/model/index.js';
import { externalPrincipals, parsePolicy } from '../../../src/lib/aws-policy.js';
import { bucketArnOfUri, compact, ecrRepositoryArnOfImage, sagemakerArn } from '../arn.js';
import { defineCollector, detail, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import { described, encryptionFacts, keyEdges, tagMap } from './common.js';
import { NEXT, tags, networkEdges, roleEdge, containerEdges } from './sagemaker-shared.js';

export const trainingJobs = defineCollector<TrainingJobSummary>({
  name: 'sagemaker/training-jobs',
  kind: 'training-job',
  nativeType: 'AWS::SageMaker::TrainingJob',
  facts: ['inVirtualNetwork', 'networkIsolation', 'lineageRecorded', 'encryption', 'encryptionKeyId', 'transitEncryption'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListTrainingJobsCommand), items: (o) => o.TrainingJobSummaries, page: NEXT },
  details: [
    detail<TrainingJobSummary, { TrainingJobName: string | undefined }, DescribeTrainingJobResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeTrainingJobCommand),
      input: (r) => ({ TrainingJobName: r.TrainingJobName }),
    }),
    tags((r) => r.TrainingJobArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeTrainingJobResponse>(ctx);
    const facts: Facts = {};
    const volumeKey = d?.ResourceConfig?.VolumeKmsKeyId;
    const outputKey = d?.OutputDataConfig?.KmsKeyId;
    if (d) {
      facts.networkIsolation = d.EnableNetworkIsolation === true;
      facts.transitEncryption = d.EnableInterContainerTrafficEncryption === true;
      facts.inVirtualNetwork = (d.VpcConfig?.Subnets?.length ?? 0) > 0;
      // Both the instance volume and the output artifacts must use a customer key to count as CMK.
      Object.assign(facts, encryptionFacts(volumeKey, outputKey));
      facts.lineageRecorded = (d.InputDataConfig?.length ?? 0) > 0;
    }
    const inputs = (d?.InputDataConfig ?? []).map((c) => bucketArnOfUri(ctx.partition, c.DataSource?.S3DataSource?.S3Uri));
    const output = bucketArnOfUri(ctx.partition, d?.OutputDataConfig?.S3OutputPath);
    const image = ecrRepositoryArnOfImage(ctx.partition, d?.AlgorithmSpecification?.TrainingImage);
    return {
      id: r.TrainingJobArn ?? sagemakerArn(ctx, 'training-job', r.TrainingJobName ?? ''),
      name: r.TrainingJobName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [
        ...compact(inputs).map((to): EdgeSpec => ({ kind: 'trained-on', to })),
        ...compact<EdgeSpec>([output && { kind: 'stored-in', to: output }, image && { kind: 'uses-image', to: image }]),
        ...roleEdge(d?.RoleArn),
        ...networkEdges(ctx, d?.VpcConfig?.Subnets, d?.VpcConfig?.SecurityGroupIds),
        ...keyEdges(ctx, volumeKey, outputKey),
      ],
    };
  },
});

export const models = defineCollector<ModelSummary>({
  name: 'sagemaker/models',
  kind: 'model',
  nativeType: 'AWS::SageMaker::Model',
  facts: ['inVirtualNetwork', 'networkIsolation', 'registered'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListModelsCommand), items: (o) => o.Models, page: NEXT },
  details: [
    detail<ModelSummary, { ModelName: string | undefined }, DescribeModelOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeModelCommand),
      input: (r) => ({ ModelName: r.ModelName }),
    }),
    tags((r) => r.ModelArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeModelOutput>(ctx);
    const containers = d ? compact([d.PrimaryContainer, ...(d.Containers ?? [])]) : [];
    const facts: Facts = {};
    if (d) {
      facts.networkIsolation = d.EnableNetworkIsolation === true;
      facts.inVirtualNetwork = (d.VpcConfig?.Subnets?.length ?? 0) > 0;
      facts.registered = containers.length > 0 && containers.every((c) => Boolean(c.ModelPackageName));
    }
    return {
      id: r.ModelArn ?? sagemakerArn(ctx, 'model', r.ModelName ?? ''),
      name: r.ModelName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [...containerEdges(ctx, containers), ...roleEdge(d?.ExecutionRoleArn), ...networkEdges(ctx, d?.VpcConfig?.Subnets, d?.VpcConfig?.SecurityGroupIds)],
    };
  },
});

export const modelPackageGroups = defineCollector<ModelPackageGroupSummary>({
  name: 'sagemaker/model-package-groups',
  kind: 'model',
  nativeType: 'AWS::SageMaker::ModelPackageGroup',
  facts: ['externalPrincipals', 'registered'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListModelPackageGroupsCommand), items: (o) => o.ModelPackageGroupSummaryList, page: NEXT },
  details: [
    tags((r) => r.ModelPackageGroupArn),
    // The resource policy that shares the group (and its versions) with other accounts.
    detail<ModelPackageGroupSummary, { ModelPackageGroupName: string | undefined }, GetModelPackageGroupPolicyOutput>({
      key: 'policy',
      op: op('sagemaker', GetModelPackageGroupPolicyCommand),
      input: (r) => ({ ModelPackageGroupName: r.ModelPackageGroupName }),
      // A group without a policy answers ValidationException "Cannot find resource policy for: <arn>";
      // one deleted since the listing, "Cannot find Model Package Group". Other validation errors stay gaps.
      absent: [{ code: 'ValidationException', message: /cannot find (resource policy|model package group)/i }],
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = { registered: true };
    if (ctx.has('policy')) {
      const policy = ctx.details.policy as GetModelPackageGroupPolicyOutput | null;
      const statements = parsePolicy(policy?.ResourcePolicy ?? '{"Statement":[]}');
      if (statements) facts.externalPrincipals = externalPrincipals(statements, ctx.account);
    }
    return {
      id: r.ModelPackageGroupArn ?? sagemakerArn(ctx, 'model-package-group', r.ModelPackageGroupName ?? ''),
      name: r.ModelPackageGroupName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
    };
  },
});

const APPROVAL: Record<string, Facts['approvalStatus']> = {
  Approved: 'approved',
  PendingManualApproval: 'pending',
  Rejected: 'rejected',
};

export const modelPackages = defineCollector<ModelPackageSummary>({
  name: 'sagemaker/model-packages',
  kind: 'model-version',
  nativeType: 'AWS::SageMaker::ModelPackage',
  facts: ['registered', 'approvalStatus', 'lineageRecorded'],
  scope: 'regional',
  phase: 1,
  parent: 'sagemaker/model-package-groups',
  parentEdge: { kind: 'version-of', reverse: true },
  list: {
    op: op('sagemaker', ListModelPackagesCommand),
    input: (_scope, parent) => ({ ModelPackageGroupName: (parent as ModelPackageGroupSummary).ModelPackageGroupName }),
    items: (o) => o.ModelPackageSummaryList,
    page: NEXT,
  },
  details: [
    detail<ModelPackageSummary, { ModelPackageName: string | undefined }, DescribeModelPackageOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeModelPackageCommand),
      input: (r) => ({ ModelPackageName: r.ModelPackageArn }),
    }),
  ],
  normalize(r, ctx) {
    const d = described<DescribeModelPackageOutput>(ctx);
    const facts: Facts = { registered: true };
    const status = r.ModelApprovalStatus ?? d?.ModelApprovalStatus;
    if (status) facts.approvalStatus = APPROVAL[status] ?? 'none';
    if (d) facts.lineageRecorded = Boolean(d.MetadataProperties ?? d.CustomerMetadataProperties ?? d.ModelMetrics);
    const containers = d?.InferenceSpecification?.Containers ?? [];
    return {
      id: r.ModelPackageArn ?? '',
      name: `${r.ModelPackageGroupName ?? ''}/${r.ModelPackageVersion ?? ''}`,
      facts,
      edges: containers.flatMap((c) =>
        compact<EdgeSpec>([
          ecrRepositoryArnOfImage(ctx.partition, c.Image) && { kind: 'uses-image', to: ecrRepositoryArnOfImage(ctx.partition, c.Image)! },
          bucketArnOfUri(ctx.partition, c.ModelDataUrl) && { kind: 'stored-in', to: bucketArnOfUri(ctx.partition, c.ModelDataUrl)! },
        ]),
      ),
    };
  },
});

export const featureGroups = defineCollector<FeatureGroupSummary>({
  name: 'sagemaker/feature-groups',
  kind: 'feature-store',
  nativeType: 'AWS::SageMaker::FeatureGroup',
  facts: ['encryption', 'encryptionKeyId'],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListFeatureGroupsCommand), items: (o) => o.FeatureGroupSummaries, page: NEXT },
  details: [
    detail<FeatureGroupSummary, { FeatureGroupName: string | undefined }, DescribeFeatureGroupResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeFeatureGroupCommand),
      input: (r) => ({ FeatureGroupName: r.FeatureGroupName }),
    }),
    tags((r) => r.FeatureGroupArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeFeatureGroupResponse>(ctx);
    // The key of each store the group has (a key named for a disabled online store protects nothing).
    const storeKeys = [
      ...(d?.OnlineStoreConfig?.EnableOnlineStore ? [d.OnlineStoreConfig.SecurityConfig?.KmsKeyId] : []),
      ...(d?.OfflineStoreConfig ? [d.OfflineStoreConfig.S3StorageConfig?.KmsKeyId] : []),
    ];
    const facts: Facts = storeKeys.length > 0 ? encryptionFacts(...storeKeys) : {};
    const offline = bucketArnOfUri(ctx.partition, d?.OfflineStoreConfig?.S3StorageConfig?.S3Uri);
    return {
      id: r.FeatureGroupArn ?? sagemakerArn(ctx, 'feature-group', r.FeatureGroupName ?? ''),
      name: r.FeatureGroupName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [...compact<EdgeSpec>([offline && { kind: 'uses-storage', to: offline }]), ...roleEdge(d?.RoleArn), ...keyEdges(ctx, ...storeKeys)],
    };
  },
});

export const pipelines = defineCollector<PipelineSummary>({
  name: 'sagemaker/pipelines',
  kind: 'pipeline',
  nativeType: 'AWS::SageMaker::Pipeline',
  facts: [],
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListPipelinesCommand), items: (o) => o.PipelineSummaries, page: NEXT },
  details: [tags((r) => r.PipelineArn)],
  normalize(r, ctx) {
    return {
      id: r.PipelineArn ?? sagemakerArn(ctx, 'pipeline', r.PipelineName ?? ''),
      name: r.PipelineName ?? '',
      facts: {},
      tags: tagMap(ctx.details.tags),
      edges: roleEdge(r.RoleArn),
    };
  },
});
