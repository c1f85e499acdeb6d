import { defineCollector } from '../collector.js';

const MI = 'Microsoft.ManagedIdentity';
/** No SDK for Microsoft.ManagedIdentity is installed: read with a GET at this api-version. */
export const MANAGED_IDENTITY_API_VERSION = '2023-01-31';

/** User-assigned managed identities: what ML workspaces, compute and endpoints run as (`assumes`). */
export const userAssignedIdentities = defineCollector({
  type: 'asset',
  name: 'identity/user-assigned',
  service: MI,
  kind: 'identity',
  nativeType: `${MI}/userAssignedIdentities`,
  facts: ['principalType'],
  permissions: [`${MI}/userAssignedIdentities/read`],
  list: ({ clients, subscriptionId }) =>
    clients.genericList(`/subscriptions/${subscriptionId}/providers/${MI}/userAssignedIdentities`, MANAGED_IDENTITY_API_VERSION),
  normalize: () => ({ facts: { principalType: 'managed-identity' } }),
});

export const identityCollectors = [userAssignedIdentities] as const;
