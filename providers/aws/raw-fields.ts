import type { KeepTree } from '../../src/lib/scrub.js';
import { BEDROCK_RAW_FIELDS } from './collectors/bedrock-raw-fields.js';
import { SAGEMAKER_JOB_RAW_FIELDS } from './collectors/sagemaker-jobs-raw-fields.js';
import { SAGEMAKER_PLATFORM_RAW_FIELDS } from './collectors/sagemaker-platform-raw-fields.js';

/**
 * The fields of each collector's raw record that are kept (everything else is dropped when the
 * record is collected), keyed by collector name. Kept: what identifies the resource, what rules
 * and linkers read (rules/aws/_lib/shapes.ts, `detailOf` keys, `linkSageMaker`), and the security
 * configuration a reader of the report needs. Kept values are still scrubbed (src/lib/scrub.ts):
 * environment values, scripts and command lines, and credential-shaped strings never survive.
 * A test checks every registered collector, and every detail key it declares, has an entry.
 */

const k = (...keys: string[]): Record<string, true> => Object.fromEntries(keys.map((key) => [key, true]));

const TIMES = k('CreationTime', 'LastModifiedTime');
const VPC = { VpcConfig: k('Subnets', 'SecurityGroupIds') };
const TAGS = { tags: k('Key', 'Value') };

/** A Studio app's lifecycle configurations (ARNs): the ones users may pick, the default, the built-in one. */
const APP_LIFECYCLE = { ...k('LifecycleConfigArns', 'BuiltInLifecycleConfigArn'), DefaultResourceSpec: k('LifecycleConfigArn') };
/**
 * Studio user or space settings: the role, the network, where notebooks are shared and the
 * lifecycle scripts the apps run (the app settings `userSettingsLifecycleEdges` in
 * collectors/sagemaker-lifecycle.ts links).
 */
const STUDIO_SETTINGS: KeepTree = {
  ...k('ExecutionRole', 'SecurityGroups'),
  SharingSettings: k('NotebookOutputOption', 'S3OutputPath', 'S3KmsKeyId'),
  ...Object.fromEntries(['JupyterServerAppSettings', 'KernelGatewayAppSettings', 'JupyterLabAppSettings', 'CodeEditorAppSettings'].map((app) => [app, APP_LIFECYCLE])),
};

/** A container of a model or model package (Environment keeps its keys only). */
const CONTAINER = {
  ...k('ContainerHostname', 'Image', 'ImageDigest', 'Mode', 'ModelDataUrl', 'ModelPackageName', 'InferenceSpecificationName', 'Framework', 'FrameworkVersion', 'Environment'),
  ImageConfig: k('RepositoryAccessMode'),
  ModelDataSource: { S3DataSource: k('S3Uri', 'S3DataType', 'CompressionType') },
};

const VARIANT = k('VariantName', 'ModelName', 'InitialInstanceCount', 'InstanceType', 'InitialVariantWeight', 'AcceleratorType', 'ServerlessConfig', 'EnableSSMAccess', 'VolumeSizeInGB');

/** A monitoring container: the entrypoint and arguments are summarised, the environment keeps its keys. */
const MONITORING_APP = k('ImageUri', 'ContainerEntrypoint', 'ContainerArguments', 'RecordPreprocessorSourceUri', 'PostAnalyticsProcessorSourceUri', 'ConfigUri', 'Environment');
const MONITORING_OUTPUT: KeepTree = { KmsKeyId: true, MonitoringOutputs: { S3Output: k('S3Uri', 'LocalPath', 'S3UploadMode') } };

function monitoringDefinition(prefix: 'DataQuality' | 'ModelBias' | 'ModelQuality' | 'ModelExplainability'): KeepTree {
  return {
    ...k('MonitoringJobDefinitionName', 'MonitoringJobDefinitionArn', 'CreationTime', 'EndpointName'),
    $details: {
      describe: {
        ...k('JobDefinitionArn', 'JobDefinitionName', 'CreationTime', 'RoleArn', 'JobResources', 'NetworkConfig', 'StoppingCondition'),
        [`${prefix}AppSpecification`]: MONITORING_APP,
        [`${prefix}JobInput`]: { EndpointInput: k('EndpointName', 'LocalPath'), BatchTransformInput: k('DataCapturedDestinationS3Uri', 'LocalPath') },
        [`${prefix}JobOutputConfig`]: MONITORING_OUTPUT,
      },
    },
  };
}

