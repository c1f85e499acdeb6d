import { providerRule } from '../../_lib/provider-rule.js';
import { judge } from '../../_lib/verdicts.js';

export default providerRule({
  meta: {
    id: 'aws/cloudtrail/trail-not-logging',
    title: 'CloudTrail trail is configured but not logging',
    family: 'logging',
    severity: 'high',
    appliesTo: ['audit-trail'],
    rationale:
      'A stopped trail records nothing: changes to SageMaker endpoints, model approvals, role policies and reads of training data go unseen; stopping logging is a classic first step of an intruder.',
    remediation: {
      text: 'Start logging on the trail and alert on cloudtrail:StopLogging.',
      cli: 'aws cloudtrail start-logging --name <trail-arn>',
      url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html',
    },
    references: { 'aws-securityhub': ['CloudTrail.1'], catalog: ['AWS-CT-02'], cis: ['AWS 3.0.0 3.1'] },
    messages: {
      stopped: 'Trail {{name}} is not logging.',
      logging: 'Trail {{name}} is logging.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::CloudTrail::Trail'],
  evaluate: (asset, ctx) => judge(ctx, asset.facts.loggingEnabled, 'loggingEnabled', { pass: 'logging', fail: 'stopped' }, { IsLogging: asset.facts.loggingEnabled }),
});
