import type { NamedRef, Ref } from '../estate-builder.js';
import { armId, type AzureScope } from './scope.js';

/**
 * A Log Analytics workspace (Microsoft.OperationalInsights/workspaces) diagnostic settings send
 * logs to: named by its ARM id; no collector reads Log Analytics workspaces, so it is a
 * destination, not a record of the sample.
 */
export function logAnalyticsWorkspace(scope: AzureScope, name: string): NamedRef {
  return { id: armId(scope, 'Microsoft.OperationalInsights', 'workspaces', name), name };
}

/** Application Insights (microsoft.insights/components) a workspace names as its telemetry target; not collected either. */
export function applicationInsights(scope: AzureScope, name: string): Ref {
  return { id: armId(scope, 'Microsoft.Insights', 'components', name) };
}
