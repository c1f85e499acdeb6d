import { recordOf } from '../../../../../src/model/index.js';
import type { DescribedRecord } from '../estate-builder.js';
import { s3Uri } from './storage.js';
import { addAwsRecord, arn, providerRecord, tagList, tagsOf, type AwsScope } from './scope.js';

/** Where a SageMaker resource attaches to the customer VPC (its VpcConfig). */
export interface VpcPlacement {
  subnets: DescribedRecord[];
  groups: DescribedRecord[];
}

export const subnetIds = (p: VpcPlacement) => p.subnets.map((s) => recordOf<{ SubnetId: string }>(s)!.SubnetId);
export const groupIds = (p: VpcPlacement) => p.groups.map((g) => recordOf<{ GroupId: string }>(g)!.GroupId);

export interface DomainOptions {
  domainId: string;
  name: string;
  vpc: DescribedRecord;
  placement: VpcPlacement;
  vpcOnly: boolean;
  authMode: 'SSO' | 'IAM';
  executionRole: DescribedRecord;
  key?: DescribedRecord;
}

/** A SageMaker Studio domain (ListDomains + DescribeDomain): the AWS counterpart of an Azure ML workspace. */
export function sagemakerDomain(scope: AwsScope, o: DomainOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `domain/${o.domainId}`);
  const tags = tagsOf(scope);
  const summary = {
    DomainArn: id,
    DomainId: o.domainId,
    DomainName: o.name,
    Status: 'InService',
    CreationTime: '2024-02-20T11:05:33.000Z',
    LastModifiedTime: '2026-09-02T07:41:10.000Z',
    Url: `https://${o.domainId}.studio.${scope.region}.sagemaker.aws`,
  };
  const domain = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::Domain',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        HomeEfsFileSystemId: `fs-0${o.domainId.slice(2, 18)}`,
        AuthMode: o.authMode,
        ...(o.authMode === 'SSO' && {
          SingleSignOnManagedApplicationInstanceId: `ins-${o.domainId.slice(2, 18)}`,
          SingleSignOnApplicationArn: arn(scope, 'sso', `application/ssoins-72230d0e5c4a1b8e/apl-${o.domainId.slice(2, 18)}`, { region: '' }),
        }),
        AppNetworkAccessType: o.vpcOnly ? 'VpcOnly' : 'PublicInternetOnly',
        DefaultUserSettings: { ExecutionRole: o.executionRole.id, SecurityGroups: groupIds(o.placement) },
        SubnetIds: subnetIds(o.placement),
        VpcId: recordOf<{ VpcId: string }>(o.vpc)!.VpcId,
        ...(o.key && { KmsKeyId: o.key.id, HomeEfsFileSystemKmsKeyId: o.key.id }),
      },
      tags: tagList(tags),
    }),
  });
  return domain;
}

export interface NotebookOptions {
  name: string;
  instanceType: string;
  role: DescribedRecord;
  placement?: VpcPlacement;
  directInternet: boolean;
  rootAccess: boolean;
  key?: DescribedRecord;
  /** Name of a lifecycle configuration that stops the instance when idle. */
  autoStopConfig?: string;
  status?: 'InService' | 'Stopped';
  /** Notebook platform; defaults to the current Amazon Linux 2023 one. */
  platform?: string;
  tags?: Record<string, string>;
}

/** A SageMaker notebook instance (ListNotebookInstances + DescribeNotebookInstance). */
export function sagemakerNotebook(scope: AwsScope, o: NotebookOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `notebook-instance/${o.name}`);
  const tags = tagsOf(scope, o.tags);
  const summary = {
    NotebookInstanceName: o.name,
    NotebookInstanceArn: id,
    NotebookInstanceStatus: o.status ?? 'InService',
    Url: `${o.name}.notebook.${scope.region}.sagemaker.aws`,
    InstanceType: o.instanceType,
    CreationTime: '2025-03-04T09:12:44.000Z',
    LastModifiedTime: '2026-11-18T16:22:05.000Z',
    NotebookInstanceLifecycleConfigName: o.autoStopConfig,
  };
  const notebook = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::NotebookInstance',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        IpAddressType: 'ipv4',
        ...(o.placement && { SubnetId: subnetIds(o.placement)[0], SecurityGroups: groupIds(o.placement), NetworkInterfaceId: `eni-0${o.name.length}4f2a91c7d3e8b05` }),
        RoleArn: o.role.id,
        ...(o.key && { KmsKeyId: o.key.id }),
        DirectInternetAccess: o.directInternet ? 'Enabled' : 'Disabled',
        VolumeSizeInGB: 50,
        RootAccess: o.rootAccess ? 'Enabled' : 'Disabled',
        PlatformIdentifier: o.platform ?? 'notebook-al2023-v1',
        InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: o.directInternet ? '1' : '2' },
      },
      tags: tagList(tags),
    }),
  });
  return notebook;
}

