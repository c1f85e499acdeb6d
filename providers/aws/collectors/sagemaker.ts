import {
  DescribeDomainCommand,
  type DescribeDomainResponse,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type DescribeEndpointConfigOutput,
  type DescribeEndpointOutput,
  DescribeFeatureGroupCommand,
  type DescribeFeatureGroupResponse,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  type DescribeModelPackageOutput,
  type DescribeModelOutput,
  DescribeNotebookInstanceCommand,
  type DescribeNotebookInstanceOutput,
  DescribeTrainingJobCommand,
  type DescribeTrainingJobResponse,
  DescribeUserProfileCommand,
  type DescribeUserProfileResponse,
  type DomainDetails,
  type EndpointConfigSummary,
  type EndpointSummary,
  type FeatureGroupSummary,
  ListDomainsCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListFeatureGroupsCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListModelsCommand,
  ListNotebookInstancesCommand,
  ListPipelinesCommand,
  ListTagsCommand,
  ListTrainingJobsCommand,
  ListUserProfilesCommand,
  type ContainerDefinition,
  type ModelPackageGroupSummary,
  type ModelPackageSummary,
  type ModelSummary,
  type NotebookInstanceSummary,
  type PipelineSummary,
  type TrainingJobSummary,
  type UserProfileDetails,
} from '@aws-sdk/client-sagemaker';
import type { AssetInput, Edge, Facts } from '../../../src/model/index.js';
import { bucketArnOfUri, compact, ec2Arn, ecrRepositoryArnOfImage, roleArn, sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, detail, type DetailSpec, type EdgeSpec } from '../collector.js';
import { op } from '../operations.js';
import type { Linker } from '../runner.js';
import { described, enabled, encryptionFacts, keyEdges, tagMap } from './common.js';

const NEXT = { input: 'NextToken', output: 'NextToken' } as const;
const listTags = op('sagemaker', ListTagsCommand);

/** Tags of a SageMaker resource (ListTags, paged). */
function tags<R>(arn: (record: R, scope: ScopeInfo) => string | undefined): DetailSpec<R> {
  return detail<R, { ResourceArn: string | undefined; NextToken?: string }, { Tags?: unknown[]; NextToken?: string }>({
    key: 'tags',
    op: listTags,
    when: (r, ctx) => arn(r, ctx) !== undefined,
    input: (r, ctx) => ({ ResourceArn: arn(r, ctx) }),
    page: { input: 'NextToken', output: 'NextToken', items: (o) => o.Tags },
  });
}

function networkEdges(scope: ScopeInfo, subnets: readonly string[] | undefined, groups: readonly string[] | undefined): EdgeSpec[] {
  return [
    ...(subnets ?? []).map((s): EdgeSpec => ({ kind: 'in-network', to: ec2Arn(scope, 'subnet', s) })),
    ...(groups ?? []).map((g): EdgeSpec => ({ kind: 'protected-by', to: ec2Arn(scope, 'security-group', g) })),
  ];
}

function roleEdge(ref: string | undefined): EdgeSpec[] {
  const arn = roleArn(ref);
  return arn ? [{ kind: 'assumes', to: arn }] : [];
}

function containerEdges(scope: ScopeInfo, containers: readonly ContainerDefinition[]): EdgeSpec[] {
  return containers.flatMap((c) =>
    compact<EdgeSpec>([
      ecrRepositoryArnOfImage(scope.partition, c.Image) && { kind: 'uses-image', to: ecrRepositoryArnOfImage(scope.partition, c.Image)! },
      bucketArnOfUri(scope.partition, c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri) && {
        kind: 'stored-in',
        to: bucketArnOfUri(scope.partition, c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri)!,
      },
      c.ModelPackageName?.startsWith('arn:') && { kind: 'version-of', from: c.ModelPackageName },
    ]),
  );
}

