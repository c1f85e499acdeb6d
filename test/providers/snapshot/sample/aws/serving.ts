import type { DescribedRecord } from '../estate-builder.js';
import { groupIds, subnetIds, type VpcPlacement } from './sagemaker.js';
import { s3Uri } from './storage.js';
import { addAwsRecord, arn, providerRecord, tagList, tagsOf, type AwsScope } from './scope.js';

const imageUri = (scope: AwsScope, repository: DescribedRecord, tag: string) => `${scope.account}.dkr.ecr.${scope.region}.amazonaws.com/${repository.name}:${tag}`;

/**
 * A model package group (ListModelPackageGroups entry): the registry entry versions belong to.
 * `sharedWith`: accounts its resource policy (GetModelPackageGroupPolicy) lets describe and list
 * its versions; none: the call answered "Cannot find resource policy" (detail `null`).
 */
export function modelPackageGroup(scope: AwsScope, o: { name: string; description: string; sharedWith?: string[] }): DescribedRecord {
  const id = arn(scope, 'sagemaker', `model-package-group/${o.name}`);
  const policy = o.sharedWith?.length
    ? {
        ResourcePolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'ShareModelPackages',
              Effect: 'Allow',
              Principal: { AWS: o.sharedWith.map((account) => `arn:aws:iam::${account}:root`) },
              Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages'],
              Resource: arn(scope, 'sagemaker', `model-package/${o.name}/*`),
            },
          ],
        }),
      }
    : null;
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::ModelPackageGroup',
    raw: providerRecord(
      {
        ModelPackageGroupName: o.name,
        ModelPackageGroupArn: id,
        ModelPackageGroupDescription: o.description,
        CreationTime: '2024-06-03T12:00:00.000Z',
        ModelPackageGroupStatus: 'Completed',
      },
      { policy, tags: tagList(tagsOf(scope)) },
    ),
  });
}

export interface ModelPackageOptions {
  group: DescribedRecord;
  version: number;
  approval: 'Approved' | 'PendingManualApproval' | 'Rejected';
  trainingJob: DescribedRecord;
  artifacts: DescribedRecord;
  image: DescribedRecord;
  imageTag: string;
}

/** One version in a model package group (ListModelPackages + DescribeModelPackage); GeneratedBy is its lineage. */
export function modelPackage(scope: AwsScope, o: ModelPackageOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `model-package/${o.group.name}/${o.version}`);
  const summary = {
    ModelPackageName: o.group.name,
    ModelPackageGroupName: o.group.name,
    ModelPackageVersion: o.version,
    ModelPackageArn: id,
    CreationTime: '2026-10-14T08:30:00.000Z',
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: o.approval,
  };
  const pkg = addAwsRecord(scope, {
    id,
    name: `${o.group.name}/${o.version}`,
    nativeType: 'AWS::SageMaker::ModelPackage',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        InferenceSpecification: {
          Containers: [
            {
              Image: imageUri(scope, o.image, o.imageTag),
              ImageDigest: 'sha256:5b0c8e3f1d2a4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e',
              ModelDataUrl: s3Uri(o.artifacts, `models/${o.trainingJob.name}/output/model.tar.gz`),
            },
          ],
          SupportedContentTypes: ['text/csv'],
          SupportedResponseMIMETypes: ['text/csv'],
          SupportedRealtimeInferenceInstanceTypes: ['ml.m5.large', 'ml.m5.xlarge'],
        },
        MetadataProperties: { GeneratedBy: o.trainingJob.id },
        CertifyForMarketplace: false,
      },
    }),
  });
  return pkg;
}

export interface SageMakerModelOptions {
  name: string;
  role: DescribedRecord;
  image: DescribedRecord;
  imageTag: string;
  /** Built from a registered version, or (when absent) straight from an artifact someone uploaded. */
  fromPackage?: DescribedRecord;
  artifacts: DescribedRecord;
  /** Object key of the uploaded artifact, for a model not built from a package. */
  artifactKey?: string;
  networkIsolation: boolean;
  placement?: VpcPlacement;
}

/**
 * A SageMaker model (ListModels + DescribeModel). One built from a model package carries the
 * package's registration and lineage (the package is `version-of` it, as the provider links it);
 * one built from a bare ModelDataUrl carries neither.
 */
export function sagemakerModel(scope: AwsScope, o: SageMakerModelOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `model/${o.name}`);
  const tags = tagsOf(scope);
  const container = o.fromPackage
    ? { ModelPackageName: o.fromPackage.id, Mode: 'SingleModel' }
    : {
        Image: imageUri(scope, o.image, o.imageTag),
        Mode: 'SingleModel',
        ModelDataUrl: s3Uri(o.artifacts, o.artifactKey ?? 'model.tar.gz'),
        Environment: { SAGEMAKER_PROGRAM: 'inference.py', SAGEMAKER_CONTAINER_LOG_LEVEL: '20' },
      };
  const summary = { ModelName: o.name, ModelArn: id, CreationTime: '2026-10-15T09:00:00.000Z' };
  const model = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::Model',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        PrimaryContainer: container,
        ExecutionRoleArn: o.role.id,
        ...(o.placement && { VpcConfig: { SecurityGroupIds: groupIds(o.placement), Subnets: subnetIds(o.placement) } }),
        EnableNetworkIsolation: o.networkIsolation,
      },
      tags: tagList(tags),
    }),
  });
  return model;
}