export interface TrainingJobOptions {
  name: string;
  role: DescribedRecord;
  image: DescribedRecord;
  imageTag: string;
  /** Buckets (and prefixes) the job reads its training channels from. */
  inputs: { channel: string; bucket: DescribedRecord; prefix: string }[];
  output: DescribedRecord;
  placement?: VpcPlacement;
  networkIsolation: boolean;
  interContainerEncryption: boolean;
  key?: DescribedRecord;
  instanceType: string;
  instanceCount?: number;
  hyperParameters: Record<string, string>;
  finishedAt: string;
}

/** A completed SageMaker training job (ListTrainingJobs + DescribeTrainingJob). */
export function trainingJob(scope: AwsScope, o: TrainingJobOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `training-job/${o.name}`);
  const tags = tagsOf(scope);
  const started = o.finishedAt.replace(/T\d\d/, 'T01');
  const summary = { TrainingJobName: o.name, TrainingJobArn: id, CreationTime: started, TrainingEndTime: o.finishedAt, LastModifiedTime: o.finishedAt, TrainingJobStatus: 'Completed', SecondaryStatus: 'Completed' };
  const job = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::TrainingJob',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        ModelArtifacts: { S3ModelArtifacts: s3Uri(o.output, `models/${o.name}/output/model.tar.gz`) },
        HyperParameters: o.hyperParameters,
        AlgorithmSpecification: { TrainingImage: `${scope.account}.dkr.ecr.${scope.region}.amazonaws.com/${o.image.name}:${o.imageTag}`, TrainingInputMode: 'File', EnableSageMakerMetricsTimeSeries: true },
        RoleArn: o.role.id,
        InputDataConfig: o.inputs.map((input) => ({
          ChannelName: input.channel,
          DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: s3Uri(input.bucket, input.prefix), S3DataDistributionType: 'FullyReplicated' } },
          ContentType: 'text/csv',
          CompressionType: 'None',
        })),
        OutputDataConfig: { S3OutputPath: s3Uri(o.output, 'models/'), ...(o.key && { KmsKeyId: o.key.id }) },
        ResourceConfig: { InstanceType: o.instanceType, InstanceCount: o.instanceCount ?? 1, VolumeSizeInGB: 30, ...(o.key && { VolumeKmsKeyId: o.key.id }) },
        ...(o.placement && { VpcConfig: { SecurityGroupIds: groupIds(o.placement), Subnets: subnetIds(o.placement) } }),
        StoppingCondition: { MaxRuntimeInSeconds: 86400 },
        TrainingStartTime: started,
        EnableNetworkIsolation: o.networkIsolation,
        EnableInterContainerTrafficEncryption: o.interContainerEncryption,
        EnableManagedSpotTraining: false,
      },
      tags: tagList(tags),
    }),
  });
  return job;
}

/** A SageMaker Feature Store feature group (ListFeatureGroups + DescribeFeatureGroup). */
export function featureGroup(scope: AwsScope, o: { name: string; role: DescribedRecord; offlineStore: DescribedRecord; key?: DescribedRecord; onlineStore: boolean }): DescribedRecord {
  const id = arn(scope, 'sagemaker', `feature-group/${o.name}`);
  const tags = tagsOf(scope);
  const summary = { FeatureGroupName: o.name, FeatureGroupArn: id, CreationTime: '2025-05-12T10:00:00.000Z', FeatureGroupStatus: 'Created', OfflineStoreStatus: { Status: 'Active' } };
  const group = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::FeatureGroup',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        RecordIdentifierFeatureName: 'claim_id',
        EventTimeFeatureName: 'event_time',
        OnlineStoreConfig: { EnableOnlineStore: o.onlineStore, ...(o.key && { SecurityConfig: { KmsKeyId: o.key.id } }) },
        OfflineStoreConfig: { S3StorageConfig: { S3Uri: s3Uri(o.offlineStore, 'feature-store/'), ...(o.key && { KmsKeyId: o.key.id }) }, DisableGlueTableCreation: false },
        RoleArn: o.role.id,
      },
      tags: tagList(tags),
    }),
  });
  return group;
}

/** A SageMaker pipeline (ListPipelines entry); it contains the jobs its runs started. */
export function sagemakerPipeline(scope: AwsScope, o: { name: string; role: DescribedRecord }): DescribedRecord {
  const id = arn(scope, 'sagemaker', `pipeline/${o.name.toLowerCase()}`);
  const tags = tagsOf(scope);
  const pipeline = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::Pipeline',
    raw: providerRecord(
      {
        PipelineArn: id,
        PipelineName: o.name,
        PipelineDisplayName: o.name,
        RoleArn: o.role.id,
        CreationTime: '2025-01-09T14:30:00.000Z',
        LastModifiedTime: '2026-10-28T09:10:00.000Z',
        LastExecutionTime: '2026-11-16T01:00:00.000Z',
      },
      { tags: tagList(tags) },
    ),
  });
  return pipeline;
}
