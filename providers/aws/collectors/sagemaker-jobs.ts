// SageMaker jobs besides training: processing, batch transform and compilation jobs (kind `ml-job`),
// and hyperparameter tuning and AutoML jobs (kind `training-job`: they train models). Each is
// list -> describe -> tags; completed jobs stay inventory, so no listing filters by status.
import {
  DescribeAutoMLJobV2Command,
  type DescribeAutoMLJobV2Response,
  DescribeCompilationJobCommand,
  type DescribeCompilationJobResponse,
  DescribeHyperParameterTuningJobCommand,
  type DescribeHyperParameterTuningJobResponse,
  DescribeProcessingJobCommand,
  type DescribeProcessingJobResponse,
  type DescribeTrainingJobResponse,
  DescribeTransformJobCommand,
  type DescribeTransformJobResponse,
  type HyperParameterTrainingJobDefinition,
  ListAutoMLJobsCommand,
  ListCompilationJobsCommand,
  ListHyperParameterTuningJobsCommand,
  ListProcessingJobsCommand,
  ListTransformJobsCommand,
} from '@aws-sdk/client-sagemaker';
import { detailOf, type AssetInput, type AssetKind, type Facts, type FactName } from '../../../src/model/index.js';
import { bucketArnOfUri, compact, ecrRepositoryArnOfImage, sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, detail, type CommandClassOf, type EdgeSpec, type RecordContext } from '../collector.js';
import { op } from '../operations.js';
import { described, encryptionFacts, keyEdges, tagMap } from './common.js';
import { NEXT, networkEdges, roleEdge, tags } from './sagemaker-shared.js';

/** Every SageMaker List* this file adds asks for the largest page (1..100). */
const PAGE = { MaxResults: 100 } as const;

type Listed = CommandClassOf<{ NextToken?: string; MaxResults?: number }, Record<string, unknown>>;
type Described<D> = CommandClassOf<Record<string, string | undefined>, D>;
type Summary = Record<string, unknown>;

/** What a record's Describe* response says, in the terms the edges and facts are built from. */
export interface JobReading {
  facts: Facts;
  /** S3 URIs the job reads. */
  inputs?: ReadonlyArray<string | undefined>;
  /** S3 URIs the job writes. */
  outputs?: ReadonlyArray<string | undefined>;
  images?: ReadonlyArray<string | undefined>;
  roles?: ReadonlyArray<string | undefined>;
  subnets?: readonly string[];
  securityGroups?: readonly string[];
  keys?: ReadonlyArray<string | undefined>;
  /** Edges the generic ones do not cover (a model card's `documents`). */
  edges?: EdgeSpec[];
}

/**
 * A SageMaker record read as list -> describe -> tags. SageMaker names the members after the
 * record (`member` = `ProcessingJob`): `ProcessingJobSummaries`, `ProcessingJobName`,
 * `ProcessingJobArn`, native type `AWS::SageMaker::ProcessingJob`.
 */
export interface DescribedRecordSpec<D> {
  member: string;
  /** Collector name suffix and ARN resource type, e.g. `processing-job`. */
  resource: string;
  kind: AssetKind;
  facts: FactName[];
  list: Listed;
  describe: Described<D>;
  /** Request members sent with every Describe* besides the name. */
  describeInput?: Record<string, string>;
  read: (d: D, ctx: RecordContext) => JobReading;
}

/** Inputs of training-like jobs are what they train on; the others use storage. */
function inputEdge(kind: AssetKind): EdgeSpec['kind'] {
  return kind === 'training-job' ? 'trained-on' : 'uses-storage';
}

function uniqueArns(values: ReadonlyArray<string | undefined> | undefined, arnOf: (value: string | undefined) => string | undefined): string[] {
  return [...new Set(compact((values ?? []).map(arnOf)))];
}

function jobEdges(scope: ScopeInfo, kind: AssetKind, r: JobReading): EdgeSpec[] {
  const bucket = (uri: string | undefined) => bucketArnOfUri(scope.partition, uri);
  return [
    ...uniqueArns(r.inputs, bucket).map((to): EdgeSpec => ({ kind: inputEdge(kind), to })),
    ...uniqueArns(r.outputs, bucket).map((to): EdgeSpec => ({ kind: 'stored-in', to })),
    ...uniqueArns(r.images, (i) => ecrRepositoryArnOfImage(scope.partition, i)).map((to): EdgeSpec => ({ kind: 'uses-image', to })),
    ...uniqueArns(r.roles, (role) => role).flatMap(roleEdge),
    ...networkEdges(scope, r.subnets, r.securityGroups),
    ...keyEdges(scope, ...uniqueArns(r.keys, (key) => key)),
    ...(r.edges ?? []),
  ];
}

