import type { DescribedRecord } from '../estate-builder.js';
import { groupIds, subnetIds, type VpcPlacement } from './sagemaker.js';
import { s3Uri } from './storage.js';
import { addAwsRecord, arn, providerRecord, tagList, tagsOf, type AwsScope } from './scope.js';

/** A bucket and the prefix (or key) under it a job reads or writes. */
export interface S3Location {
  bucket: DescribedRecord;
  prefix: string;
}

const uriOf = (l: S3Location) => s3Uri(l.bucket, l.prefix);
const imageOf = (scope: AwsScope, repository: DescribedRecord, tag: string) => `${scope.account}.dkr.ecr.${scope.region}.amazonaws.com/${repository.name}:${tag}`;
const vpcConfig = (p: VpcPlacement) => ({ SecurityGroupIds: groupIds(p), Subnets: subnetIds(p) });

/**
 * One SageMaker job (or model card) record as List* and Describe* return it: `member` names the members
 * (`ProcessingJob` → ProcessingJobName, ProcessingJobArn), `resource` the ARN resource type;
 * the summary's fields are repeated in the description, as SageMaker does.
 */
function sagemakerRecord(scope: AwsScope, member: string, resource: string, name: string, summary: Record<string, unknown>, describe: Record<string, unknown>): DescribedRecord {
  const id = arn(scope, 'sagemaker', `${resource}/${name}`);
  const listed = { [`${member}Name`]: name, [`${member}Arn`]: id, ...summary };
  return addAwsRecord(scope, {
    id,
    name,
    nativeType: `AWS::SageMaker::${member}`,
    raw: providerRecord(listed, { describe: { ...listed, ...describe }, tags: tagList(tagsOf(scope)) }),
  });
}

/** Start, end and last-modified times of a job that ran for `minutes` and completed. */
function ranFor(endedAt: string, minutes: number): { started: string; ended: string } {
  return { started: new Date(Date.parse(endedAt) - minutes * 60_000).toISOString(), ended: endedAt };
}

export interface ProcessingJobOptions {
  name: string;
  role: DescribedRecord;
  image: DescribedRecord;
  imageTag: string;
  inputs: (S3Location & { name: string })[];
  outputs: (S3Location & { name: string })[];
  placement: VpcPlacement;
  networkIsolation: boolean;
  key: DescribedRecord;
  finishedAt: string;
}

/** A completed processing job (ListProcessingJobs + DescribeProcessingJob). */
export function processingJob(scope: AwsScope, o: ProcessingJobOptions): DescribedRecord {
  const { started, ended } = ranFor(o.finishedAt, 38);
  const summary = { CreationTime: started, ProcessingEndTime: ended, LastModifiedTime: ended, ProcessingJobStatus: 'Completed' };
  return sagemakerRecord(scope, 'ProcessingJob', 'processing-job', o.name, summary, {
    ProcessingInputs: o.inputs.map((i) => ({
      InputName: i.name,
      AppManaged: false,
      S3Input: { S3Uri: uriOf(i), LocalPath: `/opt/ml/processing/input/${i.name}`, S3DataType: 'S3Prefix', S3InputMode: 'File', S3DataDistributionType: 'FullyReplicated', S3CompressionType: 'None' },
    })),
    ProcessingOutputConfig: {
      Outputs: o.outputs.map((out) => ({ OutputName: out.name, S3Output: { S3Uri: uriOf(out), LocalPath: `/opt/ml/processing/output/${out.name}`, S3UploadMode: 'EndOfJob' }, AppManaged: false })),
      KmsKeyId: o.key.id,
    },
    ProcessingResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.2xlarge', VolumeSizeInGB: 50, VolumeKmsKeyId: o.key.id } },
    StoppingCondition: { MaxRuntimeInSeconds: 7200 },
    AppSpecification: { ImageUri: imageOf(scope, o.image, o.imageTag), ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/features.py'] },
    NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: o.networkIsolation, VpcConfig: vpcConfig(o.placement) },
    RoleArn: o.role.id,
    ProcessingStartTime: started,
  });
}

export interface TransformJobOptions {
  name: string;
  model: DescribedRecord;
  input: S3Location;
  output: S3Location;
  key?: DescribedRecord;
  finishedAt: string;
}

/** A completed batch transform job (ListTransformJobs + DescribeTransformJob): it runs its model's containers. */
export function transformJob(scope: AwsScope, o: TransformJobOptions): DescribedRecord {
  const { started, ended } = ranFor(o.finishedAt, 22);
  const summary = { CreationTime: started, TransformEndTime: ended, LastModifiedTime: ended, TransformJobStatus: 'Completed' };
  return sagemakerRecord(scope, 'TransformJob', 'transform-job', o.name, summary, {
    ModelName: o.model.name,
    MaxConcurrentTransforms: 4,
    MaxPayloadInMB: 6,
    BatchStrategy: 'MultiRecord',
    TransformInput: { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uriOf(o.input) } }, ContentType: 'text/csv', CompressionType: 'None', SplitType: 'Line' },
    TransformOutput: { S3OutputPath: uriOf(o.output), Accept: 'text/csv', AssembleWith: 'Line', ...(o.key && { KmsKeyId: o.key.id }) },
    TransformResources: { InstanceType: 'ml.c5.xlarge', InstanceCount: 1, ...(o.key && { VolumeKmsKeyId: o.key.id }) },
    TransformStartTime: started,
  });
}

