import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, usedByMl } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/key-vault/diagnostic-logs',
    title: 'Key vault used by ML does not log its audit events',
    family: 'logging',
    severity: 'medium',
    appliesTo: ['key-vault'],
    providers: ['azure'],
    rationale:
      'AuditEvent logs record every read of workspace secrets and keys; without them, theft of datastore credentials or CMK misuse leaves no trace.',
    remediation: {
      text: 'Add a diagnostic setting on the vault with the AuditEvent category (or category group audit) to Log Analytics.',
      cli: 'az monitor diagnostic-settings create --name mlscan-kv --resource <vault-id> --workspace <log-analytics-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
      url: 'https://learn.microsoft.com/azure/key-vault/general/logging',
    },
    controls: { 'ms-ai-risk': ['5.6.1'], 'mitre-atlas': ['AML.M0024'] },
    references: { catalog: ['AZ-KV-04'], 'azure-policy': ['cf820ca0-f99e-4f3e-84fb-66e913812d21'], mcsb: ['LT-3', 'DP-8'] },
    messages: {
      logged: 'Key vault {{name}} logs audit events.',
      unlogged: 'Key vault {{name}} has no diagnostic setting with enabled logs.',
    },
  },
  applies: usedByMl,
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'loggingEnabled', (v) => v, { pass: 'logged', fail: 'unlogged' });
  },
});
