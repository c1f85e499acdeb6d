import { describe, expect, it } from 'vitest';
import { awsCollectors } from '../../../providers/aws/collectors/index.js';
import { AWS_RAW_FIELDS } from '../../../providers/aws/raw-fields.js';
import { keeps } from '../../support/keep-tree.js';

/** What AWS rules (rules/aws/_lib/shapes.ts, `detailOf`, `raw.`) and linkers read from raw records, by collector. */
const READ: Record<string, string[]> = {
  'sagemaker/domains': ['$details.describe.AppNetworkAccessType', '$details.describe.AuthMode',
    '$details.describe.KmsKeyId',
    '$details.describe.SingleSignOnManagedApplicationInstanceId',
    '$details.describe.SingleSignOnApplicationArn',
  ],
  'sagemaker/notebook-instances': [
    '$details.describe.DirectInternetAccess',
    '$details.describe.RootAccess',
    '$details.describe.SubnetId',
    '$details.describe.SecurityGroups',
    '$details.describe.KmsKeyId',
    '$details.describe.PlatformIdentifier',
    '$details.describe.InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion',
  ],
  'sagemaker/training-jobs': [
    '$details.describe.EnableNetworkIsolation',
    '$details.describe.EnableInterContainerTrafficEncryption',
    '$details.describe.VpcConfig.Subnets',
    '$details.describe.VpcConfig.SecurityGroupIds',
    '$details.describe.ResourceConfig.InstanceCount',
    '$details.describe.ResourceConfig.InstanceGroups.InstanceCount',
    '$details.describe.ResourceConfig.VolumeKmsKeyId',
    '$details.describe.OutputDataConfig.KmsKeyId',
    '$details.describe.ModelArtifacts.S3ModelArtifacts',
  ],
  'sagemaker/models': [
    '$details.describe.EnableNetworkIsolation',
    '$details.describe.VpcConfig.Subnets',
    '$details.describe.VpcConfig.SecurityGroupIds',
    '$details.describe.PrimaryContainer.Image',
    '$details.describe.PrimaryContainer.ImageConfig.RepositoryAccessMode',
    '$details.describe.PrimaryContainer.ModelDataUrl',
    '$details.describe.Containers.Image',
    '$details.describe.Containers.ModelDataUrl',
  ],
  'sagemaker/model-packages': [
    '$details.describe.ModelMetrics',
    '$details.describe.MetadataProperties',
    '$details.describe.CustomerMetadataProperties',
    '$details.describe.InferenceSpecification.Containers.ModelDataUrl',
  ],
  'sagemaker/endpoint-configs': [
    '$details.describe.KmsKeyId',
    '$details.describe.ProductionVariants.VariantName',
    '$details.describe.ProductionVariants.InitialInstanceCount',
    '$details.describe.ProductionVariants.ServerlessConfig',
    '$details.describe.ProductionVariants.EnableSSMAccess',
    '$details.describe.DataCaptureConfig.CaptureOptions.CaptureMode',
    '$details.describe.DataCaptureConfig.KmsKeyId',
  ],
  'sagemaker/feature-groups': [
    '$details.describe.OnlineStoreConfig.EnableOnlineStore',
    '$details.describe.OnlineStoreConfig.SecurityConfig.KmsKeyId',
    '$details.describe.OfflineStoreConfig.S3StorageConfig.KmsKeyId',
  ],
  'sagemaker/compilation-jobs': ['$details.describe.ModelArtifacts.S3ModelArtifacts'],
  'sagemaker/automl-jobs': [
    '$details.describe.ModelDeployConfig.AutoGenerateEndpointName',
    '$details.describe.ModelDeployConfig.EndpointName',
    '$details.describe.ModelDeployResult.EndpointName',
    '$details.describe.BestCandidate.InferenceContainers.ModelDataUrl',
    '$details.describe.BestCandidate.InferenceContainerDefinitions.CPU.ModelDataUrl',
  ],
  'sagemaker/model-cards': ['ModelCardStatus', '$details.describe.ModelCardStatus'],
  'sagemaker/data-quality-job-definitions': ['$details.describe.JobResources.ClusterConfig.InstanceCount'],
  'sagemaker/model-bias-job-definitions': ['$details.describe.JobResources.ClusterConfig.InstanceCount'],
  'sagemaker/model-quality-job-definitions': ['$details.describe.JobResources.ClusterConfig.InstanceCount'],
  'sagemaker/model-explainability-job-definitions': ['$details.describe.JobResources.ClusterConfig.InstanceCount'],
  's3/buckets': [
    '$details.accountPublicAccessBlock.BlockPublicAcls',
    '$details.publicAccessBlock.PublicAccessBlockConfiguration',
    '$details.policy.Policy',
    '$details.ownership.OwnershipControls.Rules.ObjectOwnership',
  ],
  'iam/roles': ['$details.attached.PolicyArn', '$details.inline.PolicyDocument', '$details.documents.Document'],
  'kms/keys': ['KeyState'],
  'ec2/vpcs': ['$details.endpoints.ServiceName', '$details.endpoints.State'],
  'cloudtrail/trails': ['KmsKeyId'],
};

describe('AWS raw-record allow-lists', () => {
  it('name every registered collector, and only those', () => {
    const names = awsCollectors.map((c) => c.name).sort();
    expect(Object.keys(AWS_RAW_FIELDS).sort()).toEqual(names);
  });

  it('keep every detail a collector declares, under $details', () => {
    for (const c of awsCollectors) for (const d of c.details ?? []) expect(keeps(AWS_RAW_FIELDS[c.name], `$details.${d.key}`), `${c.name}: $details.${d.key}`).toBe(true);
  });

  it('keep every field a rule or a linker reads', () => {
    for (const [collector, paths] of Object.entries(READ)) for (const path of paths) expect(keeps(AWS_RAW_FIELDS[collector], path), `${collector}: ${path}`).toBe(true);
  });
});
