import { recordOf } from '../../../../../src/model/index.js';
import type { DescribedRecord } from '../estate-builder.js';
import { groupIds, subnetIds, type VpcPlacement } from './sagemaker.js';
import { s3Uri } from './storage.js';
import { addAwsRecord, arn, providerRecord, tagList, tagsOf, type AwsScope } from './scope.js';

/** Created and last modified, as SageMaker reports them on these records. */
const TIMES = { CreationTime: '2026-06-02T10:15:00.000Z', LastModifiedTime: '2026-10-30T08:05:00.000Z' };

/** A managed MLflow tracking server (ListMlflowTrackingServers + DescribeMlflowTrackingServer). */
export function mlflowTrackingServer(scope: AwsScope, o: { name: string; role: DescribedRecord; artifacts: DescribedRecord; prefix: string }): DescribedRecord {
  const id = arn(scope, 'sagemaker', `mlflow-tracking-server/${o.name}`);
  const summary = { TrackingServerArn: id, TrackingServerName: o.name, ...TIMES, TrackingServerStatus: 'Created', IsActive: 'Active', MlflowVersion: '2.16.2' };
  const describe = { ...summary, ArtifactStoreUri: s3Uri(o.artifacts, o.prefix), TrackingServerSize: 'Small', RoleArn: o.role.id, TrackingServerUrl: `https://t-8kd2m4q7x1zc.${scope.region}.experiments.sagemaker.aws`, WeeklyMaintenanceWindowStart: 'Sun:02:00', AutomaticModelRegistration: false };
  return addAwsRecord(scope, { id, name: o.name, nativeType: 'AWS::SageMaker::MlflowTrackingServer', raw: providerRecord(summary, { describe, tags: tagList(tagsOf(scope)) }) });
}

/** A HyperPod cluster (ListClusters + DescribeCluster, Slurm): each instance group loads its lifecycle scripts from `scripts`. */
export function hyperpodCluster(scope: AwsScope, o: { name: string; clusterId: string; role: DescribedRecord; scripts: DescribedRecord; placement: VpcPlacement }): DescribedRecord {
  const id = arn(scope, 'sagemaker', `cluster/${o.clusterId}`);
  const summary = { ClusterArn: id, ClusterName: o.name, CreationTime: TIMES.CreationTime, ClusterStatus: 'InService' };
  const group = (name: string, type: string, count: number) => ({
    CurrentCount: count,
    TargetCount: count,
    InstanceGroupName: name,
    InstanceType: type,
    LifeCycleConfig: { SourceS3Uri: s3Uri(o.scripts, `hyperpod/${o.name}/lifecycle/`), OnCreate: 'on_create.sh' },
    ExecutionRole: o.role.id,
    ThreadsPerCore: 1,
    Status: 'InService',
  });
  const describe = { ...summary, InstanceGroups: [group('controller', 'ml.m5.2xlarge', 1), group('workers', 'ml.g5.12xlarge', 2)], VpcConfig: { SecurityGroupIds: groupIds(o.placement), Subnets: subnetIds(o.placement) }, NodeRecovery: 'Automatic' };
  return addAwsRecord(scope, { id, name: o.name, nativeType: 'AWS::SageMaker::Cluster', raw: providerRecord(summary, { describe, tags: tagList(tagsOf(scope)) }) });
}

export interface InferenceComponentOptions {
  name: string;
  endpoint: DescribedRecord;
  model: DescribedRecord;
  copies: number;
}

/** An inference component (ListInferenceComponents + DescribeInferenceComponent): a model placed on an endpoint's instances. */
export function inferenceComponent(scope: AwsScope, o: InferenceComponentOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `inference-component/${o.name}`);
  const summary = { ...TIMES, InferenceComponentArn: id, InferenceComponentName: o.name, EndpointArn: o.endpoint.id, EndpointName: o.endpoint.name, VariantName: 'AllTraffic', InferenceComponentStatus: 'InService' };
  const specification = { ModelName: o.model.name, ComputeResourceRequirements: { NumberOfCpuCoresRequired: 2, MinMemoryRequiredInMb: 4096 } };
  const describe = { ...summary, Specification: specification, RuntimeConfig: { DesiredCopyCount: o.copies, CurrentCopyCount: o.copies } };
  return addAwsRecord(scope, { id, name: o.name, nativeType: 'AWS::SageMaker::InferenceComponent', raw: providerRecord(summary, { describe, tags: tagList(tagsOf(scope)) }) });
}