export const domains = defineCollector<DomainDetails>({
  name: 'sagemaker/domains',
  kind: 'workspace',
  nativeType: 'AWS::SageMaker::Domain',
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListDomainsCommand), items: (o) => o.Domains, page: NEXT },
  details: [
    detail<DomainDetails, { DomainId: string | undefined }, DescribeDomainResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeDomainCommand),
      input: (r) => ({ DomainId: r.DomainId }),
    }),
    tags((r) => r.DomainArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeDomainResponse>(ctx);
    const facts: Facts = {};
    if (d) {
      const access = d.AppNetworkAccessType ?? 'PublicInternetOnly'; // the API default
      facts.publicNetworkAccess = access === 'PublicInternetOnly';
      facts.directInternetAccess = access === 'PublicInternetOnly';
      facts.inVirtualNetwork = access === 'VpcOnly';
      if (d.AuthMode) facts.authModes = [d.AuthMode.toLowerCase()];
      Object.assign(facts, encryptionFacts(d.KmsKeyId));
    }
    const settings = d?.DefaultUserSettings;
    return {
      id: r.DomainArn ?? d?.DomainArn ?? sagemakerArn(ctx, 'domain', r.DomainId ?? ''),
      name: r.DomainName ?? d?.DomainName ?? r.DomainId ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [
        ...roleEdge(settings?.ExecutionRole),
        ...(d?.AppNetworkAccessType === 'VpcOnly' ? networkEdges(ctx, d.SubnetIds, settings?.SecurityGroups) : []),
        ...keyEdges(ctx, d?.KmsKeyId),
        ...compact<EdgeSpec>([
          bucketArnOfUri(ctx.partition, settings?.SharingSettings?.S3OutputPath) && {
            kind: 'uses-storage',
            to: bucketArnOfUri(ctx.partition, settings?.SharingSettings?.S3OutputPath)!,
          },
        ]),
      ],
    };
  },
});

export const userProfiles = defineCollector<UserProfileDetails>({
  name: 'sagemaker/user-profiles',
  kind: 'identity',
  nativeType: 'AWS::SageMaker::UserProfile',
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListUserProfilesCommand), items: (o) => o.UserProfiles, page: NEXT },
  details: [
    detail<UserProfileDetails, { DomainId: string | undefined; UserProfileName: string | undefined }, DescribeUserProfileResponse>({
      key: 'describe',
      op: op('sagemaker', DescribeUserProfileCommand),
      input: (r) => ({ DomainId: r.DomainId, UserProfileName: r.UserProfileName }),
    }),
  ],
  normalize(r, ctx) {
    const d = described<DescribeUserProfileResponse>(ctx);
    const domain = sagemakerArn(ctx, 'domain', r.DomainId ?? '');
    const facts: Facts = { principalType: 'user' };
    return {
      id: d?.UserProfileArn ?? sagemakerArn(ctx, `user-profile/${r.DomainId ?? ''}`, r.UserProfileName ?? ''),
      name: `${r.DomainId ?? ''}/${r.UserProfileName ?? ''}`,
      facts,
      edges: [{ kind: 'contains', from: domain }, ...roleEdge(d?.UserSettings?.ExecutionRole)],
    };
  },
});

export const notebookInstances = defineCollector<NotebookInstanceSummary>({
  name: 'sagemaker/notebook-instances',
  kind: 'notebook',
  nativeType: 'AWS::SageMaker::NotebookInstance',
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListNotebookInstancesCommand), items: (o) => o.NotebookInstances, page: NEXT },
  details: [
    detail<NotebookInstanceSummary, { NotebookInstanceName: string | undefined }, DescribeNotebookInstanceOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeNotebookInstanceCommand),
      input: (r) => ({ NotebookInstanceName: r.NotebookInstanceName }),
    }),
    tags((r) => r.NotebookInstanceArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeNotebookInstanceOutput>(ctx);
    const facts: Facts = {};
    if (d) {
      const direct = enabled(d.DirectInternetAccess);
      if (direct !== undefined) facts.directInternetAccess = direct;
      const root = enabled(d.RootAccess);
      if (root !== undefined) facts.rootAccess = root;
      facts.inVirtualNetwork = Boolean(d.SubnetId);
      Object.assign(facts, encryptionFacts(d.KmsKeyId));
    }
    return {
      id: r.NotebookInstanceArn ?? d?.NotebookInstanceArn ?? sagemakerArn(ctx, 'notebook-instance', r.NotebookInstanceName ?? ''),
      name: r.NotebookInstanceName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: [
        ...roleEdge(d?.RoleArn),
        ...networkEdges(ctx, d?.SubnetId ? [d.SubnetId] : [], d?.SecurityGroups),
        ...keyEdges(ctx, d?.KmsKeyId),
      ],
    };
  },
});

