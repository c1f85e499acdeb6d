import { defineRule, type GraphView } from '../../src/engine/index.js';
import type { Asset } from '../../src/model/index.js';
import { isModel } from '../../src/model/index.js';

/** Storage that holds model artifacts: a model or version is stored in it, or a registry keeps its files there. */
function holdsModelArtifacts(storage: Asset, graph: GraphView): boolean {
  return graph.hasSource(storage.id, 'stored-in', isModel) || graph.hasSource(storage.id, 'uses-storage', isModelRegistry);
}

function isModelRegistry(asset: Asset): boolean {
  return asset.kind === 'model-registry';
}

export default defineRule({
  meta: {
    id: 'integrity/model-artifact-storage-not-immutable',
    title: 'Storage holding model artifacts is not write-once',
    family: 'integrity',
    concern: 'model-artifact-storage-not-immutable',
    severity: 'medium',
    appliesTo: ['storage'],
    rationale:
      'Anyone with write access to a mutable artifact store can replace a released model file (for example with a backdoored or malicious pickle) and the next deployment or scale-out loads it; write-once retention makes released artifacts tamper-evident and undeletable.',
    remediation: {
      text: 'AWS: enable S3 Object Lock (governance or compliance mode, with a default retention) on buckets that hold released models. Azure: add a time-based immutability policy (or version-level immutability) to the containers that hold released models.',
      cli: "# AWS (bucket must have Object Lock enabled)\naws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration '{\"ObjectLockEnabled\":\"Enabled\",\"Rule\":{\"DefaultRetention\":{\"Mode\":\"GOVERNANCE\",\"Days\":30}}}'\n# Azure\naz storage container immutability-policy create --account-name <account> --resource-group <rg> --container-name <container> --period 30",
      terraform:
        'resource "aws_s3_bucket_object_lock_configuration" "models" {\n  bucket = aws_s3_bucket.models.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    },
    references: {
      catalog: ['AWS-SM-MDL-04', 'AWS-S3-06', 'AZ-ST-08'],
      'aws-securityhub': ['S3.15'],
      mcsb: ['BR-2'],
      checkov: ['CKV_AWS_143'],
    },
    messages: {
      mutable: 'Storage {{name}} holds model artifacts that can be overwritten or deleted.',
      immutable: 'Storage {{name}} holds model artifacts under a write-once policy.',
    },
  },
  applies: (asset, graph) => holdsModelArtifacts(asset, graph),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('immutability');
    if (gap) return gap;
    const evidence = {
      immutability: asset.facts.immutability,
      artifacts: ctx.graph.sources(asset.id, 'stored-in').filter(isModel).map((m) => m.id),
    };
    return asset.facts.immutability ? ctx.pass('immutable', { evidence }) : ctx.fail('mutable', { evidence });
  },
});
