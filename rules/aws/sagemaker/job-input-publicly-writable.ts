import type { GraphView } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import { judgeStorageWrite } from '../../_lib/linked-storage.js';
import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';

/** SageMaker jobs, each with the Describe* member that names the S3 inputs it reads (training data, scripts, models to compile, batch input). */
const INPUT_MEMBER: Readonly<Record<string, string>> = {
  'AWS::SageMaker::TrainingJob': 'InputDataConfig',
  'AWS::SageMaker::HyperParameterTuningJob': 'TrainingJobDefinition.InputDataConfig',
  'AWS::SageMaker::AutoMLJob': 'AutoMLJobInputDataConfig',
  'AWS::SageMaker::ProcessingJob': 'ProcessingInputs',
  'AWS::SageMaker::TransformJob': 'TransformInput',
  'AWS::SageMaker::CompilationJob': 'InputConfig',
};

function inputBuckets(graph: GraphView, job: Asset): string[] {
  const named = [...graph.outgoing(job.id, 'trained-on'), ...graph.outgoing(job.id, 'uses-storage')].map((e) => e.to);
  return [...new Set(named.filter((id) => id.startsWith('arn:aws') && id.includes(':s3:::')))];
}

export default providerRule({
  meta: {
    id: 'aws/sagemaker/job-input-publicly-writable',
    title: 'SageMaker job reads its input from a bucket anyone can write',
    family: 'integrity',
    severity: 'high',
    appliesTo: ['training-job', 'ml-job'],
    rationale:
      'Whoever can write a job’s input decides what it runs on: poisoned or backdoored training data, a replaced processing script, a swapped model handed to compilation, or crafted batch records. A bucket anyone can write hands that to the internet.',
    remediation: {
      text: 'Block public access on the bucket (account and bucket level), remove policy statements and ACL grants that let anonymous or all-authenticated principals write, and re-run the job from inputs checked against a known-good copy.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "ml_input" {\n  bucket                  = aws_s3_bucket.ml_input.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      url: 'https://atlas.mitre.org/techniques/AML.T0020',
    },
    messages: {
      writable: 'SageMaker {{kind}} {{name}} reads input from bucket {{storage}}, which anyone can write.',
      protected: 'No input bucket of SageMaker {{kind}} {{name}} accepts anonymous writes.',
    },
  },
  provider: 'aws',
  nativeTypes: Object.keys(INPUT_MEMBER),
  evaluate(asset, ctx) {
    const verdict = judgeStorageWrite(asset, ctx, inputBuckets(ctx.graph, asset), { fail: 'writable', pass: 'protected' });
    if (verdict) return verdict;
    // No input bucket: either the job reads nothing from S3 (FSx, EFS, a database) or its record was not read.
    return describeOf(asset) ? ctx.notApplicable('the job reads no input from S3') : ctx.unknown([INPUT_MEMBER[asset.nativeType] ?? 'inputs']);
  },
});
