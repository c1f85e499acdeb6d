import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';

export default defineRule({
  meta: {
    id: 'logging/endpoint-logging-disabled',
    title: 'Inference endpoint traffic and console logs are not collected',
    family: 'logging',
    concern: 'endpoint-logging-disabled',
    severity: 'medium',
    appliesTo: ['endpoint'],
    rationale:
      'Endpoint traffic logs show who queried the model, how often and with what result; without them, extraction or inversion attempts (many systematic queries) and abuse of leaked credentials go unnoticed.',
    remediation: {
      text: 'Azure: add a diagnostic setting on the online endpoint for the traffic, console and event log categories. AWS: keep the endpoint CloudWatch log group and metrics, and record InvokeEndpoint in CloudTrail data events where needed.',
      cli: "az monitor diagnostic-settings create --name endpoint-audit --resource <endpoint-resource-id> --workspace <log-analytics-workspace-id> --logs '[{\"categoryGroup\":\"allLogs\",\"enabled\":true}]'",
      terraform:
        'resource "azurerm_monitor_diagnostic_setting" "endpoint" {\n  name                       = "audit"\n  target_resource_id         = var.online_endpoint_id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id\n  enabled_log {\n    category_group = "allLogs"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-monitor-online-endpoints',
    },
    references: {
      catalog: ['AZ-ML-EP-03'],
      'azure-policy': ['5cfb9e8a-2f13-40bd-a527-c89bc596d299'],
      mcsb: ['LT-3'],
    },
    messages: {
      off: 'Endpoint {{name}} does not collect traffic or console logs.',
      on: 'Endpoint {{name}} collects traffic and console logs.',
    },
  },
  evaluate: (asset, ctx) => judgeFact(asset, ctx, 'loggingEnabled', true, { pass: 'on', fail: 'off' }),
});
