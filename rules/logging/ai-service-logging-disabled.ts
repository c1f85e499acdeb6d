import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'logging/ai-service-logging-disabled',
    title: 'AI service (Azure OpenAI / AI Services account) resource logs are not collected',
    family: 'logging',
    concern: 'ai-service-logging-disabled',
    severity: 'medium',
    appliesTo: ['ai-service'],
    rationale:
      'Without the account\'s Audit and RequestResponse logs there is no record of who called which deployment, from where, with which key or identity, and with what result, so misuse of a leaked key or a flood of jailbreak attempts goes unseen.',
    remediation: {
      text: 'Add a diagnostic setting on the account that sends the audit and allLogs category groups to a Log Analytics workspace (or storage account) the security team reads.',
      cli: "az monitor diagnostic-settings create --name ai-audit --resource <account-id> --workspace <log-analytics-workspace-id> --logs '[{\"categoryGroup\":\"allLogs\",\"enabled\":true}]'",
      terraform:
        'resource "azurerm_monitor_diagnostic_setting" "openai" {\n  name                       = "audit"\n  target_resource_id         = azurerm_cognitive_account.openai.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id\n  enabled_log {\n    category_group = "allLogs"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/monitor-openai',
    },
    references: { 'azure-policy': ['1b4d1c4e-934c-4703-944c-27c82c06bebb'], mcsb: ['LT-3', 'LT-4'] },
    messages: {
      off: 'AI service {{name}} does not send its resource logs anywhere.',
      on: 'AI service {{name}} collects resource logs.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'loggingEnabled', true, { pass: 'on', fail: 'off' }),
});
