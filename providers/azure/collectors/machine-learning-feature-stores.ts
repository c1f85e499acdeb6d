// Azure ML managed feature stores: workspaces of kind FeatureStore. The workspaces collector lists
// them (its `recordKinds` makes them kind `feature-store`) and normalises the workspace-level facts
// (public network access, private endpoints, managed network, customer-managed key) as for any
// workspace; this file adds what only a feature store has: its offline and online materialization
// stores, named as workspace connections in `properties.featureStoreSettings`
// (https://learn.microsoft.com/rest/api/azureml/workspaces/get, FeatureStoreSettings), and the
// materialization identity, a user-assigned identity of the feature store (the `assumes` edges of
// every workspace).
import { parseArmId, str, type ArmResource } from '../arm.js';
import type { EdgeSpec } from '../collector.js';
import { STORAGE_BY_NAME, storageAccountNameOf } from './ml-refs.js';

export const FEATURE_STORE_KIND = 'featurestore';

/** Feature store → the connections holding its offline store (ADLS Gen2) and online store (Azure Cache for Redis). */
export function featureStoreEdges(raw: ArmResource): EdgeSpec[] {
  if (raw.kind?.toLowerCase() !== FEATURE_STORE_KIND) return [];
  const settings = raw.properties?.featureStoreSettings;
  const names = [str(settings, 'offlineStoreConnectionName'), str(settings, 'onlineStoreConnectionName')];
  return names.filter((n): n is string => !!n).map((name) => ({ kind: 'connects-to' as const, to: `${raw.id}/connections/${name}` }));
}

/**
 * The resource a connection's `target` names, when `metadata.ResourceId` does not: an ARM id (a
 * storage container's id is cut to its account) or a blob / dfs URL (the account, by name).
 */
export function connectionTargetOf(target: string | undefined): string | undefined {
  if (!target) return undefined;
  if (target.startsWith('/subscriptions/')) {
    const m = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Storage\/storageAccounts\/[^/]+)/i.exec(target);
    if (m) return m[1];
    return parseArmId(target).segments.length > 0 ? target : undefined;
  }
  const account = storageAccountNameOf(target);
  return account ? `${STORAGE_BY_NAME}${account}` : undefined;
}
