import { providerRule } from '../../_lib/provider-rule.js';
import { INVOCATION_LOGGING } from './_lib.js';

export default providerRule({
  meta: {
    id: 'aws/bedrock/invocation-logs-not-cmk',
    title: 'Bedrock invocation logs (prompts and completions) are not encrypted with a customer-managed key',
    family: 'encryption',
    severity: 'medium',
    appliesTo: ['log-sink'],
    rationale:
      'Invocation logs hold every prompt and completion in full, often the most sensitive text in the estate; a customer-managed key on the log bucket and log group lets you audit and revoke who decrypts them.',
    remediation: {
      text: 'Encrypt the invocation-log bucket with SSE-KMS under a customer-managed key, and associate a customer-managed key with the CloudWatch log group.',
      cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"}}]}\'\naws logs associate-kms-key --log-group-name <group> --kms-key-id <key-arn>',
      terraform: 'resource "aws_cloudwatch_log_group" "bedrock" {\n  kms_key_id = aws_kms_key.logs.arn\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html',
    },
    references: { prowler: ['bedrock_model_invocation_logs_encryption_enabled'] },
    messages: {
      notCmk: 'Invocation logs go to {{destination}}, which is not encrypted with a customer-managed key.',
      cmk: 'Every invocation-log destination of {{name}} is encrypted with a customer-managed key.',
      off: 'Invocation logging is off in this region: there are no logs to encrypt.',
    },
  },
  provider: 'aws',
  nativeTypes: [INVOCATION_LOGGING],
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('logDestinations');
    if (gap) return gap;
    const destinations = asset.facts.logDestinations!;
    if (destinations.length === 0) return ctx.notApplicable('invocation logging is off (judged by logging/prompt-logging-disabled)');
    const findings = destinations.flatMap((id) => {
      const sink = ctx.graph.get(id);
      const encryption = sink?.facts.encryption;
      // Log groups are not read by this scan: their key stays unknown.
      if (encryption === undefined) return [ctx.unknown(['encryption'], { path: [asset.id, id], evidence: { destination: id } })];
      return encryption === 'cmk' ? [] : [ctx.fail('notCmk', { path: [asset.id, id], evidence: { destination: id, encryption }, data: { destination: sink!.name } })];
    });
    return findings.length ? findings : ctx.pass('cmk', { evidence: { destinations } });
  },
});
