import type { AwsNames } from './names.js';

/**
 * The SageMaker side of the emulated AWS estate, in the shapes SageMaker's JSON 1.1 API sends
 * (after test/fixtures/aws/lineage-estate.ts and the provider tests): list summaries, describe
 * bodies and tags, linked the way a team's account is (jobs read the training buckets, models are
 * the jobs' artifacts, endpoint configs serve models, endpoints use configs).
 */

type Json = Record<string, unknown>;

export interface SageMakerEstate {
  /** List operation → response member and summaries, in listing order. */
  lists: Record<string, { member: string; items: Json[] }>;
  /** ListModelPackages, by group name. */
  packagesByGroup: Map<string, Json[]>;
  /** Describe operation → request members that key it, and bodies by key (values joined with '/'). */
  describes: Record<string, { keys: string[]; bodies: Map<string, Json> }>;
  /** ListTags by resource ARN. */
  tags: Map<string, Array<{ Key: string; Value: string }>>;
  /** Every asset id the scan should report for SageMaker. */
  ids: string[];
}

/** Resource counts at scale 1 (157 SageMaker assets). */
export const SAGEMAKER_COUNTS = {
  userProfiles: 4,
  notebooks: 20,
  trainingJobs: 55,
  models: 25,
  endpointConfigs: 12,
  endpoints: 12,
  packageGroups: 3,
  packagesPerGroup: 4,
  featureGroups: 4,
  pipelines: 5,
  dataQualityDefinitions: 2,
  schedules: 2,
} as const;

const T0 = 1_732_000_000;

