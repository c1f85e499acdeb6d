import type { KeepTree } from '../../../src/lib/scrub.js';

/**
 * The fields kept in `raw` (see raw-fields.ts) for the jobs of sagemaker-jobs.ts and the model
 * cards of sagemaker-model-cards.ts. Never kept: a model card's Content (free text about the model,
 * read only for the ids of the model it documents), failure and exit messages (they echo what the
 * job printed). Environment values, entrypoints, arguments and hyperparameters are scrubbed
 * (src/lib/scrub.ts) like every kept value.
 */
const k = (...keys: string[]): Record<string, true> => Object.fromEntries(keys.map((key) => [key, true]));

const TAGS = { tags: k('Key', 'Value') };
const VPC = { VpcConfig: k('Subnets', 'SecurityGroupIds') };
const S3_INPUT = { DataSource: { S3DataSource: k('S3Uri', 'S3DataType') } };
/** A training definition of a tuning job (StaticHyperParameters: keys kept, secret-looking values scrubbed). */
const TRAINING_DEFINITION: KeepTree = {
  ...k('DefinitionName', 'RoleArn', 'StaticHyperParameters', 'Environment', 'EnableNetworkIsolation', 'EnableInterContainerTrafficEncryption', 'EnableManagedSpotTraining'),
  ...VPC,
  AlgorithmSpecification: k('TrainingImage', 'AlgorithmName', 'TrainingInputMode'),
  InputDataConfig: { ChannelName: true, DataSource: { S3DataSource: k('S3Uri', 'S3DataType', 'S3DataDistributionType') } },
  OutputDataConfig: k('S3OutputPath', 'KmsKeyId', 'CompressionType'),
  ResourceConfig: k('InstanceType', 'InstanceCount', 'VolumeSizeInGB', 'VolumeKmsKeyId'),
  HyperParameterTuningResourceConfig: k('InstanceType', 'InstanceCount', 'VolumeSizeInGB', 'VolumeKmsKeyId'),
};
const CANDIDATE_CONTAINER = k('Image', 'ModelDataUrl', 'Environment');

