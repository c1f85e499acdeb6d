import { providerRule } from '../../_lib/provider-rule.js';
import { CUSTOM_MODEL } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/custom-model-trained-on-publicly-writable-data',
    title: 'Bedrock custom model was fine-tuned on data in a bucket anyone can write',
    family: 'integrity',
    severity: 'high',
    appliesTo: ['model'],
    rationale:
      'Fine-tuning data sets what the model says: anyone who could write the training or validation files could add backdoor triggers or biased examples, and the custom model carries them into every invocation.',
    remediation: {
      text: 'Block public access on the training-data bucket, review the training files against a known-good copy (hash or version id), and re-run the customization job from the reviewed data.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "training" {\n  bucket                  = aws_s3_bucket.training.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      url: 'https://atlas.mitre.org/techniques/AML.T0020',
    },
    messages: {
      writable: 'Custom model {{name}} was trained on data in bucket {{bucket}}, which anyone can write.',
      protected: 'The training data of custom model {{name}} accepts no anonymous writes.',
    },
  },
  provider: 'aws',
  nativeTypes: [CUSTOM_MODEL],
  evaluate(asset, ctx) {
    const paths = ctx.graph.trainingDataPaths(asset.id);
    if (paths.length === 0) {
      // Training buckets named but not read, or no training data known at all.
      const named = ctx.graph.outgoing(asset.id, 'trained-on').map((e) => e.to);
      return named.length ? ctx.unknown(['publicWrite'], { evidence: { trainingData: named } }) : ctx.unknown(['trainingDataConfig']);
    }
    const findings = [];
    for (const path of paths) {
      const bucket = ctx.graph.get(path[path.length - 1]!);
      if (bucket?.facts.publicWrite === undefined) findings.push(ctx.unknown(['publicWrite'], { path, evidence: { bucket: path[path.length - 1] } }));
      else if (bucket.facts.publicWrite) findings.push(ctx.fail('writable', { path, evidence: { bucket: bucket.id, publicWrite: true }, data: { bucket: bucket.name } }));
    }
    return findings.length ? findings : ctx.pass('protected', { evidence: { trainingData: paths.map((p) => p[p.length - 1]) } });
  },
});