export interface CompilationJobOptions {
  name: string;
  role: DescribedRecord;
  /** The trained model.tar.gz to compile. */
  input: S3Location;
  output: S3Location;
  targetDevice: string;
  placement: VpcPlacement;
  key: DescribedRecord;
  finishedAt: string;
}

/** A completed SageMaker Neo compilation job (ListCompilationJobs + DescribeCompilationJob). */
export function compilationJob(scope: AwsScope, o: CompilationJobOptions): DescribedRecord {
  const { started, ended } = ranFor(o.finishedAt, 6);
  const summary = { CreationTime: started, CompilationStartTime: started, CompilationEndTime: ended, CompilationTargetDevice: o.targetDevice, LastModifiedTime: ended, CompilationJobStatus: 'COMPLETED' };
  return sagemakerRecord(scope, 'CompilationJob', 'compilation-job', o.name, summary, {
    StoppingCondition: { MaxRuntimeInSeconds: 900 },
    ModelArtifacts: { S3ModelArtifacts: `${uriOf(o.output)}model-${o.targetDevice}.tar.gz` },
    RoleArn: o.role.id,
    InputConfig: { S3Uri: uriOf(o.input), DataInputConfig: '{"data": [1, 42]}', Framework: 'XGBOOST', FrameworkVersion: '1.7' },
    OutputConfig: { S3OutputLocation: uriOf(o.output), TargetDevice: o.targetDevice, KmsKeyId: o.key.id },
    VpcConfig: vpcConfig(o.placement),
  });
}

export interface TuningJobOptions {
  name: string;
  role: DescribedRecord;
  image: DescribedRecord;
  imageTag: string;
  inputs: (S3Location & { channel: string })[];
  output: S3Location;
  placement: VpcPlacement;
  key: DescribedRecord;
  /** Name of the best training job, its tuned hyperparameters and objective value. */
  best: { name: string; tuned: Record<string, string>; auc: number };
  finishedAt: string;
}

/** A completed hyperparameter tuning job (ListHyperParameterTuningJobs + DescribeHyperParameterTuningJob), one training definition. */
export function tuningJob(scope: AwsScope, o: TuningJobOptions): DescribedRecord {
  const { started, ended } = ranFor(o.finishedAt, 150);
  const counters = { TrainingJobStatusCounters: { Completed: 24, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 }, ObjectiveStatusCounters: { Succeeded: 24, Pending: 0, Failed: 0 } };
  const limits = { MaxNumberOfTrainingJobs: 24, MaxParallelTrainingJobs: 4 };
  const summary = { HyperParameterTuningJobStatus: 'Completed', Strategy: 'Bayesian', CreationTime: started, HyperParameterTuningEndTime: ended, LastModifiedTime: ended, ...counters, ResourceLimits: limits };
  return sagemakerRecord(scope, 'HyperParameterTuningJob', 'hyper-parameter-tuning-job', o.name, summary, {
    HyperParameterTuningJobConfig: {
      Strategy: 'Bayesian',
      HyperParameterTuningJobObjective: { Type: 'Maximize', MetricName: 'validation:auc' },
      ResourceLimits: limits,
      ParameterRanges: {
        ContinuousParameterRanges: [{ Name: 'eta', MinValue: '0.05', MaxValue: '0.4', ScalingType: 'Auto' }],
        IntegerParameterRanges: [{ Name: 'max_depth', MinValue: '3', MaxValue: '10', ScalingType: 'Auto' }],
        CategoricalParameterRanges: [],
      },
      TrainingJobEarlyStoppingType: 'Auto',
    },
    TrainingJobDefinition: {
      StaticHyperParameters: { objective: 'binary:logistic', num_round: '400' },
      AlgorithmSpecification: { TrainingImage: imageOf(scope, o.image, o.imageTag), TrainingInputMode: 'File', MetricDefinitions: [{ Name: 'validation:auc', Regex: 'validation-auc:([0-9\\.]+)' }] },
      RoleArn: o.role.id,
      InputDataConfig: o.inputs.map((i) => ({ ChannelName: i.channel, DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uriOf(i), S3DataDistributionType: 'FullyReplicated' } }, ContentType: 'text/csv', CompressionType: 'None' })),
      VpcConfig: vpcConfig(o.placement),
      OutputDataConfig: { KmsKeyId: o.key.id, S3OutputPath: uriOf(o.output) },
      ResourceConfig: { InstanceType: 'ml.m5.2xlarge', InstanceCount: 1, VolumeSizeInGB: 30, VolumeKmsKeyId: o.key.id },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
      EnableManagedSpotTraining: false,
    },
    BestTrainingJob: {
      TrainingJobName: o.best.name,
      TrainingJobArn: arn(scope, 'sagemaker', `training-job/${o.best.name}`),
      CreationTime: started,
      TrainingEndTime: ended,
      TrainingJobStatus: 'Completed',
      TunedHyperParameters: o.best.tuned,
      FinalHyperParameterTuningJobObjectiveMetric: { MetricName: 'validation:auc', Value: o.best.auc },
      ObjectiveStatus: 'Succeeded',
    },
  });
}