export const trainingJobs = defineCollector<TrainingJobSummary>({
  name: 'sagemaker/training-jobs',
  kind: 'training-job',
  nativeType: 'AWS::SageMaker::TrainingJob',
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
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListModelPackageGroupsCommand), items: (o) => o.ModelPackageGroupSummaryList, page: NEXT },
  details: [tags((r) => r.ModelPackageGroupArn)],
  normalize(r, ctx) {
    return {
      id: r.ModelPackageGroupArn ?? sagemakerArn(ctx, 'model-package-group', r.ModelPackageGroupName ?? ''),
      name: r.ModelPackageGroupName ?? '',
      facts: { registered: true },
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

export const endpointConfigs = defineCollector<EndpointConfigSummary>({
  name: 'sagemaker/endpoint-configs',
  kind: 'deployment',
  nativeType: 'AWS::SageMaker::EndpointConfig',
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListEndpointConfigsCommand), items: (o) => o.EndpointConfigs, page: NEXT },
  details: [
    detail<EndpointConfigSummary, { EndpointConfigName: string | undefined }, DescribeEndpointConfigOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeEndpointConfigCommand),
      input: (r) => ({ EndpointConfigName: r.EndpointConfigName }),
    }),
    tags((r) => r.EndpointConfigArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeEndpointConfigOutput>(ctx);
    return {
      id: r.EndpointConfigArn ?? sagemakerArn(ctx, 'endpoint-config', r.EndpointConfigName ?? ''),
      name: r.EndpointConfigName ?? '',
      facts: d ? servingFacts(d) : {},
      tags: tagMap(ctx.details.tags),
      edges: [
        ...(d?.ProductionVariants ?? []).flatMap((v): EdgeSpec[] => (v.ModelName ? [{ kind: 'serves-model', to: sagemakerArn(ctx, 'model', v.ModelName) }] : [])),
        ...keyEdges(ctx, d?.KmsKeyId, d?.DataCaptureConfig?.KmsKeyId),
        ...compact<EdgeSpec>([
          bucketArnOfUri(ctx.partition, d?.DataCaptureConfig?.DestinationS3Uri) && {
            kind: 'logs-to',
            to: bucketArnOfUri(ctx.partition, d?.DataCaptureConfig?.DestinationS3Uri)!,
          },
        ]),
      ],
    };
  },
});

/** Facts an endpoint config decides (and its endpoint inherits). */
export function servingFacts(d: DescribeEndpointConfigOutput): Facts {
  const variants = d.ProductionVariants ?? [];
  const facts: Facts = {
    dataCapture: d.DataCaptureConfig?.EnableCapture === true,
    ...encryptionFacts(d.KmsKeyId),
    serverless: variants.length > 0 && variants.every((v) => v.ServerlessConfig !== undefined),
  };
  const counts = variants.filter((v) => !v.ServerlessConfig).map((v) => v.InitialInstanceCount);
  if (counts.length > 0 && counts.every((c): c is number => typeof c === 'number')) facts.instanceCount = Math.min(...counts);
  return facts;
}

export const endpoints = defineCollector<EndpointSummary>({
  name: 'sagemaker/endpoints',
  kind: 'endpoint',
  nativeType: 'AWS::SageMaker::Endpoint',
  scope: 'regional',
  phase: 1,
  list: { op: op('sagemaker', ListEndpointsCommand), items: (o) => o.Endpoints, page: NEXT },
  details: [
    detail<EndpointSummary, { EndpointName: string | undefined }, DescribeEndpointOutput>({
      key: 'describe',
      op: op('sagemaker', DescribeEndpointCommand),
      input: (r) => ({ EndpointName: r.EndpointName }),
    }),
    tags((r) => r.EndpointArn),
  ],
  normalize(r, ctx) {
    const d = described<DescribeEndpointOutput>(ctx);
    // The runtime API (InvokeEndpoint) answers on a public AWS endpoint for every SageMaker
    // endpoint; there is no per-endpoint switch. Access is decided by IAM and VPC endpoint policies.
    const facts: Facts = { publicNetworkAccess: true, authModes: ['iam'] };
    if (d) facts.dataCapture = d.DataCaptureConfig?.EnableCapture === true;
    return {
      id: r.EndpointArn ?? sagemakerArn(ctx, 'endpoint', r.EndpointName ?? ''),
      name: r.EndpointName ?? '',
      facts,
      tags: tagMap(ctx.details.tags),
      edges: d?.EndpointConfigName ? [{ kind: 'contains', to: sagemakerArn(ctx, 'endpoint-config', d.EndpointConfigName) }] : [],
    };
  },
});

