import type { AssetInput } from '../../../../../src/model/index.js';
import { addAzureAsset, armId, type AzureScope } from './scope.js';

/** A Log Analytics workspace (Microsoft.OperationalInsights/workspaces): where diagnostic logs go. */
export function logAnalyticsWorkspace(scope: AzureScope, o: { name: string; customerId: string; retentionDays: number }): AssetInput {
  return addAzureAsset(scope, {
    id: armId(scope, 'Microsoft.OperationalInsights', 'workspaces', o.name),
    kind: 'log-sink',
    name: o.name,
    type: 'Microsoft.OperationalInsights/workspaces',
    facts: { mlRelated: true },
    body: {
      properties: {
        customerId: o.customerId,
        provisioningState: 'Succeeded',
        sku: { name: 'PerGB2018' },
        retentionInDays: o.retentionDays,
        publicNetworkAccessForIngestion: 'Enabled',
        publicNetworkAccessForQuery: 'Enabled',
        features: { enableLogAccessUsingOnlyResourcePermissions: true },
      },
    },
  });
}

/**
 * Application Insights (microsoft.insights/components). The instrumentation key and connection
 * string are left out of the raw record: they let anyone send telemetry in the app's name.
 */
export function applicationInsights(scope: AzureScope, o: { name: string; appId: string; logs: AssetInput; localAuth: boolean }): AssetInput {
  const insights = addAzureAsset(scope, {
    id: armId(scope, 'Microsoft.Insights', 'components', o.name),
    kind: 'monitoring',
    name: o.name,
    type: 'Microsoft.Insights/components',
    facts: { localAuthEnabled: o.localAuth, mlRelated: true },
    body: {
      kind: 'web',
      properties: {
        ApplicationId: o.name,
        AppId: o.appId,
        Application_Type: 'web',
        WorkspaceResourceId: o.logs.id,
        IngestionMode: 'LogAnalytics',
        DisableLocalAuth: !o.localAuth,
        publicNetworkAccessForIngestion: 'Enabled',
        publicNetworkAccessForQuery: 'Enabled',
        provisioningState: 'Succeeded',
      },
    },
  });
  scope.b.link(insights, 'logs-to', o.logs);
  return insights;
}

const ACTIVITY_CATEGORIES = ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'];

/**
 * The subscription's Activity Log export (a subscription-level diagnostic setting): Azure's
 * control-plane audit trail. It covers every region of the subscription by construction.
 */
export function activityLogExport(scope: AzureScope, o: { name: string; logs: AssetInput; categories?: string[] }): AssetInput {
  const categories = o.categories ?? ACTIVITY_CATEGORIES;
  const id = `/subscriptions/${scope.subscription}/providers/microsoft.insights/diagnosticSettings/${o.name}`;
  const trail = addAzureAsset(scope, {
    id,
    kind: 'audit-trail',
    name: o.name,
    type: 'Microsoft.Insights/diagnosticSettings',
    region: 'global',
    facts: { loggingEnabled: true, multiRegion: true, logCategories: categories, logDestinations: [o.logs.id] },
    body: {
      properties: {
        workspaceId: o.logs.id,
        logs: ACTIVITY_CATEGORIES.map((category) => ({ category, enabled: categories.includes(category) })),
      },
    },
  });
  scope.b.link(trail, 'logs-to', o.logs);
  return trail;
}
