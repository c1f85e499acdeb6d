/**
 * The parts of SageMaker Describe* responses the AWS rules read from the `describe` detail (`describeOf`)
 * (member names as the API spells them). Declared here so rules do not depend on an SDK.
 */
interface VpcConfig {
  Subnets?: string[];
  SecurityGroupIds?: string[];
}

export interface NotebookInstance {
  DirectInternetAccess?: string;
  RootAccess?: string;
  SubnetId?: string;
  SecurityGroups?: string[];
  KmsKeyId?: string;
  PlatformIdentifier?: string;
  InstanceMetadataServiceConfiguration?: { MinimumInstanceMetadataServiceVersion?: string };
}

export interface Domain {
  AppNetworkAccessType?: string;
  AuthMode?: string;
  KmsKeyId?: string;
  SingleSignOnManagedApplicationInstanceId?: string;
  SingleSignOnApplicationArn?: string;
}

export interface TrainingJob {
  EnableNetworkIsolation?: boolean;
  EnableInterContainerTrafficEncryption?: boolean;
  VpcConfig?: VpcConfig;
  ResourceConfig?: { InstanceCount?: number; InstanceGroups?: Array<{ InstanceCount?: number }>; VolumeKmsKeyId?: string };
  OutputDataConfig?: { KmsKeyId?: string };
}

export interface ContainerDefinition {
  Image?: string;
  ImageConfig?: { RepositoryAccessMode?: string };
  /** A model built from a registered version names the package instead of an image. */
  ModelPackageName?: string;
}

export interface Model {
  EnableNetworkIsolation?: boolean;
  VpcConfig?: VpcConfig;
  PrimaryContainer?: ContainerDefinition;
  Containers?: ContainerDefinition[];
}

export interface ProductionVariant {
  VariantName?: string;
  ModelName?: string;
  InstanceType?: string;
  InitialInstanceCount?: number;
  ServerlessConfig?: Record<string, unknown>;
  EnableSSMAccess?: boolean;
}

export interface EndpointConfig {
  KmsKeyId?: string;
  ProductionVariants?: ProductionVariant[];
  DataCaptureConfig?: {
    EnableCapture?: boolean;
    InitialSamplingPercentage?: number;
    DestinationS3Uri?: string;
    KmsKeyId?: string;
    CaptureOptions?: Array<{ CaptureMode?: string }>;
  };
}

export interface ModelPackage {
  ModelPackageArn?: string;
  InferenceSpecification?: { Containers?: ContainerDefinition[] };
  ModelMetrics?: unknown;
  MetadataProperties?: unknown;
  CustomerMetadataProperties?: unknown;
}

export interface FeatureGroup {
  OnlineStoreConfig?: { EnableOnlineStore?: boolean; SecurityConfig?: { KmsKeyId?: string } };
  OfflineStoreConfig?: { S3StorageConfig?: { KmsKeyId?: string } };
}

export interface AutoMLJob {
  ModelDeployConfig?: { AutoGenerateEndpointName?: boolean; EndpointName?: string };
  ModelDeployResult?: { EndpointName?: string };
}