/** One collector per SageMaker record type, from one declaration. */
export function describedRecordCollector<D>(spec: DescribedRecordSpec<D>) {
  const field = (r: Summary, suffix: string) => r[`${spec.member}${suffix}`] as string | undefined;
  return defineCollector<Summary>({
    name: `sagemaker/${spec.resource}s`,
    kind: spec.kind,
    nativeType: `AWS::SageMaker::${spec.member}`,
    facts: spec.facts,
    scope: 'regional',
    phase: 1,
    list: { op: op('sagemaker', spec.list), input: () => ({ ...PAGE }), items: (o: Summary) => o[`${spec.member}Summaries`] as Summary[] | undefined, page: NEXT },
    details: [
      detail<Summary, Record<string, string | undefined>, D>({
        key: 'describe',
        op: op('sagemaker', spec.describe),
        input: (r) => ({ [`${spec.member}Name`]: field(r, 'Name'), ...spec.describeInput }),
      }),
      tags((r) => field(r, 'Arn')),
    ],
    normalize(r, ctx) {
      const d = described<D>(ctx);
      const reading: JobReading = d ? spec.read(d, ctx) : { facts: {} };
      return {
        id: field(r, 'Arn') ?? sagemakerArn(ctx, spec.resource, field(r, 'Name') ?? ''),
        name: field(r, 'Name') ?? '',
        facts: reading.facts,
        tags: tagMap(ctx.details.tags),
        edges: jobEdges(ctx, spec.kind, reading),
      };
    },
  });
}

/** Network facts of a job's network settings (processing jobs; training definitions). */
function networkFacts(isolation: boolean | undefined, transit: boolean | undefined, subnets: readonly string[] | undefined): Facts {
  return { networkIsolation: isolation === true, transitEncryption: transit === true, inVirtualNetwork: (subnets?.length ?? 0) > 0 };
}

/** A processing job without outputs writes nothing its output key could protect: then only the volume's key counts. */
export function readProcessingJob(d: DescribeProcessingJobResponse): JobReading {
  const network = d.NetworkConfig;
  const volumeKey = d.ProcessingResources?.ClusterConfig?.VolumeKmsKeyId;
  const outputKey = d.ProcessingOutputConfig?.KmsKeyId;
  const stores = d.ProcessingOutputConfig?.Outputs?.length ? [volumeKey, outputKey] : [volumeKey];
  return {
    facts: { ...networkFacts(network?.EnableNetworkIsolation, network?.EnableInterContainerTrafficEncryption, network?.VpcConfig?.Subnets), ...encryptionFacts(...stores) },
    inputs: (d.ProcessingInputs ?? []).map((i) => i.S3Input?.S3Uri),
    outputs: (d.ProcessingOutputConfig?.Outputs ?? []).map((o) => o.S3Output?.S3Uri),
    images: [d.AppSpecification?.ImageUri],
    roles: [d.RoleArn],
    subnets: network?.VpcConfig?.Subnets ?? [],
    securityGroups: network?.VpcConfig?.SecurityGroupIds ?? [],
    keys: [volumeKey, outputKey],
  };
}

/** A batch transform runs its model's containers, so isolation and VPC are the model's facts, not the job's. */
export function readTransformJob(d: DescribeTransformJobResponse): JobReading {
  const volumeKey = d.TransformResources?.VolumeKmsKeyId;
  const outputKey = d.TransformOutput?.KmsKeyId;
  // Captured inputs and predictions are stored too: with data capture on, its key counts.
  const captureKeys = d.DataCaptureConfig ? [d.DataCaptureConfig.KmsKeyId] : [];
  return {
    facts: encryptionFacts(volumeKey, outputKey, ...captureKeys),
    inputs: [d.TransformInput?.DataSource?.S3DataSource?.S3Uri],
    outputs: [d.TransformOutput?.S3OutputPath, d.DataCaptureConfig?.DestinationS3Uri],
    keys: [volumeKey, outputKey, ...captureKeys],
  };
}

/** A compilation job has no storage volume of its own: only the compiled artifact's key counts. */
export function readCompilationJob(d: DescribeCompilationJobResponse): JobReading {
  const outputKey = d.OutputConfig?.KmsKeyId;
  return {
    facts: { inVirtualNetwork: (d.VpcConfig?.Subnets?.length ?? 0) > 0, ...encryptionFacts(outputKey) },
    inputs: [d.InputConfig?.S3Uri],
    outputs: [d.OutputConfig?.S3OutputLocation],
    images: [d.InferenceImage],
    roles: [d.RoleArn],
    subnets: d.VpcConfig?.Subnets ?? [],
    securityGroups: d.VpcConfig?.SecurityGroupIds ?? [],
    keys: [outputKey],
  };
}

