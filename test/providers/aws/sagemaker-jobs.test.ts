import { describe, expect, it } from 'vitest';
import { autoMLJobs, compilationJobs, linkSageMaker, modelCards, models, processingJobs, transformJobs, tuningJobs } from '../../../providers/aws/collectors/sagemaker.js';
import type { AnyCollector } from '../../../providers/aws/collector.js';
import { patched, wire } from '../../support/wire-assets.js';
import { ACCOUNT, REGION, awsError, collect, sagemaker, stsCallerIdentity, useNock } from './support.js';

// The new SageMaker job collectors and model cards, answered over HTTP with the recorded payloads
// (test/fixtures/wire/aws/sagemaker/), through the real SDK, runner and linker.

const SM = (type: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${type}/${name}`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/2f1e0d9c-8b7a-4c5d-9e8f-7a6b5c4d3e2f`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/AmazonSageMaker-ExecutionRole-fraud`;
const BUCKET = (name: string) => `arn:aws:s3:::${name}`;
const SUBNET = `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0a1b2c3d4e5f60718`;
const GROUP = `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0a1b2c3d4e5f60718`;
const REPO = (name: string) => `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`;

type Json = Record<string, unknown>;
const body = (operation: string) => wire<Json>(`aws/sagemaker/${operation}.json`);

/** The listing (asked for with MaxResults 100), the describe call and the tags of one recorded record. */
function answer(collector: AnyCollector, describe: string, describeBody: Json = body(describe)): void {
  const member = collector.nativeType.replace('AWS::SageMaker::', '');
  const listing = body(`List${member}s`);
  const summary = (listing[`${member}Summaries`] as Json[])[0]!;
  sagemaker(REGION, `List${member}s`, { MaxResults: 100 }, listing);
  sagemaker(REGION, describe, { [`${member}Name`]: summary[`${member}Name`] }, describeBody);
  sagemaker(REGION, 'ListTags', { ResourceArn: summary[`${member}Arn`] as string }, { Tags: [{ Key: 'team', Value: 'fraud' }] });
}

/** The one asset (and its outgoing edges, as `kind to`) the collector makes of the recorded payloads. */
async function recorded(collector: AnyCollector, describe: string, describeBody?: Json) {
  stsCallerIdentity();
  answer(collector, describe, describeBody);
  const inventory = await collect({ collectors: [collector] });
  expect(inventory.gaps).toEqual([]);
  expect(inventory.assets).toHaveLength(1);
  const asset = inventory.assets[0]!;
  return { asset, edges: inventory.edges.filter((e) => e.from === asset.id).map((e) => `${e.kind} ${e.to}`).sort() };
}

describe('SageMaker processing, transform and compilation jobs (kind ml-job)', () => {
  useNock();

  it('a processing job: isolation, VPC and inter-container settings, both keys, its buckets, image and role', async () => {
    const { asset, edges } = await recorded(processingJobs, 'DescribeProcessingJob');
    expect(asset).toMatchObject({ id: SM('processing-job', 'fraud-features-2024-06'), kind: 'ml-job', nativeType: 'AWS::SageMaker::ProcessingJob', name: 'fraud-features-2024-06', tags: { team: 'fraud' } });
    // Both keys named: customer- or AWS-managed is for the KMS read to say, so encryption stays unset.
    expect(asset.facts).toEqual({ networkIsolation: true, transitEncryption: false, inVirtualNetwork: true, encryptionKeyId: KEY, tagsRead: true });
    expect(edges).toEqual(
      [
        `assumes ${ROLE}`,
        `encrypted-by ${KEY}`,
        `in-network ${SUBNET}`,
        `protected-by ${GROUP}`,
        `stored-in ${BUCKET('fraud-training-data')}`,
        `uses-image ${REPO('fraud-preprocess')}`,
        `uses-storage ${BUCKET('fraud-ml-code')}`,
        `uses-storage ${BUCKET('fraud-raw-data')}`,
      ].sort(),
    );
    const kept = JSON.stringify(asset.raw);
    expect(kept).not.toContain('--train-test-split-ratio');
  });

  it('a processing job without outputs: only its volume key counts (no output key is not platform encryption)', async () => {
    const { asset } = await recorded(processingJobs, 'DescribeProcessingJob', patched(body('DescribeProcessingJob'), { ProcessingOutputConfig: undefined }));
    expect(asset.facts?.encryption).toBeUndefined();
    expect(asset.facts?.encryptionKeyId).toBe(KEY);
  });

  it('a transform job: no key named anywhere is platform encryption; its data capture bucket is storage too', async () => {
    const { asset, edges } = await recorded(transformJobs, 'DescribeTransformJob');
    expect(asset).toMatchObject({ kind: 'ml-job', nativeType: 'AWS::SageMaker::TransformJob' });
    // Isolation and VPC belong to the model it runs: the job carries neither fact.
    expect(asset.facts).toEqual({ encryption: 'platform', tagsRead: true });
    expect(edges).toEqual([`stored-in ${BUCKET('fraud-monitoring')}`, `stored-in ${BUCKET('fraud-predictions')}`, `uses-storage ${BUCKET('fraud-raw-data')}`]);
  });

  it('a compilation job: VPC from its NeoVpcConfig (none here), the output key only', async () => {
    const { asset, edges } = await recorded(compilationJobs, 'DescribeCompilationJob');
    expect(asset).toMatchObject({ kind: 'ml-job', nativeType: 'AWS::SageMaker::CompilationJob' });
    expect(asset.facts).toEqual({ inVirtualNetwork: false, encryption: 'platform', tagsRead: true });
    expect(edges).toEqual([`assumes ${ROLE}`, `stored-in ${BUCKET('fraud-models')}`, `uses-image ${REPO('fraud-neo-inference')}`, `uses-storage ${BUCKET('fraud-models')}`]);
  });
});

describe('SageMaker tuning and AutoML jobs (kind training-job)', () => {
  useNock();

  it('a tuning job takes its settings from its training job definition(s): all must hold', async () => {
    const second = { ...(body('DescribeHyperParameterTuningJob').TrainingJobDefinition as Json), DefinitionName: 'lightgbm', EnableNetworkIsolation: false, VpcConfig: undefined };
    const { asset, edges } = await recorded(tuningJobs, 'DescribeHyperParameterTuningJob', patched(body('DescribeHyperParameterTuningJob'), { TrainingJobDefinitions: [second] }));
    expect(asset).toMatchObject({ kind: 'training-job', nativeType: 'AWS::SageMaker::HyperParameterTuningJob' });
    expect(asset.facts).toEqual({ networkIsolation: false, transitEncryption: true, inVirtualNetwork: false, lineageRecorded: true, encryptionKeyId: KEY, tagsRead: true });
    expect(edges).toEqual(
      [`assumes ${ROLE}`, `encrypted-by ${KEY}`, `in-network ${SUBNET}`, `protected-by ${GROUP}`, `stored-in ${BUCKET('fraud-models')}`, `trained-on ${BUCKET('fraud-training-data')}`, `uses-image ${REPO('fraud-train')}`].sort(),
    );
  });

  it('an AutoML job (DescribeAutoMLJobV2): no network-isolation setting exists, so that fact stays unset', async () => {
    const { asset, edges } = await recorded(autoMLJobs, 'DescribeAutoMLJobV2');
    expect(asset).toMatchObject({ kind: 'training-job', nativeType: 'AWS::SageMaker::AutoMLJob' });
    expect(asset.facts).toEqual({ transitEncryption: false, inVirtualNetwork: false, lineageRecorded: true, encryption: 'platform', tagsRead: true });
    expect(edges).toEqual([`assumes ${ROLE}`, `stored-in ${BUCKET('fraud-models')}`, `trained-on ${BUCKET('fraud-training-data')}`]);
  });

  it('follows NextToken and keeps every job whatever its status', async () => {
    stsCallerIdentity();
    const first = body('ListProcessingJobs');
    const failed = { ...(first.ProcessingJobSummaries as Json[])[0], ProcessingJobName: 'old-failed', ProcessingJobArn: SM('processing-job', 'old-failed'), ProcessingJobStatus: 'Failed' };
    sagemaker(REGION, 'ListProcessingJobs', (b) => b.NextToken === undefined && b.MaxResults === 100, { ...first, NextToken: 'page-2' });
    sagemaker(REGION, 'ListProcessingJobs', { NextToken: 'page-2', MaxResults: 100 }, { ProcessingJobSummaries: [failed] });
    sagemaker(REGION, 'DescribeProcessingJob', { ProcessingJobName: 'fraud-features-2024-06' }, body('DescribeProcessingJob'));
    sagemaker(REGION, 'DescribeProcessingJob', { ProcessingJobName: 'old-failed' }, awsError('ValidationException', 'Could not find requested job with name old-failed'), 400);
    for (let i = 0; i < 2; i++) sagemaker(REGION, 'ListTags', undefined, { Tags: [] });
    const inventory = await collect({ collectors: [processingJobs] });
    expect(inventory.assets.map((a) => a.name).sort()).toEqual(['fraud-features-2024-06', 'old-failed']);
    // The job whose describe failed is still inventory, with nothing but its tags known.
    expect(inventory.assets.find((a) => a.name === 'old-failed')!.facts).toEqual({ tagsRead: true });
    expect(inventory.gaps).toEqual([expect.objectContaining({ service: 'sagemaker', errorCode: 'ValidationException', kinds: ['ml-job'] })]);
  });

  it('a denied listing is a coverage gap naming the kind; a denied describe leaves the facts unknown', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListAutoMLJobs', undefined, awsError('AccessDeniedException', 'User is not authorized to perform: sagemaker:ListAutoMLJobs'), 400);
    sagemaker(REGION, 'ListHyperParameterTuningJobs', undefined, body('ListHyperParameterTuningJobs'));
    sagemaker(REGION, 'DescribeHyperParameterTuningJob', undefined, awsError('AccessDeniedException', 'not authorized'), 400);
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });
    const inventory = await collect({ collectors: [autoMLJobs, tuningJobs] });
    expect(inventory.assets.map((a) => [a.nativeType, a.facts])).toEqual([['AWS::SageMaker::HyperParameterTuningJob', { tagsRead: true }]]);
    expect(inventory.gaps.map((g) => [g.errorCode, g.message?.split(':')[0], g.kinds])).toEqual([
      ['AccessDeniedException', 'ListAutoMLJobs', ['training-job']],
      ['AccessDeniedException', 'DescribeHyperParameterTuningJob', ['training-job']],
    ]);
  });
});

describe('SageMaker model cards', () => {
  useNock();
  const CARD = SM('model-card', 'fraud-xgb-card');
  const CANARY = 'CANARY-model-card-content-7f3a9c';

  it('asks for metadata only, links the card to the model it documents, and keeps none of its Content', async () => {
    stsCallerIdentity();
    // Even if the service sent the whole card, nothing of its Content but the model id is used.
    const content = JSON.stringify({ model_overview: { model_id: SM('model', 'Fraud-XGB'), model_description: CANARY }, intended_uses: { purpose_of_model: CANARY, risk_rating: 'High' } });
    sagemaker(REGION, 'ListModelCards', { MaxResults: 100 }, body('ListModelCards'));
    sagemaker(REGION, 'DescribeModelCard', { ModelCardName: 'fraud-xgb-card', IncludedData: 'MetadataOnly' }, patched(body('DescribeModelCard'), { Content: content, SecurityConfig: { KmsKeyId: KEY } }));
    sagemaker(REGION, 'ListTags', { ResourceArn: CARD }, { Tags: [] });
    const inventory = await collect({ collectors: [modelCards] });
    expect(inventory.gaps).toEqual([]);
    expect(inventory.assets[0]).toMatchObject({ id: CARD, kind: 'model-card', nativeType: 'AWS::SageMaker::ModelCard', facts: { encryptionKeyId: KEY } });
    expect(inventory.edges).toEqual([
      { from: CARD, to: KEY, kind: 'encrypted-by' },
      { from: CARD, to: SM('model', 'fraud-xgb'), kind: 'documents' },
    ]);
    const everything = JSON.stringify(inventory);
    expect(everything).not.toContain(CANARY);
    expect(everything).not.toContain('risk_rating');
    expect(inventory.assets[0]!.raw?.details?.describe).toMatchObject({ ModelCardStatus: 'Draft', ModelCardVersion: 3 });
  });

  it('a card without a security configuration is encrypted with an AWS-owned key; a card about a model outside SageMaker documents nothing here', async () => {
    stsCallerIdentity();
    sagemaker(REGION, 'ListModelCards', undefined, body('ListModelCards'));
    sagemaker(REGION, 'DescribeModelCard', undefined, patched(body('DescribeModelCard'), { Content: JSON.stringify({ model_overview: { model_id: 'vendor-model-42' } }) }));
    sagemaker(REGION, 'ListTags', undefined, { Tags: [] });
    const inventory = await collect({ collectors: [modelCards] });
    expect(inventory.assets[0]!.facts).toEqual({ encryption: 'platform', tagsRead: true });
    expect(inventory.edges).toEqual([]);
  });
});

describe('lineage through the new jobs', () => {
  useNock();

  it('a model serving an AutoML best candidate or a compiled artifact was produced by that job', async () => {
    stsCallerIdentity();
    const automl = body('DescribeAutoMLJobV2');
    const candidate = ((automl.BestCandidate as Json).InferenceContainers as Json[])[0]!.ModelDataUrl as string;
    const compiled = (body('DescribeCompilationJob').ModelArtifacts as Json).S3ModelArtifacts as string;
    answer(autoMLJobs, 'DescribeAutoMLJobV2');
    answer(compilationJobs, 'DescribeCompilationJob');
    sagemaker(REGION, 'ListModels', undefined, { Models: ['autopilot-best', 'fraud-neo'].map((name) => ({ ModelName: name, ModelArn: SM('model', name), CreationTime: 1717410600 })) });
    sagemaker(REGION, 'DescribeModel', { ModelName: 'autopilot-best' }, patched(body('DescribeModel'), { ModelName: 'autopilot-best', ModelArn: SM('model', 'autopilot-best'), PrimaryContainer: { ModelDataUrl: candidate } }));
    sagemaker(REGION, 'DescribeModel', { ModelName: 'fraud-neo' }, patched(body('DescribeModel'), { ModelName: 'fraud-neo', ModelArn: SM('model', 'fraud-neo'), PrimaryContainer: { ModelDataUrl: compiled } }));
    for (let i = 0; i < 2; i++) sagemaker(REGION, 'ListTags', undefined, { Tags: [] });
    const inventory = await collect({ collectors: [autoMLJobs, compilationJobs, models], linkers: [linkSageMaker] });
    expect(inventory.edges.filter((e) => e.kind === 'produced-by')).toEqual([
      { from: SM('model', 'autopilot-best'), to: SM('automl-job', 'fraud-autopilot-0610'), kind: 'produced-by' },
      { from: SM('model', 'fraud-neo'), to: SM('compilation-job', 'fraud-xgb-neo-arm64'), kind: 'produced-by' },
    ]);
  });
});