/** A Studio lifecycle configuration (ListStudioLifecycleConfigs + DescribeStudioLifecycleConfig) for JupyterLab. */
export function studioLifecycleConfig(scope: AwsScope, o: { name: string; script: readonly string[] }): DescribedRecord {
  const id = arn(scope, 'sagemaker', `studio-lifecycle-config/${o.name}`);
  const summary = { StudioLifecycleConfigArn: id, StudioLifecycleConfigName: o.name, ...TIMES, StudioLifecycleConfigAppType: 'JupyterLab' };
  const content = Buffer.from(['#!/bin/bash', 'set -eux', ...o.script, ''].join('\n')).toString('base64');
  return addAwsRecord(scope, { id, name: o.name, nativeType: 'AWS::SageMaker::StudioLifecycleConfig', raw: providerRecord(summary, { describe: { ...summary, StudioLifecycleConfigContent: content } }) });
}

export interface SpaceOptions {
  domain: DescribedRecord;
  name: string;
  displayName: string;
  owner: string;
  lifecycle: DescribedRecord;
}

/**
 * A shared Studio space (ListSpaces + DescribeSpace) and the JupyterLab app running in it (a
 * ListApps entry), which starts with the space's lifecycle configuration.
 */
export function sharedSpaceWithApp(scope: AwsScope, o: SpaceOptions): { space: DescribedRecord; app: DescribedRecord } {
  const domainId = recordOf<{ DomainId: string }>(o.domain)!.DomainId;
  const spaceId = arn(scope, 'sagemaker', `space/${domainId}/${o.name}`);
  const resourceSpec = { SageMakerImageArn: arn(scope, 'sagemaker', 'image/sagemaker-distribution-cpu', { account: '470317259841' }), InstanceType: 'ml.t3.large', LifecycleConfigArn: o.lifecycle.id };
  const summary = { DomainId: domainId, SpaceName: o.name, Status: 'InService', ...TIMES, SpaceDisplayName: o.displayName };
  const listed = { ...summary, SpaceSettingsSummary: { AppType: 'JupyterLab' }, SpaceSharingSettingsSummary: { SharingType: 'Shared' }, OwnershipSettingsSummary: { OwnerUserProfileName: o.owner } };
  const describe = {
    ...summary,
    SpaceArn: spaceId,
    SpaceSettings: { AppType: 'JupyterLab', JupyterLabAppSettings: { DefaultResourceSpec: resourceSpec }, SpaceStorageSettings: { EbsStorageSettings: { EbsVolumeSizeInGb: 50 } } },
    OwnershipSettings: { OwnerUserProfileName: o.owner },
    SpaceSharingSettings: { SharingType: 'Shared' },
  };
  const space = addAwsRecord(scope, { id: spaceId, name: `${domainId}/${o.name}`, nativeType: 'AWS::SageMaker::Space', raw: providerRecord(listed, { describe, tags: tagList(tagsOf(scope)) }) });
  const appRecord = { DomainId: domainId, SpaceName: o.name, AppType: 'JupyterLab', AppName: 'default', Status: 'InService', CreationTime: TIMES.LastModifiedTime, ResourceSpec: resourceSpec };
  const app = addAwsRecord(scope, {
    id: arn(scope, 'sagemaker', `app/${domainId}/${o.name}/jupyterlab/default`),
    name: `${domainId}/${o.name}/JupyterLab/default`,
    nativeType: 'AWS::SageMaker::App',
    raw: providerRecord(appRecord, { tags: tagList(tagsOf(scope)) }),
  });
  return { space, app };
}
