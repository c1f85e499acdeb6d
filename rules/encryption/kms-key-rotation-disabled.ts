import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'encryption/kms-key-rotation-disabled',
    title: 'Customer-managed key protecting ML data is never rotated',
    family: 'encryption',
    concern: 'kms-key-rotation-disabled',
    severity: 'medium',
    appliesTo: ['kms-key'],
    rationale:
      'A key that never rotates protects ever more training data and model artifacts with the same material, so one exposure of it stays useful indefinitely; automatic rotation bounds that window without re-encrypting data.',
    remediation: {
      text: 'AWS: enable automatic rotation on the KMS key. Azure: give the Key Vault key a rotation policy with an automatic rotate action.',
      cli: "# AWS\naws kms enable-key-rotation --key-id <key-id>\n# Azure\naz keyvault key rotation-policy update --vault-name <vault> --name <key> --value '{\"lifetimeActions\":[{\"trigger\":{\"timeAfterCreate\":\"P1Y\"},\"action\":{\"type\":\"Rotate\"}}],\"attributes\":{\"expiryTime\":\"P2Y\"}}'",
      terraform:
        'resource "aws_kms_key" "ml" {\n  enable_key_rotation = true\n}\nresource "azurerm_key_vault_key" "ml" {\n  rotation_policy {\n    expire_after = "P2Y"\n    automatic {\n      time_after_creation = "P1Y"\n    }\n  }\n}',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    },
    references: {
      catalog: ['AWS-KMS-01'],
      'aws-securityhub': ['KMS.4'],
      mcsb: ['DP-6'],
      checkov: ['CKV_AWS_7'],
    },
    messages: {
      off: 'Key {{name}} protecting ML data has no automatic rotation.',
      on: 'Key {{name}} protecting ML data rotates automatically.',
    },
  },
  // Provider-managed keys rotate on the provider's schedule and cannot be configured.
  applies: (asset, graph) => asset.facts.keyManager !== 'provider' && usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'keyRotation', true, { pass: 'on', fail: 'off' }),
});
