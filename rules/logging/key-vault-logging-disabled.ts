import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'logging/key-vault-logging-disabled',
    title: 'Audit logging is off on the key vault used by ML',
    family: 'logging',
    concern: 'key-vault-logging-disabled',
    severity: 'medium',
    appliesTo: ['key-vault'],
    rationale:
      'The workspace key vault hands out datastore secrets and encryption keys; without its AuditEvent log nobody can tell which identity read a secret before data left the estate.',
    remediation: {
      text: 'Add a diagnostic setting on the key vault that sends the AuditEvent category (or the audit category group) to a Log Analytics workspace or storage account.',
      cli: "az monitor diagnostic-settings create --name kv-audit --resource <key-vault-id> --workspace <log-analytics-workspace-id> --logs '[{\"categoryGroup\":\"audit\",\"enabled\":true}]'",
      terraform:
        'resource "azurerm_monitor_diagnostic_setting" "kv" {\n  name                       = "audit"\n  target_resource_id         = azurerm_key_vault.ml.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id\n  enabled_log {\n    category = "AuditEvent"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/key-vault/general/logging',
    },
    references: {
      catalog: ['AZ-KV-04'],
      'azure-policy': ['cf820ca0-f99e-4f3e-84fb-66e913812d21'],
      mcsb: ['LT-3', 'DP-8'],
    },
    messages: {
      off: 'Key vault {{name}} used by ML does not record audit events.',
      on: 'Key vault {{name}} used by ML records audit events.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'loggingEnabled', true, { pass: 'on', fail: 'off' }),
});
