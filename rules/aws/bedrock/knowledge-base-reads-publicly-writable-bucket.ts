import { providerRule } from '../../_lib/provider-rule.js';
import { KNOWLEDGE_BASE } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/knowledge-base-reads-publicly-writable-bucket',
    title: 'Bedrock knowledge base ingests documents from a bucket anyone can write',
    family: 'integrity',
    severity: 'critical',
    appliesTo: ['knowledge-base'],
    rationale:
      'Whatever lands in a knowledge base\'s source bucket is chunked, embedded and handed to the model as trusted context; a publicly writable bucket lets anyone plant instructions (indirect prompt injection) or false facts in every answer built on it.',
    remediation: {
      text: 'Block public access on the data-source bucket (account and bucket level), remove grants to AllUsers / AuthenticatedUsers and policies with Principal "*", then re-sync the data source from reviewed content.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "kb" {\n  bucket                  = aws_s3_bucket.kb.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      url: 'https://atlas.mitre.org/techniques/AML.T0070',
    },
    messages: {
      writable: 'Knowledge base {{name}} ingests from bucket {{bucket}}, which anyone can write.',
      protected: 'The buckets knowledge base {{name}} ingests from accept no anonymous writes.',
    },
  },
  provider: 'aws',
  nativeTypes: [KNOWLEDGE_BASE],
  evaluate(asset, ctx) {
    const sources = ctx.graph.targets(asset.id, 'contains').filter((s) => s.kind === 'datastore');
    const edges = sources.flatMap((source) => ctx.graph.outgoing(source.id, 'uses-storage').map((e) => ({ source, bucketId: e.to })));
    if (edges.length === 0) return ctx.requireSeen(['datastore']) ?? ctx.pass('protected', { evidence: { buckets: [] } });
    const verdicts = edges.map(({ source, bucketId }) => {
      const bucket = ctx.graph.get(bucketId);
      const path = [asset.id, source.id, bucketId];
      if (bucket?.facts.publicWrite === undefined) return ctx.unknown(['publicWrite'], { path, evidence: { bucket: bucketId } });
      const options = { path, evidence: { bucket: bucketId, publicWrite: bucket.facts.publicWrite }, data: { bucket: bucket.name } };
      return bucket.facts.publicWrite ? ctx.fail('writable', options) : undefined;
    });
    const findings = verdicts.filter((v): v is NonNullable<typeof v> => v !== undefined);
    return findings.length ? findings : ctx.pass('protected', { evidence: { buckets: edges.map((e) => e.bucketId) } });
  },
});
