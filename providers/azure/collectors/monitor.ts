import type { AssetKind, Facts } from '../../../src/model/index.js';
import { arr, bool, str, type ArmResource } from '../arm.js';
import { defineCollector, type DetailCollector, type EdgeSpec } from '../collector.js';
import { workspaces, onlineEndpoints, registries } from './machine-learning.js';
import { storageAccounts } from './storage.js';
import { keyVaults } from './key-vault.js';
import { aiServicesAccounts } from './cognitive-services.js';

const INSIGHTS = 'Microsoft.Insights';
const DESTINATIONS = ['workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId', 'marketplacePartnerId'];
const DATA_EVENTS = new Set(['storageread', 'storagewrite', 'storagedelete', 'audit', 'alllogs']);

/** Facts and logs-to edges from a resource's diagnostic settings. */
export function diagnosticFacts(settings: ArmResource[]): { facts: Facts; edges: EdgeSpec[] } {
  const categories = new Set<string>();
  const destinations = new Set<string>();
  for (const setting of settings) {
    const enabledLogs = arr(setting.properties, 'logs').filter((l) => bool(l, 'enabled') === true);
    const sinks = DESTINATIONS.map((d) => str(setting.properties, d)).filter((d): d is string => d !== undefined);
    if (enabledLogs.length === 0 || sinks.length === 0) continue;
    for (const log of enabledLogs) {
      const name = str(log, 'category') ?? str(log, 'categoryGroup');
      if (name) categories.add(name);
    }
    for (const sink of sinks) destinations.add(sink);
  }
  const facts: Facts = {
    loggingEnabled: categories.size > 0,
    logCategories: [...categories].sort(),
    logDestinations: [...destinations].sort(),
  };
  return { facts, edges: [...destinations].map((to) => ({ kind: 'logs-to' as const, to })) };
}

/** One declaration per resource type whose diagnostic settings matter (a `subPath` reads a child, e.g. the blob service). */
function diagnosticSettingsOf(parent: { name: string; kind: AssetKind }, subPath = ''): DetailCollector {
  return defineCollector({
    type: 'detail',
    name: `monitor/diagnostic-settings:${parent.name}`,
    service: INSIGHTS,
    parent: parent.name,
    kind: parent.kind,
    detailKey: 'diagnosticSettings',
    facts: ['loggingEnabled', 'logCategories', 'logDestinations', ...(subPath ? (['dataEventsLogged'] as const) : [])],
    permissions: [`${INSIGHTS}/diagnosticSettings/read`],
    list: (ctx) => ctx.clients.monitor.diagnosticSettings.list(`${ctx.parent!.id}${subPath}`.replace(/^\/+/, '')),
    merge(records) {
      const { facts, edges } = diagnosticFacts(records);
      if (subPath) facts.dataEventsLogged = (facts.logCategories ?? []).some((c) => DATA_EVENTS.has(c.toLowerCase()));
      return { facts, edges };
    },
  });
}

export const monitorCollectors = [
  diagnosticSettingsOf(workspaces),
  diagnosticSettingsOf(onlineEndpoints),
  diagnosticSettingsOf(registries),
  diagnosticSettingsOf(storageAccounts, '/blobServices/default'),
  diagnosticSettingsOf(keyVaults),
  diagnosticSettingsOf(aiServicesAccounts),
] as const;