/** A tuning job launches training jobs from each definition: a setting holds only when every definition has it. */
export function readTuningJob(d: DescribeHyperParameterTuningJobResponse): JobReading {
  const defs: HyperParameterTrainingJobDefinition[] = compact([d.TrainingJobDefinition, ...(d.TrainingJobDefinitions ?? [])]);
  if (defs.length === 0) return { facts: {} };
  const every = (test: (t: HyperParameterTrainingJobDefinition) => boolean) => defs.every(test);
  const keys = defs.flatMap((t) => [t.ResourceConfig?.VolumeKmsKeyId ?? t.HyperParameterTuningResourceConfig?.VolumeKmsKeyId, t.OutputDataConfig?.KmsKeyId]);
  return {
    facts: {
      networkIsolation: every((t) => t.EnableNetworkIsolation === true),
      transitEncryption: every((t) => t.EnableInterContainerTrafficEncryption === true),
      inVirtualNetwork: every((t) => (t.VpcConfig?.Subnets?.length ?? 0) > 0),
      lineageRecorded: every((t) => (t.InputDataConfig?.length ?? 0) > 0),
      ...encryptionFacts(...keys),
    },
    inputs: defs.flatMap((t) => (t.InputDataConfig ?? []).map((c) => c.DataSource?.S3DataSource?.S3Uri)),
    outputs: defs.map((t) => t.OutputDataConfig?.S3OutputPath),
    images: defs.map((t) => t.AlgorithmSpecification?.TrainingImage),
    roles: defs.map((t) => t.RoleArn),
    subnets: defs.flatMap((t) => t.VpcConfig?.Subnets ?? []),
    securityGroups: defs.flatMap((t) => t.VpcConfig?.SecurityGroupIds ?? []),
    keys,
  };
}

/** AutoML has no network-isolation setting: the fact stays unset (not applicable), never false. */
export function readAutoMLJob(d: DescribeAutoMLJobV2Response): JobReading {
  const security = d.SecurityConfig;
  const volumeKey = security?.VolumeKmsKeyId;
  const outputKey = d.OutputDataConfig?.KmsKeyId;
  const inputs = (d.AutoMLJobInputDataConfig ?? []).map((c) => c.DataSource?.S3DataSource?.S3Uri);
  return {
    facts: {
      transitEncryption: security?.EnableInterContainerTrafficEncryption === true,
      inVirtualNetwork: (security?.VpcConfig?.Subnets?.length ?? 0) > 0,
      lineageRecorded: inputs.length > 0,
      ...encryptionFacts(volumeKey, outputKey),
    },
    inputs,
    outputs: [d.OutputDataConfig?.S3OutputPath],
    roles: [d.RoleArn],
    subnets: security?.VpcConfig?.Subnets ?? [],
    securityGroups: security?.VpcConfig?.SecurityGroupIds ?? [],
    keys: [volumeKey, outputKey],
  };
}

const ENCRYPTION: FactName[] = ['encryption', 'encryptionKeyId'];
const ISOLATION: FactName[] = ['inVirtualNetwork', 'networkIsolation', 'transitEncryption'];
const job = <D>(member: string, resource: string, kind: AssetKind, facts: FactName[], list: unknown, describe: unknown, read: (d: D) => JobReading) =>
  describedRecordCollector<D>({ member, resource, kind, facts, list: list as Listed, describe: describe as Described<D>, read });

export const processingJobs = job('ProcessingJob', 'processing-job', 'ml-job', [...ISOLATION, ...ENCRYPTION], ListProcessingJobsCommand, DescribeProcessingJobCommand, readProcessingJob);
export const transformJobs = job('TransformJob', 'transform-job', 'ml-job', ENCRYPTION, ListTransformJobsCommand, DescribeTransformJobCommand, readTransformJob);
export const compilationJobs = job('CompilationJob', 'compilation-job', 'ml-job', ['inVirtualNetwork', ...ENCRYPTION], ListCompilationJobsCommand, DescribeCompilationJobCommand, readCompilationJob);
export const tuningJobs = job('HyperParameterTuningJob', 'hyper-parameter-tuning-job', 'training-job', [...ISOLATION, 'lineageRecorded', ...ENCRYPTION], ListHyperParameterTuningJobsCommand, DescribeHyperParameterTuningJobCommand, readTuningJob);
export const autoMLJobs = job('AutoMLJob', 'automl-job', 'training-job', ['inVirtualNetwork', 'transitEncryption', 'lineageRecorded', ...ENCRYPTION], ListAutoMLJobsCommand, DescribeAutoMLJobV2Command, readAutoMLJob);

export const sagemakerJobCollectors = [processingJobs, transformJobs, compilationJobs, tuningJobs, autoMLJobs];

type ArtifactRecord = DescribeTrainingJobResponse & DescribeCompilationJobResponse & DescribeAutoMLJobV2Response;

/**
 * The model artifacts (S3 URIs) a job wrote, from its kept Describe* response: a training or
 * compilation job's ModelArtifacts, an AutoML job's best candidate's inference containers. A model
 * serving one of them was produced by that job (`linkSageMaker`).
 */
export function producedArtifacts(asset: AssetInput): string[] {
  if (!ARTIFACT_TYPES.has(asset.nativeType)) return [];
  const d = detailOf<ArtifactRecord>(asset, 'describe');
  if (!d) return [];
  const best = d.BestCandidate;
  const containers = [...(best?.InferenceContainers ?? []), ...Object.values(best?.InferenceContainerDefinitions ?? {}).flat()];
  return [...new Set(compact([d.ModelArtifacts?.S3ModelArtifacts, ...containers.map((c) => c?.ModelDataUrl)]))];
}

const ARTIFACT_TYPES = new Set(['AWS::SageMaker::TrainingJob', 'AWS::SageMaker::CompilationJob', 'AWS::SageMaker::AutoMLJob']);
