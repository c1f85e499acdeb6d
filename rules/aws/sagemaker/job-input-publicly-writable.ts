import type { GraphView, RuleContext, Verdict } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import { providerRule } from '../../_lib/provider-rule.js';

/** SageMaker jobs and the edges by which each names the buckets it reads (training data, scripts, models to compile, batch input). */
const JOB_TYPES = [
  'AWS::SageMaker::TrainingJob',
  'AWS::SageMaker::HyperParameterTuningJob',
  'AWS::SageMaker::AutoMLJob',
  'AWS::SageMaker::ProcessingJob',
  'AWS::SageMaker::TransformJob',
  'AWS::SageMaker::CompilationJob',
];

function inputBuckets(graph: GraphView, job: Asset): string[] {
  const named = [...graph.outgoing(job.id, 'trained-on'), ...graph.outgoing(job.id, 'uses-storage')].map((e) => e.to);
  return [...new Set(named.filter((id) => id.startsWith('arn:aws') && id.includes(':s3:::')))];
}

type Messages = 'writable' | 'protected';

/** One verdict per input bucket that is, or may be, writable by anyone; none when all are closed. */
function judgeInput(ctx: RuleContext<Messages>, job: Asset, bucketId: string): Verdict | undefined {
  const path = [job.id, bucketId];
  const bucket = ctx.graph.get(bucketId);
  // A bucket not in the inventory (another account's, or its listing failed) cannot be judged.
  if (bucket?.facts.publicWrite === undefined) return ctx.unknown(['publicWrite'], { path, evidence: { bucket: bucketId, read: bucket !== undefined } });
  if (!bucket.facts.publicWrite) return undefined;
  return ctx.fail('writable', { path, evidence: { bucket: bucketId, publicWrite: true }, data: { bucket: bucket.name } });
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
      writable: 'SageMaker {{kind}} {{name}} reads input from bucket {{bucket}}, which anyone can write.',
      protected: 'No input bucket of SageMaker {{kind}} {{name}} accepts anonymous writes.',
    },
  },
  provider: 'aws',
  nativeTypes: JOB_TYPES,
  applies: (asset, graph) => inputBuckets(graph, asset).length > 0,
  evaluate(asset, ctx) {
    const buckets = inputBuckets(ctx.graph, asset);
    const findings = buckets.map((id) => judgeInput(ctx, asset, id)).filter((v): v is Verdict => v !== undefined);
    return findings.length ? findings : ctx.pass('protected', { evidence: { buckets } });
  },
});