export interface AutoMLJobOptions {
  name: string;
  role: DescribedRecord;
  input: S3Location;
  output: S3Location;
  target: string;
  /** The endpoint the job put its best candidate on (ModelDeployConfig with a generated name); none: it deploys nothing. */
  deployedTo?: string;
  finishedAt: string;
}

/** A completed AutoML V2 (Autopilot) tabular job (ListAutoMLJobs + DescribeAutoMLJobV2), without VPC or CMK settings. */
export function autoMLJob(scope: AwsScope, o: AutoMLJobOptions): DescribedRecord {
  const { started, ended } = ranFor(o.finishedAt, 180);
  const summary = { AutoMLJobStatus: 'Completed', AutoMLJobSecondaryStatus: 'Completed', CreationTime: started, EndTime: ended, LastModifiedTime: ended };
  const candidate = `${o.name}-trial-t1-1-8c2e4a6f1b`;
  const candidates = `${uriOf(o.output)}${o.name}/sagemaker-automl-candidates`;
  return sagemakerRecord(scope, 'AutoMLJob', 'automl-job', o.name, summary, {
    AutoMLJobInputDataConfig: [{ ChannelType: 'training', ContentType: 'text/csv;header=present', CompressionType: 'None', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uriOf(o.input) } } }],
    OutputDataConfig: { S3OutputPath: uriOf(o.output) },
    RoleArn: o.role.id,
    AutoMLJobObjective: { MetricName: 'F1' },
    AutoMLProblemTypeConfig: { TabularJobConfig: { CompletionCriteria: { MaxCandidates: 40 }, Mode: 'ENSEMBLING', ProblemType: 'BinaryClassification', TargetAttributeName: o.target } },
    AutoMLProblemTypeConfigName: 'Tabular',
    BestCandidate: {
      CandidateName: candidate,
      ObjectiveStatus: 'Succeeded',
      CandidateStatus: 'Completed',
      CreationTime: started,
      EndTime: ended,
      LastModifiedTime: ended,
      CandidateSteps: [{ CandidateStepType: 'AWS::SageMaker::TrainingJob', CandidateStepArn: arn(scope, 'sagemaker', `training-job/${candidate}`), CandidateStepName: candidate }],
      FinalAutoMLJobObjectiveMetric: { MetricName: 'validation:f1_binary', Value: 0.87 },
      InferenceContainers: [
        {
          Image: `141502667606.dkr.ecr.${scope.region}.amazonaws.com/autogluon-inference:1.1-cpu-py310`,
          ModelDataUrl: `${candidates}/model/${candidate}/model.tar.gz`,
          Environment: { MODEL_NAME: o.name, SAGEMAKER_INFERENCE_OUTPUT: 'predicted_label' },
        },
      ],
    },
    AutoMLJobArtifacts: { CandidateDefinitionNotebookLocation: `${candidates}/notebooks/SageMakerAutopilotCandidateDefinitionNotebook.ipynb`, DataExplorationNotebookLocation: `${candidates}/notebooks/SageMakerAutopilotDataExplorationNotebook.ipynb` },
    ...(o.deployedTo && { ModelDeployConfig: { AutoGenerateEndpointName: true }, ModelDeployResult: { EndpointName: o.deployedTo } }),
    SecurityConfig: { EnableInterContainerTrafficEncryption: false },
  });
}

export interface ModelCardOptions {
  name: string;
  model: DescribedRecord;
  status: 'Draft' | 'PendingReview' | 'Approved' | 'Archived';
  version: number;
  riskRating: 'High' | 'Medium' | 'Low' | 'Unknown';
  key?: DescribedRecord;
}

/**
 * A model card (ListModelCards + DescribeModelCard with IncludedData MetadataOnly): the content is
 * the model's ids alone, which is all the collector reads.
 */
export function modelCard(scope: AwsScope, o: ModelCardOptions): DescribedRecord {
  const author = { UserProfileArn: arn(scope, 'sagemaker', 'user-profile/d-7kq2xw9hb4fm/amara-okafor'), UserProfileName: 'amara-okafor', DomainId: 'd-7kq2xw9hb4fm' };
  const summary = { ModelCardStatus: o.status, CreationTime: '2026-10-14T09:05:00.000Z', LastModifiedTime: '2026-10-20T15:42:00.000Z' };
  return sagemakerRecord(scope, 'ModelCard', 'model-card', o.name, summary, {
    ModelCardVersion: o.version,
    Content: JSON.stringify({ model_overview: { model_id: o.model.id, model_name: o.model.name }, intended_uses: { risk_rating: o.riskRating } }),
    ...(o.key && { SecurityConfig: { KmsKeyId: o.key.id } }),
    CreatedBy: author,
    LastModifiedBy: author,
  });
}
