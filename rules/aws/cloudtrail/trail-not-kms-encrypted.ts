import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'aws/cloudtrail/trail-not-kms-encrypted',
    title: 'CloudTrail log files are not encrypted with a KMS key',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['audit-trail'],
    rationale:
      'Trail logs reveal who touched which model and dataset; SSE-KMS adds a second permission (kms:Decrypt) before anyone with bucket access can read or quietly study them.',
    remediation: {
      text: 'Configure the trail with a customer-managed KMS key.',
      cli: 'aws cloudtrail update-trail --name <trail-arn> --kms-key-id <key-arn>',
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    },
    references: { 'aws-securityhub': ['CloudTrail.2'], catalog: ['AWS-CT-02'], checkov: ['CKV_AWS_35'], cis: ['AWS 3.0.0 3.5'] },
    messages: {
      plain: 'Trail {{name}} writes log files without a KMS key.',
      encrypted: 'Trail {{name}} encrypts log files with KMS key {{key}}.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::CloudTrail::Trail'],
  evaluate(asset, ctx) {
    const key = recordString(asset, 'KmsKeyId');
    return key ? ctx.pass('encrypted', { evidence: { KmsKeyId: key }, data: { key } }) : ctx.fail('plain', { evidence: { KmsKeyId: null } });
  },
});