export const AWS_RAW_FIELDS: Readonly<Record<string, KeepTree>> = {
  'sagemaker/domains': {
    ...k('DomainArn', 'DomainId', 'DomainName', 'Status', 'Url'),
    ...TIMES,
    $details: {
      describe: {
        ...k('DomainArn', 'DomainId', 'DomainName', 'Status', 'AuthMode', 'AppNetworkAccessType', 'AppSecurityGroupManagement', 'KmsKeyId', 'SubnetIds', 'VpcId', 'HomeEfsFileSystemId', 'Url', 'SingleSignOnManagedApplicationInstanceId', 'SingleSignOnApplicationArn'),
        ...TIMES,
        DefaultUserSettings: STUDIO_SETTINGS,
        DefaultSpaceSettings: STUDIO_SETTINGS,
        DomainSettings: k('SecurityGroupIds', 'ExecutionRoleIdentityConfig'),
      },
      ...TAGS,
    },
  },
  'sagemaker/user-profiles': {
    ...k('DomainId', 'UserProfileName', 'Status'),
    ...TIMES,
    $details: {
      describe: {
        ...k('DomainId', 'UserProfileArn', 'UserProfileName', 'Status', 'SingleSignOnUserIdentifier'),
        ...TIMES,
        UserSettings: STUDIO_SETTINGS,
      },
    },
  },
  'sagemaker/notebook-instances': {
    ...k('NotebookInstanceName', 'NotebookInstanceArn', 'NotebookInstanceStatus', 'InstanceType', 'NotebookInstanceLifecycleConfigName'),
    ...TIMES,
    $details: {
      describe: {
        ...k('NotebookInstanceArn', 'NotebookInstanceName', 'NotebookInstanceStatus', 'InstanceType', 'SubnetId', 'SecurityGroups', 'RoleArn', 'KmsKeyId', 'NetworkInterfaceId'),
        ...k('DirectInternetAccess', 'RootAccess', 'PlatformIdentifier', 'VolumeSizeInGB', 'NotebookInstanceLifecycleConfigName', 'InstanceMetadataServiceConfiguration'),
        ...TIMES,
      },
      ...TAGS,
    },
  },
  'sagemaker/training-jobs': {
    ...k('TrainingJobName', 'TrainingJobArn', 'TrainingJobStatus', 'TrainingEndTime'),
    ...TIMES,
    $details: {
      describe: {
        ...k('TrainingJobName', 'TrainingJobArn', 'TrainingJobStatus', 'SecondaryStatus', 'RoleArn', 'EnableNetworkIsolation', 'EnableInterContainerTrafficEncryption'),
        ...k('EnableManagedSpotTraining', 'HyperParameters', 'Environment', 'TrainingStartTime', 'TrainingEndTime'),
        ...TIMES,
        ...VPC,
        AlgorithmSpecification: k('TrainingImage', 'AlgorithmName', 'TrainingInputMode', 'ContainerEntrypoint', 'ContainerArguments'),
        InputDataConfig: { ChannelName: true, DataSource: { S3DataSource: k('S3Uri', 'S3DataType', 'S3DataDistributionType') } },
        OutputDataConfig: k('S3OutputPath', 'KmsKeyId', 'CompressionType'),
        ResourceConfig: k('InstanceType', 'InstanceCount', 'InstanceGroups', 'VolumeSizeInGB', 'VolumeKmsKeyId'),
        ModelArtifacts: k('S3ModelArtifacts'),
      },
      ...TAGS,
    },
  },
  'sagemaker/models': {
    ...k('ModelName', 'ModelArn', 'CreationTime'),
    $details: {
      describe: {
        ...k('ModelName', 'ModelArn', 'ExecutionRoleArn', 'EnableNetworkIsolation', 'CreationTime'),
        ...VPC,
        PrimaryContainer: CONTAINER,
        Containers: CONTAINER,
        InferenceExecutionConfig: k('Mode'),
      },
      ...TAGS,
    },
  },
  'sagemaker/model-package-groups': {
    ...k('ModelPackageGroupName', 'ModelPackageGroupArn', 'ModelPackageGroupDescription', 'ModelPackageGroupStatus', 'CreationTime'),
    $details: { ...TAGS, policy: k('ResourcePolicy') },
  },
  'sagemaker/model-packages': {
    ...k('ModelPackageName', 'ModelPackageGroupName', 'ModelPackageVersion', 'ModelPackageArn', 'ModelPackageDescription', 'ModelPackageStatus', 'ModelApprovalStatus'),
    ...TIMES,
    $details: {
      describe: {
        ...k('ModelPackageName', 'ModelPackageGroupName', 'ModelPackageVersion', 'ModelPackageArn', 'ModelPackageDescription', 'ModelPackageStatus', 'ModelApprovalStatus'),
        ...k('ApprovalDescription', 'MetadataProperties', 'CustomerMetadataProperties', 'ModelMetrics', 'Domain', 'Task', 'SourceUri'),
        ...TIMES,
        InferenceSpecification: { Containers: CONTAINER, SupportedRealtimeInferenceInstanceTypes: true, SupportedTransformInstanceTypes: true },
      },
    },
  },
  'sagemaker/endpoint-configs': {
    ...k('EndpointConfigName', 'EndpointConfigArn', 'CreationTime'),
    $details: {
      describe: {
        ...k('EndpointConfigName', 'EndpointConfigArn', 'KmsKeyId', 'ExecutionRoleArn', 'EnableNetworkIsolation', 'CreationTime', 'DataCaptureConfig'),
        ...VPC,
        ProductionVariants: VARIANT,
        ShadowProductionVariants: VARIANT,
        AsyncInferenceConfig: { OutputConfig: k('KmsKeyId', 'S3OutputPath', 'S3FailurePath') },
      },
      ...TAGS,
    },
  },
  'sagemaker/endpoints': {
    ...k('EndpointName', 'EndpointArn', 'EndpointStatus'),
    ...TIMES,
    $details: {
      describe: {
        ...k('EndpointName', 'EndpointArn', 'EndpointConfigName', 'EndpointStatus', 'FailureReason', 'DataCaptureConfig'),
        ...TIMES,
        ProductionVariants: { ...k('VariantName', 'CurrentInstanceCount', 'DesiredInstanceCount', 'CurrentWeight'), DeployedImages: k('SpecifiedImage', 'ResolvedImage') },
      },
      ...TAGS,
      // Already reduced to the statements that concern sagemaker:InvokeEndpoint (endpoint-exposure.ts).
      invokeGrants: k('type', 'arn', 'groups', 'policies', 'boundary', 'trustedAccounts', 'statements'),
    },
  },
  'sagemaker/feature-groups': {
    ...k('FeatureGroupName', 'FeatureGroupArn', 'FeatureGroupStatus', 'OfflineStoreStatus', 'CreationTime'),
    $details: {
      describe: {
        ...k('FeatureGroupArn', 'FeatureGroupName', 'FeatureGroupStatus', 'RecordIdentifierFeatureName', 'EventTimeFeatureName', 'RoleArn', 'Description'),
        ...TIMES,
        OnlineStoreConfig: { ...k('EnableOnlineStore', 'StorageType', 'TtlDuration'), SecurityConfig: k('KmsKeyId') },
        OfflineStoreConfig: { ...k('DisableGlueTableCreation', 'TableFormat'), S3StorageConfig: k('S3Uri', 'KmsKeyId', 'ResolvedOutputS3Uri') },
      },
      ...TAGS,
    },
  },
  'sagemaker/pipelines': {
    ...k('PipelineArn', 'PipelineName', 'PipelineDisplayName', 'PipelineDescription', 'RoleArn', 'LastExecutionTime'),
    ...TIMES,
    $details: TAGS,
  },
  'sagemaker/data-quality-job-definitions': monitoringDefinition('DataQuality'),
  'sagemaker/model-bias-job-definitions': monitoringDefinition('ModelBias'),
  'sagemaker/model-quality-job-definitions': monitoringDefinition('ModelQuality'),
  'sagemaker/model-explainability-job-definitions': monitoringDefinition('ModelExplainability'),
  'sagemaker/monitoring-schedules': {
    ...k('MonitoringScheduleName', 'MonitoringScheduleArn', 'MonitoringScheduleStatus', 'EndpointName', 'MonitoringJobDefinitionName', 'MonitoringType'),
    ...TIMES,
    $details: {
      describe: {
        ...k('MonitoringScheduleArn', 'MonitoringScheduleName', 'MonitoringScheduleStatus', 'MonitoringType', 'FailureReason', 'EndpointName'),
        ...TIMES,
        MonitoringScheduleConfig: {
          ...k('ScheduleConfig', 'MonitoringJobDefinitionName', 'MonitoringType'),
          MonitoringJobDefinition: {
            ...k('MonitoringResources', 'NetworkConfig', 'RoleArn', 'Environment', 'StoppingCondition'),
            MonitoringOutputConfig: MONITORING_OUTPUT,
            MonitoringAppSpecification: MONITORING_APP,
          },
        },
      },
    },
  },
  's3/buckets': {
    ...k('Name', 'CreationDate', 'BucketRegion', 'BucketArn'),
    $details: {
      ...k('location', 'accountPublicAccessBlock', 'publicAccessBlock', 'policyStatus', 'policy', 'ownership', 'encryption', 'versioning', 'logging', 'objectLock'),
      acl: { Owner: k('ID'), Grants: true },
      // The tag list, however it was read (GetResources, or GetBucketTagging's TagSet).
      tagging: k('Key', 'Value'),
    },
  },
  'iam/roles': {
    ...k('Path', 'RoleName', 'RoleId', 'Arn', 'CreateDate', 'AssumeRolePolicyDocument', 'Description', 'MaxSessionDuration', 'PermissionsBoundary', 'RoleLastUsed'),
    Tags: k('Key', 'Value'),
    // `authorization` (the account-wide read) is unfolded into `attached`, `inline` and `documents` (unfoldRoleAuthorization).
    $details: { ...k('attached', 'inlineNames', 'inline', 'policies', 'documents'), authorization: k('type', 'arn', 'attached', 'inline', 'document') },
  },
  'kms/keys': {
    ...k('AWSAccountId', 'KeyId', 'Arn', 'CreationDate', 'Enabled', 'Description', 'KeyUsage', 'KeyState', 'DeletionDate', 'PendingDeletionWindowInDays'),
    ...k('Origin', 'KeyManager', 'KeySpec', 'EncryptionAlgorithms', 'MultiRegion', 'Ref'),
    $details: { rotation: k('KeyId', 'KeyRotationEnabled', 'RotationPeriodInDays', 'NextRotationDate'), policy: k('Policy', 'PolicyName') },
  },
  'ecr/repositories': {
    ...k('repositoryArn', 'registryId', 'repositoryName', 'repositoryUri', 'createdAt', 'imageTagMutability', 'imageScanningConfiguration', 'encryptionConfiguration'),
    $details: { registryScanning: true, policy: k('registryId', 'repositoryName', 'policyText'), tags: k('Key', 'Value') },
  },
  'ec2/subnets': {
    ...k('SubnetId', 'SubnetArn', 'VpcId', 'CidrBlock', 'AvailabilityZone', 'AvailabilityZoneId', 'MapPublicIpOnLaunch', 'DefaultForAz', 'State', 'OwnerId'),
    Tags: k('Key', 'Value'),
    $details: { routeTables: k('RouteTableId', 'VpcId', 'OwnerId', 'Associations', 'Routes') },
  },
  'ec2/security-groups': {
    ...k('GroupId', 'GroupName', 'Description', 'VpcId', 'OwnerId', 'SecurityGroupArn', 'IpPermissions', 'IpPermissionsEgress'),
    Tags: k('Key', 'Value'),
  },
  'ec2/vpcs': {
    ...k('VpcId', 'CidrBlock', 'IsDefault', 'State', 'OwnerId', 'InstanceTenancy', 'DhcpOptionsId'),
    Tags: k('Key', 'Value'),
    $details: {
      endpoints: k('VpcEndpointId', 'VpcEndpointType', 'ServiceName', 'State', 'VpcId', 'PolicyDocument', 'RouteTableIds', 'SubnetIds', 'Groups', 'PrivateDnsEnabled', 'CreationTimestamp'),
      flowLogs: k('FlowLogId', 'FlowLogStatus', 'ResourceId', 'TrafficType', 'LogDestinationType', 'LogDestination', 'LogGroupName', 'DeliverLogsStatus', 'CreationTime'),
    },
  },
  'cloudtrail/trails': {
    ...k('Name', 'TrailARN', 'HomeRegion', 'S3BucketName', 'S3KeyPrefix', 'SnsTopicARN', 'IncludeGlobalServiceEvents', 'IsMultiRegionTrail', 'IsOrganizationTrail'),
    ...k('LogFileValidationEnabled', 'CloudWatchLogsLogGroupArn', 'CloudWatchLogsRoleArn', 'KmsKeyId', 'HasCustomEventSelectors', 'HasInsightSelectors'),
    $details: {
      status: k('IsLogging', 'LatestDeliveryError', 'LatestDeliveryTime', 'StartLoggingTime', 'StopLoggingTime', 'LatestDigestDeliveryTime'),
      selectors: k('TrailARN', 'EventSelectors', 'AdvancedEventSelectors'),
    },
  },
  ...BEDROCK_RAW_FIELDS,
  ...SAGEMAKER_JOB_RAW_FIELDS,
  ...SAGEMAKER_PLATFORM_RAW_FIELDS,
};
