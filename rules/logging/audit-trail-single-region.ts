import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'logging/audit-trail-single-region',
    title: 'Audit trail does not cover every region',
    family: 'logging',
    concern: 'audit-trail-single-region',
    severity: 'high',
    appliesTo: ['audit-trail'],
    rationale:
      'An attacker who creates notebooks, training jobs or endpoints in a region the trail does not cover (for compute or exfiltration) leaves no management-event record behind.',
    remediation: {
      text: 'AWS: make the CloudTrail trail multi-region (an organisation trail is better still). Azure: export the subscription Activity Log, which covers every region, through a diagnostic setting.',
      cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail',
      terraform: 'resource "aws_cloudtrail" "org" {\n  is_multi_region_trail = true\n}',
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    },
    references: {
      catalog: ['AWS-CT-02'],
      'aws-securityhub': ['CloudTrail.1'],
      mcsb: ['LT-3', 'LT-6'],
      checkov: ['CKV_AWS_67'],
    },
    messages: {
      singleRegion: 'Audit trail {{name}} records only its own region.',
      allRegions: 'Audit trail {{name}} records every region.',
    },
  },
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'multiRegion', true, { pass: 'allRegions', fail: 'singleRegion' }),
});
