import { providerRule } from '../../_lib/provider-rule.js';
import { INVOCATION_LOGGING } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/invocation-logs-publicly-readable',
    title: 'Bedrock invocation logs (prompts and completions) are delivered to a bucket anyone can read',
    family: 'exposure',
    severity: 'critical',
    appliesTo: ['log-sink'],
    rationale:
      'The invocation-log bucket receives the full text of every prompt and completion of the region; a public bucket publishes customer conversations, pasted documents and any secret a user typed.',
    remediation: {
      text: 'Block public access on the invocation-log bucket and remove public grants and policy statements; review its access logs for reads by unknown principals.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html',
    },
    messages: {
      public: 'Invocation logs are delivered to bucket {{bucket}}, which anyone can read.',
      private: 'The invocation-log buckets of {{name}} accept no anonymous reads.',
    },
  },
  provider: 'aws',
  nativeTypes: [INVOCATION_LOGGING],
  evaluate(asset, ctx) {
    const buckets = ctx.graph.outgoing(asset.id, 'logs-to').map((e) => e.to).filter((id) => id.startsWith('arn:aws') && id.includes(':s3:::'));
    if (asset.facts.logDestinations === undefined) return ctx.unknown(['logDestinations']);
    if (buckets.length === 0) return ctx.notApplicable('invocation logs go to no S3 bucket');
    const findings = buckets.flatMap((id) => {
      const bucket = ctx.graph.get(id);
      if (bucket?.facts.publicRead === undefined) return [ctx.unknown(['publicRead'], { path: [asset.id, id], evidence: { bucket: id } })];
      return bucket.facts.publicRead ? [ctx.fail('public', { path: [asset.id, id], evidence: { bucket: id, publicRead: true }, data: { bucket: bucket.name } })] : [];
    });
    return findings.length ? findings : ctx.pass('private', { evidence: { buckets } });
  },
});
