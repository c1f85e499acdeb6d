import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'logging/workspace-logging-disabled',
    title: 'ML workspace resource logs are not collected',
    family: 'logging',
    concern: 'workspace-logging-disabled',
    severity: 'medium',
    appliesTo: ['workspace', 'feature-store'],
    rationale:
      'Without workspace resource logs (job runs, model and data events, compute operations) there is no record of who trained, registered or deployed what, so tampering and data exfiltration cannot be detected or investigated.',
    remediation: {
      text: 'Azure: add a diagnostic setting on the workspace sending allLogs to a Log Analytics workspace or storage account. AWS: make sure CloudTrail records SageMaker management events for the domain and CloudWatch keeps job logs.',
      cli: "az monitor diagnostic-settings create --name mlscan-audit --resource <workspace-resource-id> --workspace <log-analytics-workspace-id> --logs '[{\"categoryGroup\":\"allLogs\",\"enabled\":true}]'",
      terraform:
        'resource "azurerm_monitor_diagnostic_setting" "ws" {\n  name                       = "audit"\n  target_resource_id         = azurerm_machine_learning_workspace.ws.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id\n  enabled_log {\n    category_group = "allLogs"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/monitor-azure-machine-learning',
    },
    references: {
      catalog: ['AZ-ML-WS-06'],
      'azure-policy': ['afe0c3be-ba3b-4544-ba52-0c99672a8ad6'],
      mcsb: ['LT-3', 'LT-4'],
    },
    messages: {
      off: 'Workspace {{name}} does not send its resource logs anywhere.',
      on: 'Workspace {{name}} collects resource logs.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'loggingEnabled', true, { pass: 'on', fail: 'off' }),
});
