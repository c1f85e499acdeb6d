import type { KeepTree } from '../../../src/lib/scrub.js';

/**
 * The fields kept in `raw` (see raw-fields.ts) for lifecycle configurations, Studio spaces and
 * apps, HyperPod clusters, MLflow tracking servers and inference components. Never kept: the
 * lifecycle script bodies (`OnCreate` / `OnStart[].Content`, `StudioLifecycleConfigContent`): they
 * are decoded and scanned for secrets by the normaliser, which keeps only where a secret is and
 * its kind (the `scriptSecrets` fact). Inference component environments keep their keys only.
 */
const k = (...keys: string[]): Record<string, true> => Object.fromEntries(keys.map((key) => [key, true]));

const TIMES = k('CreationTime', 'LastModifiedTime');
const TAGS = { tags: k('Key', 'Value') };
const VPC = k('Subnets', 'SecurityGroupIds');
const STUDIO_APP: KeepTree = { ...k('LifecycleConfigArns'), DefaultResourceSpec: k('InstanceType', 'LifecycleConfigArn', 'SageMakerImageArn') };

export const SAGEMAKER_PLATFORM_RAW_FIELDS: Readonly<Record<string, KeepTree>> = {
  'sagemaker/notebook-lifecycle-configs': {
    ...k('NotebookInstanceLifecycleConfigName', 'NotebookInstanceLifecycleConfigArn'),
    ...TIMES,
    $details: { describe: { ...k('NotebookInstanceLifecycleConfigName', 'NotebookInstanceLifecycleConfigArn'), ...TIMES } },
  },
  'sagemaker/studio-lifecycle-configs': {
    ...k('StudioLifecycleConfigName', 'StudioLifecycleConfigArn', 'StudioLifecycleConfigAppType'),
    ...TIMES,
    $details: { describe: { ...k('StudioLifecycleConfigName', 'StudioLifecycleConfigArn', 'StudioLifecycleConfigAppType'), ...TIMES } },
  },
  'sagemaker/spaces': {
    ...k('DomainId', 'SpaceName', 'SpaceDisplayName', 'Status'),
    ...TIMES,
    $details: {
      describe: {
        ...k('DomainId', 'SpaceArn', 'SpaceName', 'SpaceDisplayName', 'Status', 'Url'),
        ...TIMES,
        OwnershipSettings: k('OwnerUserProfileName'),
        SpaceSharingSettings: k('SharingType'),
        SpaceSettings: { ...k('AppType', 'RemoteAccess', 'SpaceManagedResources'), JupyterLabAppSettings: STUDIO_APP, CodeEditorAppSettings: STUDIO_APP },
      },
      ...TAGS,
    },
  },
  'sagemaker/apps': {
    ...k('DomainId', 'UserProfileName', 'SpaceName', 'AppType', 'AppName', 'Status', 'CreationTime'),
    ResourceSpec: k('InstanceType', 'LifecycleConfigArn', 'SageMakerImageArn', 'SageMakerImageVersionArn'),
    $details: TAGS,
  },
  'sagemaker/hyperpod-clusters': {
    ...k('ClusterArn', 'ClusterName', 'ClusterStatus', 'CreationTime'),
    $details: {
      describe: {
        ...k('ClusterArn', 'ClusterName', 'ClusterStatus', 'CreationTime', 'Orchestrator', 'NodeRecovery', 'ClusterRole'),
        VpcConfig: VPC,
        InstanceGroups: {
          ...k('InstanceGroupName', 'InstanceType', 'CurrentCount', 'TargetCount', 'ExecutionRole', 'ThreadsPerCore', 'Status'),
          LifeCycleConfig: k('SourceS3Uri'),
          OverrideVpcConfig: VPC,
        },
      },
      ...TAGS,
    },
  },
  'sagemaker/mlflow-tracking-servers': {
    ...k('TrackingServerArn', 'TrackingServerName', 'TrackingServerStatus', 'IsActive', 'MlflowVersion'),
    ...TIMES,
    $details: {
      describe: {
        ...k('TrackingServerArn', 'TrackingServerName', 'ArtifactStoreUri', 'TrackingServerSize', 'MlflowVersion', 'RoleArn', 'TrackingServerStatus', 'IsActive'),
        ...k('TrackingServerUrl', 'AutomaticModelRegistration', 'S3BucketOwnerAccountId', 'S3BucketOwnerVerification', 'WeeklyMaintenanceWindowStart'),
        ...TIMES,
      },
      ...TAGS,
    },
  },
  'sagemaker/inference-components': {
    ...k('InferenceComponentArn', 'InferenceComponentName', 'EndpointArn', 'EndpointName', 'VariantName', 'InferenceComponentStatus'),
    ...TIMES,
    $details: {
      describe: {
        ...k('InferenceComponentArn', 'InferenceComponentName', 'EndpointArn', 'EndpointName', 'VariantName', 'InferenceComponentStatus', 'FailureReason'),
        ...TIMES,
        Specification: { ...k('ModelName', 'InstanceType', 'BaseInferenceComponentName'), Container: { ...k('ArtifactUrl', 'Environment'), DeployedImage: k('SpecifiedImage', 'ResolvedImage') } },
        RuntimeConfig: k('DesiredCopyCount', 'CurrentCopyCount'),
      },
      ...TAGS,
    },
  },
};
