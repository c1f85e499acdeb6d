import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';

export default providerRule({
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
    references: { 'aws-securityhub': ['KMS.3'], catalog: ['AWS-KMS-01'] },
    messages: {
      unusable: 'KMS key {{name}} protecting ML data is in state {{state}}.',
      enabled: 'KMS key {{name}} is enabled.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::KMS::Key'],
  evaluate(asset, ctx) {
    const state = recordString(asset, 'KeyState');
    if (!state) return ctx.unknown(['KeyState']);
    const evidence = { KeyState: state };
    return state === 'Enabled' ? ctx.pass('enabled', { evidence }) : ctx.fail('unusable', { evidence, data: { state } });
  },
});
