import { ORG } from '../org.js';
import type { DescribedRecord } from '../estate-builder.js';
import { recordOf } from '../../../../../src/model/index.js';
import { addAzureRecord, armId, type AzureScope } from './scope.js';

const AUTHZ = 'Microsoft.Authorization';

/** Built-in role definitions the sample grants: ids are Azure's real, tenant-independent GUIDs. */
export const BUILT_IN_ROLES = {
  Owner: { guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', actions: ['*'], notActions: [] },
  Contributor: {
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    actions: ['*'],
    notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'],
  },
  'AzureML Data Scientist': {
    guid: 'f6c7c914-8db3-469d-8ca1-694a8f32e121',
    actions: ['Microsoft.MachineLearningServices/workspaces/*/read', 'Microsoft.MachineLearningServices/workspaces/*/action', 'Microsoft.MachineLearningServices/workspaces/*/delete', 'Microsoft.MachineLearningServices/workspaces/*/write'],
    notActions: ['Microsoft.MachineLearningServices/workspaces/delete', 'Microsoft.MachineLearningServices/workspaces/write', 'Microsoft.MachineLearningServices/workspaces/computes/*/write'],
  },
  'Storage Blob Data Reader': { guid: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/read'], notActions: [] },
  'Storage Blob Data Contributor': {
    guid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/delete', 'Microsoft.Storage/storageAccounts/blobServices/containers/read', 'Microsoft.Storage/storageAccounts/blobServices/containers/write'],
    notActions: [],
  },
  AcrPull: { guid: '7f951dda-4ed3-4680-a7ca-43fe172d538d', actions: ['Microsoft.ContainerRegistry/registries/pull/read'], notActions: [] },
} as const satisfies Record<string, { guid: string; actions: string[]; notActions: string[] }>;

export type BuiltInRole = keyof typeof BUILT_IN_ROLES;

/** A built-in role definition as listed at subscription scope. */
export function roleDefinition(scope: AzureScope, roleName: BuiltInRole): DescribedRecord {
  const role = BUILT_IN_ROLES[roleName];
  const id = `/subscriptions/${scope.subscription}/providers/${AUTHZ}/roleDefinitions/${role.guid}`;
  return addAzureRecord(scope, {
    id,
    name: roleName,
    type: `${AUTHZ}/roleDefinitions`,
    region: 'global',
    body: {
      properties: {
        roleName,
        type: 'BuiltInRole',
        description: `Built-in role ${roleName}`,
        assignableScopes: ['/'],
        permissions: [{ actions: role.actions, notActions: role.notActions, dataActions: [], notDataActions: [] }],
      },
    },
  });
}

/**
 * A user-assigned managed identity (principal and client ids are identifiers, not secrets); the
 * provider's linker rolls the role assignments granted to it up into its privilege.
 */
export function managedIdentity(scope: AzureScope, o: { name: string; principalId: string; clientId: string }): DescribedRecord {
  return addAzureRecord(scope, {
    id: armId(scope, 'Microsoft.ManagedIdentity', 'userAssignedIdentities', o.name),
    name: o.name,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    body: { properties: { tenantId: ORG.tenantId, principalId: o.principalId, clientId: o.clientId } },
  });
}

type Principal =
  | { type: 'managed-identity'; identity: DescribedRecord }
  | { type: 'user' | 'guest' | 'group' | 'service-principal'; principalId: string; display: string };

const ARM_PRINCIPAL_TYPE = { 'managed-identity': 'ServicePrincipal', 'service-principal': 'ServicePrincipal', user: 'User', guest: 'User', group: 'Group' } as const;

export interface RoleAssignmentOptions {
  guid: string;
  role: DescribedRecord;
  principal: Principal;
  /** The asset granted on; absent for subscription-wide grants. */
  on?: DescribedRecord;
  description?: string;
}

/**
 * A role assignment (Microsoft.Authorization/roleAssignments). The role's breadth is copied onto
 * the assignment, as the provider does, so a rule can judge it without a second lookup. ARM
 * calls a B2B guest a plain 'User'; the provider learns it is a guest from Microsoft Graph.
 */
export function roleAssignment(scope: AzureScope, o: RoleAssignmentOptions): DescribedRecord {
  const grantScope = o.on?.id ?? `/subscriptions/${scope.subscription}`;
  const id = `${grantScope}/providers/${AUTHZ}/roleAssignments/${o.guid}`;
  const principalId = o.principal.type === 'managed-identity' ? recordOf<{ properties: { principalId: string } }>(o.principal.identity)!.properties.principalId : o.principal.principalId;
  const display = o.principal.type === 'managed-identity' ? o.principal.identity.name : o.principal.display;
  const assignment = addAzureRecord(scope, {
    id,
    name: `${o.role.name} → ${display}`,
    type: `${AUTHZ}/roleAssignments`,
    region: 'global',
    body: {
      properties: {
        roleDefinitionId: o.role.id,
        principalId,
        principalType: ARM_PRINCIPAL_TYPE[o.principal.type],
        scope: grantScope,
        ...(o.description && { description: o.description }),
        createdOn: '2025-03-18T10:22:31.5120000Z',
        updatedOn: '2025-03-18T10:22:31.5120000Z',
        createdBy: 'b7e0c3a1-5d2f-4e8a-9c61-3f0a2d4b8e95',
      },
    },
  });
  return assignment;
}
