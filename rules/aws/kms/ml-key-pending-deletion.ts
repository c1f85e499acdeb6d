import { awsRule } from '../_lib/aws-rule.js';

export default awsRule({
  meta: {
    id: 'aws/kms/ml-key-pending-deletion',
    title: 'KMS key protecting ML data is disabled or scheduled for deletion',
    family: 'encryption',
    severity: 'high',
    appliesTo: ['kms-key'],
    rationale:
      'Once a key is deleted, everything it encrypted (training data, model artifacts, notebook volumes) is unrecoverable; a disabled key already stops jobs and endpoints. Deletion scheduled by an attacker is a destructive ransom path.',
    remediation: {
      text: 'Cancel the key deletion and re-enable the key if ML data still depends on it; otherwise re-encrypt that data first.',
      cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
    },
    controls: { 'ms-ai-risk': ['5.8.1', '5.2.3'], 'mitre-atlas': ['AML.M0012'] },
    references: { 'aws-securityhub': ['KMS.3'], catalog: ['AWS-KMS-01'] },
    messages: {
      unusable: 'KMS key {{name}} protecting ML data is in state {{state}}.',
      enabled: 'KMS key {{name}} is enabled.',
    },
  },
  nativeTypes: ['AWS::KMS::Key'],
  evaluate(asset, ctx) {
    const state = (asset.raw as { KeyState?: string } | undefined)?.KeyState;
    if (!state) return ctx.unknown(['KeyState']);
    const evidence = { KeyState: state };
    return state === 'Enabled' ? ctx.pass('enabled', { evidence }) : ctx.fail('unusable', { evidence, data: { state } });
  },
});