export const featureGroups = defineCollector<FeatureGroupSummary>({
  name: 'sagemaker/feature-groups',
  kind: 'feature-store',
  nativeType: 'AWS::SageMaker::FeatureGroup',
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

export const sagemakerCollectors = [
  domains,
  userProfiles,
  notebookInstances,
  trainingJobs,
  models,
  modelPackageGroups,
  modelPackages,
  endpointConfigs,
  endpoints,
  featureGroups,
  pipelines,
];

/** The Describe* response the runner kept with an asset (`raw.$details.describe`), when it answered. */
function describedIn<T>(asset: AssetInput): T | undefined {
  return (asset.raw as { $details?: { describe?: T } } | undefined)?.$details?.describe ?? undefined;
}

/**
 * Links only visible across records: a model whose artifact is a training job's output was
 * produced by that job; an endpoint inherits the facts its endpoint config decides; a model built
 * from a registered package lets the endpoint's lineage reach the package.
 */
export const linkSageMaker: Linker = ({ assets, edges }) => {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const jobByArtifact = new Map<string, string>();
  for (const a of assets) {
    if (a.nativeType !== 'AWS::SageMaker::TrainingJob') continue;
    const artifact = describedIn<DescribeTrainingJobResponse>(a)?.ModelArtifacts?.S3ModelArtifacts;
    if (artifact) jobByArtifact.set(artifact, a.id);
  }
  const add: Edge[] = [];
  for (const a of assets) {
    if (a.nativeType === 'AWS::SageMaker::Model' || a.nativeType === 'AWS::SageMaker::ModelPackage') {
      const d = describedIn<DescribeModelOutput & DescribeModelPackageOutput>(a);
      const containers = compact([d?.PrimaryContainer, ...(d?.Containers ?? []), ...(d?.InferenceSpecification?.Containers ?? [])]);
      for (const c of containers) {
        const job = c.ModelDataUrl ? jobByArtifact.get(c.ModelDataUrl) : undefined;
        if (job) add.push({ from: a.id, to: job, kind: 'produced-by' });
      }
    }
    if (a.nativeType === 'AWS::SageMaker::EndpointConfig') {
      // With network isolation the inference containers have no outbound path at all.
      const served = edges.filter((e) => e.from === a.id && e.kind === 'serves-model').map((e) => byId.get(e.to));
      const isolation = served.map((m) => m?.facts?.networkIsolation);
      if (served.length > 0 && isolation.every((v) => v === true)) a.facts = { ...a.facts, outboundRestricted: true };
      else if (isolation.some((v) => v === false)) a.facts = { ...a.facts, outboundRestricted: false };
    }
    if (a.nativeType === 'AWS::SageMaker::UserProfile') {
      // A profile can do what its execution role can: its own, else (when its settings were read
      // and name none) the domain default role. An unread profile's role stays unknown.
      const own = edges.find((e) => e.from === a.id && e.kind === 'assumes');
      const domain = edges.find((e) => e.to === a.id && e.kind === 'contains')?.from;
      const fallback = domain && describedIn(a) ? edges.find((e) => e.from === domain && e.kind === 'assumes') : undefined;
      const role = byId.get((own ?? fallback)?.to ?? '');
      if (!own && fallback) add.push({ from: a.id, to: fallback.to, kind: 'assumes' });
      if (role?.facts?.privilege) a.facts = { ...a.facts, privilege: role.facts.privilege };
      if (role?.facts?.wildcardActions) a.facts = { ...a.facts, wildcardActions: role.facts.wildcardActions };
    }
  }
  // Endpoints last: they inherit what their (now complete) endpoint configs decide.
  for (const a of assets) {
    if (a.nativeType === 'AWS::SageMaker::Endpoint') {
      for (const e of edges) {
        if (e.from !== a.id || e.kind !== 'contains') continue;
        const config = byId.get(e.to);
        if (config?.nativeType !== 'AWS::SageMaker::EndpointConfig') continue;
        const { dataCapture: _live, ...decided } = config.facts ?? {};
        a.facts = { ...decided, ...a.facts };
      }
    }
  }
  edges.push(...add);
};