export const SAGEMAKER_JOB_RAW_FIELDS: Readonly<Record<string, KeepTree>> = {
  'sagemaker/processing-jobs': {
    ...k('ProcessingJobName', 'ProcessingJobArn', 'ProcessingJobStatus', 'CreationTime', 'ProcessingEndTime', 'LastModifiedTime'),
    $details: {
      describe: {
        ...k('ProcessingJobName', 'ProcessingJobArn', 'ProcessingJobStatus', 'RoleArn', 'Environment', 'CreationTime', 'LastModifiedTime', 'ProcessingStartTime', 'ProcessingEndTime'),
        ...k('MonitoringScheduleArn', 'AutoMLJobArn', 'TrainingJobArn'),
        AppSpecification: k('ImageUri', 'ContainerEntrypoint', 'ContainerArguments'),
        ProcessingInputs: { InputName: true, AppManaged: true, S3Input: k('S3Uri', 'LocalPath', 'S3DataType', 'S3InputMode') },
        ProcessingOutputConfig: { KmsKeyId: true, Outputs: { OutputName: true, AppManaged: true, S3Output: k('S3Uri', 'LocalPath', 'S3UploadMode') } },
        ProcessingResources: { ClusterConfig: k('InstanceCount', 'InstanceType', 'VolumeSizeInGB', 'VolumeKmsKeyId') },
        NetworkConfig: { ...k('EnableInterContainerTrafficEncryption', 'EnableNetworkIsolation'), ...VPC },
      },
      ...TAGS,
    },
  },
  'sagemaker/transform-jobs': {
    ...k('TransformJobName', 'TransformJobArn', 'TransformJobStatus', 'CreationTime', 'TransformEndTime', 'LastModifiedTime'),
    $details: {
      describe: {
        ...k('TransformJobName', 'TransformJobArn', 'TransformJobStatus', 'ModelName', 'Environment', 'CreationTime', 'TransformStartTime', 'TransformEndTime', 'AutoMLJobArn', 'LabelingJobArn'),
        TransformInput: { ...k('ContentType', 'SplitType', 'CompressionType'), ...S3_INPUT },
        TransformOutput: k('S3OutputPath', 'KmsKeyId', 'Accept', 'AssembleWith'),
        TransformResources: k('InstanceType', 'InstanceCount', 'VolumeKmsKeyId'),
        DataCaptureConfig: k('DestinationS3Uri', 'KmsKeyId', 'GenerateInferenceId'),
      },
      ...TAGS,
    },
  },
  'sagemaker/compilation-jobs': {
    ...k('CompilationJobName', 'CompilationJobArn', 'CompilationJobStatus', 'CreationTime', 'CompilationEndTime', 'LastModifiedTime', 'CompilationTargetDevice'),
    $details: {
      describe: {
        ...k('CompilationJobName', 'CompilationJobArn', 'CompilationJobStatus', 'RoleArn', 'InferenceImage', 'ModelPackageVersionArn', 'CreationTime', 'LastModifiedTime', 'CompilationStartTime', 'CompilationEndTime'),
        ...VPC,
        InputConfig: k('S3Uri', 'Framework', 'FrameworkVersion'),
        OutputConfig: k('S3OutputLocation', 'TargetDevice', 'KmsKeyId'),
        ModelArtifacts: k('S3ModelArtifacts'),
      },
      ...TAGS,
    },
  },
  'sagemaker/hyper-parameter-tuning-jobs': {
    ...k('HyperParameterTuningJobName', 'HyperParameterTuningJobArn', 'HyperParameterTuningJobStatus', 'Strategy', 'CreationTime', 'HyperParameterTuningEndTime', 'LastModifiedTime'),
    $details: {
      describe: {
        ...k('HyperParameterTuningJobName', 'HyperParameterTuningJobArn', 'HyperParameterTuningJobStatus', 'CreationTime', 'LastModifiedTime', 'HyperParameterTuningEndTime'),
        TrainingJobDefinition: TRAINING_DEFINITION,
        TrainingJobDefinitions: TRAINING_DEFINITION,
        BestTrainingJob: k('TrainingJobName', 'TrainingJobArn', 'TrainingJobStatus'),
        OverallBestTrainingJob: k('TrainingJobName', 'TrainingJobArn', 'TrainingJobStatus'),
      },
      ...TAGS,
    },
  },
  'sagemaker/automl-jobs': {
    ...k('AutoMLJobName', 'AutoMLJobArn', 'AutoMLJobStatus', 'AutoMLJobSecondaryStatus', 'CreationTime', 'EndTime', 'LastModifiedTime'),
    $details: {
      describe: {
        ...k('AutoMLJobName', 'AutoMLJobArn', 'AutoMLJobStatus', 'AutoMLJobSecondaryStatus', 'RoleArn', 'AutoMLProblemTypeConfigName', 'CreationTime', 'EndTime', 'LastModifiedTime'),
        AutoMLJobInputDataConfig: { ...k('ChannelType', 'ContentType', 'CompressionType'), ...S3_INPUT },
        OutputDataConfig: k('S3OutputPath', 'KmsKeyId'),
        SecurityConfig: { ...k('VolumeKmsKeyId', 'EnableInterContainerTrafficEncryption'), ...VPC },
        ModelDeployConfig: k('AutoGenerateEndpointName', 'EndpointName'),
        ModelDeployResult: k('EndpointName'),
        BestCandidate: { ...k('CandidateName', 'CandidateStatus'), InferenceContainers: CANDIDATE_CONTAINER, InferenceContainerDefinitions: { '*': CANDIDATE_CONTAINER } },
      },
      ...TAGS,
    },
  },
  'sagemaker/model-cards': {
    ...k('ModelCardName', 'ModelCardArn', 'ModelCardStatus', 'CreationTime', 'LastModifiedTime'),
    $details: {
      describe: { ...k('ModelCardArn', 'ModelCardName', 'ModelCardVersion', 'ModelCardStatus', 'ModelCardProcessingStatus', 'CreationTime', 'LastModifiedTime'), SecurityConfig: k('KmsKeyId') },
      ...TAGS,
    },
  },
};
