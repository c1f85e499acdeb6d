import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'logging/audit-trail-log-validation-disabled',
    title: 'Audit log files are not integrity-validated',
    family: 'logging',
    concern: 'audit-trail-log-validation-disabled',
    severity: 'medium',
    appliesTo: ['audit-trail'],
    rationale:
      'Without digest validation an intruder who reaches the log bucket can delete or edit the records of what they did to models and data, and nobody can prove the trail is complete.',
    remediation: {
      text: 'AWS: enable CloudTrail log file validation. Azure: send the Activity Log to storage with a time-based immutability policy.',
      cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
      terraform: 'resource "aws_cloudtrail" "org" {\n  enable_log_file_validation = true\n}',
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
    },
    references: {
      catalog: ['AWS-CT-02'],
      'aws-securityhub': ['CloudTrail.4'],
      mcsb: ['LT-3'],
      checkov: ['CKV_AWS_36'],
    },
    messages: {
      unvalidated: 'Audit trail {{name}} does not validate its log files.',
      validated: 'Audit trail {{name}} validates its log files.',
    },
  },
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'logFileValidation', true, { pass: 'validated', fail: 'unvalidated' }),
});