export interface EndpointOptions {
  name: string;
  model: DescribedRecord;
  instanceType?: string;
  instanceCount?: number;
  serverless?: { memoryMb: number; maxConcurrency: number };
  dataCapture?: { bucket: DescribedRecord; samplingPercent: number };
  key?: DescribedRecord;
  tags?: Record<string, string>;
}

/**
 * A real-time endpoint (ListEndpoints + DescribeEndpoint) and the endpoint config it runs
 * (ListEndpointConfigs + DescribeEndpointConfig), which names the model. InvokeEndpoint answers on
 * the regional runtime API for every endpoint; whether a call must come through a network is
 * decided by IAM: the endpoint's `invokeGrants` detail is added by exposeEndpoints
 * (invoke-grants.ts) once the account's identities are described.
 */
export function sagemakerEndpoint(scope: AwsScope, o: EndpointOptions): DescribedRecord {
  const tags = tagsOf(scope, o.tags);
  const configName = `${o.name}-config-20261015`;
  const configId = arn(scope, 'sagemaker', `endpoint-config/${configName}`);
  const instances = o.serverless ? undefined : (o.instanceCount ?? 1);
  const serverlessConfig = o.serverless && { MemorySizeInMB: o.serverless.memoryMb, MaxConcurrency: o.serverless.maxConcurrency };
  const variant = {
    VariantName: 'AllTraffic',
    ModelName: o.model.name,
    InitialVariantWeight: 1,
    ...(serverlessConfig ? { ServerlessConfig: serverlessConfig } : { InitialInstanceCount: instances, InstanceType: o.instanceType ?? 'ml.m5.large' }),
  };
  const capture = o.dataCapture && {
    EnableCapture: true,
    InitialSamplingPercentage: o.dataCapture.samplingPercent,
    DestinationS3Uri: s3Uri(o.dataCapture.bucket, `datacapture/${o.name}`),
    CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
    ...(o.key && { KmsKeyId: o.key.id }),
  };
  const configSummary = { EndpointConfigName: configName, EndpointConfigArn: configId, CreationTime: '2026-10-15T09:19:40.000Z' };
  addAwsRecord(scope, {
    id: configId,
    name: configName,
    nativeType: 'AWS::SageMaker::EndpointConfig',
    raw: providerRecord(configSummary, {
      describe: { ...configSummary, ProductionVariants: [variant], ...(capture && { DataCaptureConfig: capture }), ...(o.key && { KmsKeyId: o.key.id }) },
      tags: tagList(tags),
    }),
  });
  const id = arn(scope, 'sagemaker', `endpoint/${o.name}`);
  const summary = { EndpointName: o.name, EndpointArn: id, CreationTime: '2026-10-15T09:20:00.000Z', LastModifiedTime: '2026-10-15T09:31:12.000Z', EndpointStatus: 'InService' };
  const endpoint = addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::Endpoint',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        EndpointConfigName: configName,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            CurrentWeight: 1,
            DesiredWeight: 1,
            ...(serverlessConfig
              ? { CurrentServerlessConfig: serverlessConfig, DesiredServerlessConfig: serverlessConfig }
              : { CurrentInstanceCount: instances, DesiredInstanceCount: instances }),
          },
        ],
        ...(capture && { DataCaptureConfig: { EnableCapture: true, CaptureStatus: 'Started', CurrentSamplingPercentage: capture.InitialSamplingPercentage, DestinationS3Uri: capture.DestinationS3Uri } }),
      },
      tags: tagList(tags),
    }),
  });
  return endpoint;
}

export interface MonitoringScheduleOptions {
  /** The endpoint the schedule watches (ListMonitoringSchedules `EndpointName`). */
  endpointName: string;
  role: DescribedRecord;
  key: DescribedRecord;
  output: DescribedRecord;
}

/**
 * A Model Monitor data-quality schedule with its job embedded (ListMonitoringSchedules +
 * DescribeMonitoringSchedule); the provider links the endpoint it names to it (`monitored-by`). Isolated, inter-container encrypted, volume and reports under the CMK.
 */
export function monitoringSchedule(scope: AwsScope, o: MonitoringScheduleOptions): DescribedRecord {
  const name = `${o.endpointName}-data-quality`;
  const id = arn(scope, 'sagemaker', `monitoring-schedule/${name}`);
  const summary = {
    MonitoringScheduleName: name,
    MonitoringScheduleArn: id,
    CreationTime: '2026-10-15T10:00:00.000Z',
    LastModifiedTime: '2026-10-15T10:00:00.000Z',
    MonitoringScheduleStatus: 'Scheduled',
    EndpointName: o.endpointName,
    MonitoringType: 'DataQuality',
  };
  const schedule = addAwsRecord(scope, {
    id,
    name,
    nativeType: 'AWS::SageMaker::MonitoringSchedule',
    raw: providerRecord(summary, {
      describe: {
        ...summary,
        MonitoringScheduleConfig: {
          ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' },
          MonitoringType: 'DataQuality',
          MonitoringJobDefinition: {
            MonitoringOutputConfig: { KmsKeyId: o.key.id, MonitoringOutputs: [{ S3Output: { S3Uri: s3Uri(o.output, `monitoring/${o.endpointName}`), LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } }] },
            MonitoringResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 20, VolumeKmsKeyId: o.key.id } },
            MonitoringAppSpecification: { ImageUri: `468650794304.dkr.ecr.${scope.region}.amazonaws.com/sagemaker-model-monitor-analyzer` },
            NetworkConfig: { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: true },
            RoleArn: o.role.id,
          },
        },
      },
    }),
  });
  return schedule;
}