export function sagemakerEstate(n: AwsNames, scale: number): SageMakerEstate {
  const count = (k: keyof typeof SAGEMAKER_COUNTS) => Math.max(1, Math.round(SAGEMAKER_COUNTS[k] * scale));
  const arn = (type: string, name: string) => `arn:aws:sagemaker:${n.region}:${n.account}:${type}/${name}`;
  const pad = (i: number) => String(i).padStart(3, '0');
  const lists: SageMakerEstate['lists'] = {};
  const describes: SageMakerEstate['describes'] = {};
  const tags = new Map<string, Array<{ Key: string; Value: string }>>();
  const ids: string[] = [];
  const list = (op: string, member: string, items: Json[]) => (lists[op] = { member, items });
  const describe = (op: string, keys: string[], entries: Array<[string, Json]>) => (describes[op] = { keys, bodies: new Map(entries) });
  const tagged = (id: string, team: string) => tags.set(id, [{ Key: 'team', Value: team }, { Key: 'environment', Value: 'prod' }]);

  // Studio domain and its user profiles
  const domainId = 'd-emu0000001';
  const domainArn = arn('domain', domainId);
  ids.push(domainArn);
  tagged(domainArn, 'platform');
  list('ListDomains', 'Domains', [{ DomainArn: domainArn, DomainId: domainId, DomainName: 'ml-studio', Status: 'InService', CreationTime: T0 }]);
  describe('DescribeDomain', ['DomainId'], [[domainId, {
    DomainArn: domainArn, DomainId: domainId, DomainName: 'ml-studio', Status: 'InService', AuthMode: 'IAM', AppNetworkAccessType: 'VpcOnly',
    SubnetIds: [n.subnets[0]], VpcId: n.vpc, KmsKeyId: n.keys[0], CreationTime: T0,
    DefaultUserSettings: { ExecutionRole: n.roles.notebooks, SecurityGroups: [n.securityGroups[0]], SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: `s3://${n.buckets.artifacts}/studio` } },
  }]]);
  const profiles = Array.from({ length: count('userProfiles') }, (_, i) => `user-${pad(i)}`);
  list('ListUserProfiles', 'UserProfiles', profiles.map((p, i) => ({ DomainId: domainId, UserProfileName: p, Status: 'InService', CreationTime: T0 + i })));
  describe('DescribeUserProfile', ['DomainId', 'UserProfileName'], profiles.map((p, i) => {
    const id = arn(`user-profile/${domainId}`, p);
    ids.push(id);
    return [`${domainId}/${p}`, { DomainId: domainId, UserProfileArn: id, UserProfileName: p, Status: 'InService', CreationTime: T0 + i, UserSettings: { ExecutionRole: n.roles.notebooks } }];
  }));

  // Notebook instances
  const notebooks = Array.from({ length: count('notebooks') }, (_, i) => ({ name: `nb-${pad(i)}`, i }));
  list('ListNotebookInstances', 'NotebookInstances', notebooks.map(({ name, i }) => ({ NotebookInstanceName: name, NotebookInstanceArn: arn('notebook-instance', name), NotebookInstanceStatus: 'InService', InstanceType: 'ml.t3.medium', CreationTime: T0 + i })));
  describe('DescribeNotebookInstance', ['NotebookInstanceName'], notebooks.map(({ name, i }) => {
    const id = arn('notebook-instance', name);
    ids.push(id);
    tagged(id, i % 2 ? 'fraud' : 'churn');
    return [name, {
      NotebookInstanceArn: id, NotebookInstanceName: name, NotebookInstanceStatus: 'InService', InstanceType: 'ml.t3.medium',
      SubnetId: n.subnets[i % 2], SecurityGroups: [n.securityGroups[0]], RoleArn: n.roles.notebooks, KmsKeyId: n.keys[i % 2],
      DirectInternetAccess: i % 3 === 0 ? 'Enabled' : 'Disabled', RootAccess: i % 4 === 0 ? 'Enabled' : 'Disabled', VolumeSizeInGB: 5, CreationTime: T0 + i, LastModifiedTime: T0 + i,
    }];
  }));

  // Training jobs: read a training bucket, write to the models bucket
  const artifact = (job: string) => `s3://${n.buckets.models}/out/${job}/output/model.tar.gz`;
  const jobs = Array.from({ length: count('trainingJobs') }, (_, i) => ({ name: `train-${pad(i)}`, i }));
  list('ListTrainingJobs', 'TrainingJobSummaries', jobs.map(({ name, i }) => ({ TrainingJobName: name, TrainingJobArn: arn('training-job', name), CreationTime: T0 + i, TrainingJobStatus: 'Completed' })));
  describe('DescribeTrainingJob', ['TrainingJobName'], jobs.map(({ name, i }) => {
    const id = arn('training-job', name);
    ids.push(id);
    tagged(id, i % 2 ? 'fraud' : 'churn');
    const encrypted = i % 3 === 0;
    return [name, {
      TrainingJobName: name, TrainingJobArn: id, TrainingJobStatus: 'Completed', SecondaryStatus: 'Completed',
      AlgorithmSpecification: { TrainingImage: n.image(i % 5 === 4 ? n.repositories[2] : n.repositories[0], '1.4'), TrainingInputMode: 'File' },
      RoleArn: n.roles.training,
      InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${i % 2 ? n.buckets.datasets : n.buckets.training}/${name}/`, S3DataDistributionType: 'FullyReplicated' } } }],
      OutputDataConfig: { S3OutputPath: `s3://${n.buckets.models}/out/`, ...(encrypted ? { KmsKeyId: n.keys[0] } : {}) },
      ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30, ...(encrypted ? { VolumeKmsKeyId: n.keys[1] } : {}) },
      ...(i % 2 === 0 ? { VpcConfig: { SecurityGroupIds: [n.securityGroups[1]], Subnets: [n.subnets[1]] } } : {}),
      StoppingCondition: { MaxRuntimeInSeconds: 86_400 },
      ModelArtifacts: { S3ModelArtifacts: artifact(name) },
      HyperParameters: { epochs: String(10 + (i % 5)) },
      EnableNetworkIsolation: i % 2 === 0, EnableInterContainerTrafficEncryption: encrypted, CreationTime: T0 + i,
    }];
  }));

  // Models: the artifacts of the first jobs
  const models = Array.from({ length: count('models') }, (_, i) => ({ name: `model-${pad(i)}`, i }));
  list('ListModels', 'Models', models.map(({ name, i }) => ({ ModelName: name, ModelArn: arn('model', name), CreationTime: T0 + i })));
  describe('DescribeModel', ['ModelName'], models.map(({ name, i }) => {
    const id = arn('model', name);
    ids.push(id);
    tagged(id, i % 2 ? 'fraud' : 'churn');
    const job = jobs[i % jobs.length]!.name;
    return [name, { ModelName: name, ModelArn: id, PrimaryContainer: { Image: n.image(n.repositories[1], '2.0'), ModelDataUrl: artifact(job), Environment: { LOG_LEVEL: 'info' } }, ExecutionRoleArn: n.roles.inference, EnableNetworkIsolation: i % 2 === 0, CreationTime: T0 + i }];
  }));

  // Endpoint configs serve models; endpoints use configs
  const configs = Array.from({ length: count('endpointConfigs') }, (_, i) => ({ name: `epc-${pad(i)}`, i }));
  list('ListEndpointConfigs', 'EndpointConfigs', configs.map(({ name, i }) => ({ EndpointConfigName: name, EndpointConfigArn: arn('endpoint-config', name), CreationTime: T0 + i })));
  describe('DescribeEndpointConfig', ['EndpointConfigName'], configs.map(({ name, i }) => {
    const id = arn('endpoint-config', name);
    ids.push(id);
    tagged(id, 'serving');
    return [name, {
      EndpointConfigName: name, EndpointConfigArn: id, CreationTime: T0 + i,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: models[i % models.length]!.name, InitialInstanceCount: 1 + (i % 2), InstanceType: 'ml.m5.large', InitialVariantWeight: 1 }],
      ...(i % 2 ? { KmsKeyId: n.keys[0] } : {}),
      ...(i % 2 === 0 ? { DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 20, DestinationS3Uri: `s3://${n.buckets.capture}/${name}`, CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] } } : {}),
    }];
  }));
  const endpoints = Array.from({ length: count('endpoints') }, (_, i) => ({ name: `ep-${pad(i)}`, i }));
  list('ListEndpoints', 'Endpoints', endpoints.map(({ name, i }) => ({ EndpointName: name, EndpointArn: arn('endpoint', name), EndpointStatus: 'InService', CreationTime: T0 + i, LastModifiedTime: T0 + i })));
  describe('DescribeEndpoint', ['EndpointName'], endpoints.map(({ name, i }) => {
    const id = arn('endpoint', name);
    ids.push(id);
    tagged(id, 'serving');
    return [name, { EndpointName: name, EndpointArn: id, EndpointConfigName: configs[i % configs.length]!.name, EndpointStatus: 'InService', CreationTime: T0 + i, LastModifiedTime: T0 + i }];
  }));

  // Model registry: package groups and their versions
  const groups = Array.from({ length: count('packageGroups') }, (_, g) => `registry-${pad(g)}`);
  list('ListModelPackageGroups', 'ModelPackageGroupSummaryList', groups.map((g, i) => ({ ModelPackageGroupName: g, ModelPackageGroupArn: arn('model-package-group', g), CreationTime: T0 + i, ModelPackageGroupStatus: 'Completed' })));
  const packagesByGroup = new Map<string, Json[]>();
  const packageBodies: Array<[string, Json]> = [];
  const approvals = ['Approved', 'PendingManualApproval', 'Rejected', 'Approved'];
  groups.forEach((g, gi) => {
    const groupArn = arn('model-package-group', g);
    ids.push(groupArn);
    tagged(groupArn, 'registry');
    const versions = Array.from({ length: count('packagesPerGroup') }, (_, v) => v + 1);
    packagesByGroup.set(g, versions.map((v) => {
      const id = arn('model-package', `${g}/${v}`);
      ids.push(id);
      const body = { ModelPackageGroupName: g, ModelPackageVersion: v, ModelPackageArn: id, CreationTime: T0 + v, ModelPackageStatus: 'Completed', ModelApprovalStatus: approvals[v % approvals.length]! };
      packageBodies.push([id, {
        ...body, ModelPackageName: g,
        InferenceSpecification: { Containers: [{ Image: n.image(n.repositories[1], `${v}.0`), ModelDataUrl: artifact(jobs[(gi * 4 + v) % jobs.length]!.name) }], SupportedContentTypes: ['text/csv'], SupportedResponseMIMETypes: ['text/csv'] },
        ...(v % 2 ? { MetadataProperties: { GeneratedBy: arn('pipeline-execution', `pl-000/${v}`) } } : {}),
      }]);
      return body;
    }));
  });
  describe('DescribeModelPackage', ['ModelPackageName'], packageBodies);

  // Feature store, pipelines
  const featureGroups = Array.from({ length: count('featureGroups') }, (_, i) => ({ name: `fg-${pad(i)}`, i }));
  list('ListFeatureGroups', 'FeatureGroupSummaries', featureGroups.map(({ name, i }) => ({ FeatureGroupName: name, FeatureGroupArn: arn('feature-group', name), CreationTime: T0 + i, FeatureGroupStatus: 'Created' })));
  describe('DescribeFeatureGroup', ['FeatureGroupName'], featureGroups.map(({ name, i }) => {
    const id = arn('feature-group', name);
    ids.push(id);
    tagged(id, 'features');
    return [name, {
      FeatureGroupArn: id, FeatureGroupName: name, RecordIdentifierFeatureName: 'customer_id', EventTimeFeatureName: 'event_time', CreationTime: T0 + i, FeatureGroupStatus: 'Created',
      FeatureDefinitions: [{ FeatureName: 'customer_id', FeatureType: 'String' }, { FeatureName: 'event_time', FeatureType: 'Fractional' }],
      OnlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: n.keys[0] } },
      OfflineStoreConfig: { S3StorageConfig: { S3Uri: `s3://${n.buckets.features}/${name}`, ...(i % 2 ? { KmsKeyId: n.keys[1] } : {}) }, DisableGlueTableCreation: false },
      RoleArn: n.roles.pipelines,
    }];
  }));
  const pipelines = Array.from({ length: count('pipelines') }, (_, i) => `pl-${pad(i)}`);
  list('ListPipelines', 'PipelineSummaries', pipelines.map((p, i) => {
    const id = arn('pipeline', p);
    ids.push(id);
    tagged(id, 'mlops');
    return { PipelineArn: id, PipelineName: p, PipelineDisplayName: p, RoleArn: n.roles.pipelines, CreationTime: T0 + i, LastModifiedTime: T0 + i };
  }));

  // Model monitoring: data-quality definitions and the schedules that run them
  const definitions = Array.from({ length: count('dataQualityDefinitions') }, (_, i) => ({ name: `dq-${pad(i)}`, i, endpoint: endpoints[i % endpoints.length]!.name }));
  list('ListDataQualityJobDefinitions', 'JobDefinitionSummaries', definitions.map(({ name, i, endpoint }) => ({ MonitoringJobDefinitionName: name, MonitoringJobDefinitionArn: arn('data-quality-job-definition', name), CreationTime: T0 + i, EndpointName: endpoint })));
  describe('DescribeDataQualityJobDefinition', ['JobDefinitionName'], definitions.map(({ name, i, endpoint }) => {
    const id = arn('data-quality-job-definition', name);
    ids.push(id);
    return [name, {
      JobDefinitionArn: id, JobDefinitionName: name, CreationTime: T0 + i,
      DataQualityAppSpecification: { ImageUri: `468650794304.dkr.ecr.${n.region}.amazonaws.com/sagemaker-model-monitor-analyzer` },
      DataQualityJobInput: { EndpointInput: { EndpointName: endpoint, LocalPath: '/opt/ml/processing/input' } },
      DataQualityJobOutputConfig: { MonitoringOutputs: [{ S3Output: { S3Uri: `s3://${n.buckets.monitoring}/${name}`, LocalPath: '/opt/ml/processing/output' } }] },
      JobResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
      NetworkConfig: { EnableInterContainerTrafficEncryption: false, EnableNetworkIsolation: i % 2 === 0 },
      RoleArn: n.roles.inference,
    }];
  }));
  for (const op of ['ListModelBiasJobDefinitions', 'ListModelQualityJobDefinitions', 'ListModelExplainabilityJobDefinitions']) list(op, 'JobDefinitionSummaries', []);
  // Lifecycle configurations, Studio spaces and apps, HyperPod, inference components, MLflow: none in this estate.
  const none: Array<[string, string]> = [
    ['ListNotebookInstanceLifecycleConfigs', 'NotebookInstanceLifecycleConfigs'],
    ['ListStudioLifecycleConfigs', 'StudioLifecycleConfigs'],
    ['ListSpaces', 'Spaces'],
    ['ListApps', 'Apps'],
    ['ListClusters', 'ClusterSummaries'],
    ['ListInferenceComponents', 'InferenceComponents'],
    ['ListMlflowTrackingServers', 'TrackingServerSummaries'],
  ];
  for (const [op, member] of none) list(op, member, []);
  // Processing, transform, compilation, tuning and AutoML jobs, model cards: none in this estate either.
  for (const record of ['ProcessingJob', 'TransformJob', 'CompilationJob', 'HyperParameterTuningJob', 'AutoMLJob', 'ModelCard']) list(`List${record}s`, `${record}Summaries`, []);
  const schedules = Array.from({ length: count('schedules') }, (_, i) => ({ name: `ms-${pad(i)}`, i, definition: definitions[i % definitions.length]! }));
  list('ListMonitoringSchedules', 'MonitoringScheduleSummaries', schedules.map(({ name, i, definition }) => ({
    MonitoringScheduleName: name, MonitoringScheduleArn: arn('monitoring-schedule', name), CreationTime: T0 + i, LastModifiedTime: T0 + i, MonitoringScheduleStatus: 'Scheduled',
    EndpointName: definition.endpoint, MonitoringJobDefinitionName: definition.name, MonitoringType: 'DataQuality',
  })));
  describe('DescribeMonitoringSchedule', ['MonitoringScheduleName'], schedules.map(({ name, i, definition }) => {
    const id = arn('monitoring-schedule', name);
    ids.push(id);
    return [name, {
      MonitoringScheduleArn: id, MonitoringScheduleName: name, MonitoringScheduleStatus: 'Scheduled', MonitoringType: 'DataQuality', CreationTime: T0 + i, LastModifiedTime: T0 + i,
      MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' }, MonitoringJobDefinitionName: definition.name, MonitoringType: 'DataQuality' },
      EndpointName: definition.endpoint,
    }];
  }));

  return { lists, packagesByGroup, describes, tags, ids };
}
