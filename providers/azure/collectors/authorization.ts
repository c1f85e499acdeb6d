import type { Facts } from '../../../src/model/index.js';
import { arr, str, type ArmResource } from '../arm.js';
import { defineCollector } from '../collector.js';

const AUTHZ = 'Microsoft.Authorization';

export type Privilege = NonNullable<Facts['privilege']>;

/** Breadth of a role from its actions: Owner-like, Contributor-like, wildcards, or read. */
export function privilegeOf(role: ArmResource): { privilege: Privilege; wildcardActions: string[] } {
  const actions: string[] = [];
  const notActions: string[] = [];
  for (const perm of arr(role.properties, 'permissions')) {
    actions.push(...arr(perm, 'actions').map(String));
    notActions.push(...arr(perm, 'notActions').map(String));
  }
  const lower = actions.map((a) => a.toLowerCase());
  const wildcardActions = actions.filter((a) => a.includes('*'));
  const blocksAuthz = notActions.some((a) => a.toLowerCase().startsWith('microsoft.authorization/*'));
  let privilege: Privilege;
  if (lower.includes('*')) privilege = blocksAuthz ? 'broad' : 'admin';
  else if (lower.some((a) => a === 'microsoft.authorization/*' || a === 'microsoft.authorization/roleassignments/write' || a === 'microsoft.authorization/*/write')) privilege = 'admin';
  else if (lower.length > 0 && lower.every((a) => a.endsWith('/read'))) privilege = 'read';
  else if (lower.some((a) => a.includes('*') && !a.endsWith('/read'))) privilege = 'broad';
  else privilege = 'scoped';
  return { privilege, wildcardActions };
}

export const roleDefinitions = defineCollector({
  type: 'asset',
  name: 'authorization/role-definitions',
  service: AUTHZ,
  kind: 'role',
  nativeType: `${AUTHZ}/roleDefinitions`,
  facts: ['privilege', 'wildcardActions', 'roleName'],
  permissions: [`${AUTHZ}/roleDefinitions/read`],
  list: ({ clients, subscriptionId }) => clients.authorization.roleDefinitions.list(`subscriptions/${subscriptionId}`),
  normalize(raw) {
    const { privilege, wildcardActions } = privilegeOf(raw);
    const facts: Facts = { privilege, wildcardActions };
    const name = str(raw.properties, 'roleName');
    if (name) facts.roleName = name;
    return { facts, ...(name ? { name } : {}) };
  },
});

const PRINCIPAL_TYPES: Record<string, NonNullable<Facts['principalType']>> = {
  user: 'user',
  group: 'group',
  serviceprincipal: 'service-principal',
  foreigngroup: 'guest',
};

export function scopeLevelOf(scope: string): NonNullable<Facts['scopeLevel']> {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  if (s === '' || s === '/' || s.startsWith('/providers/microsoft.management/managementgroups')) return 'organization';
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resource-group';
  return 'resource';
}

export const roleAssignments = defineCollector({
  type: 'asset',
  name: 'authorization/role-assignments',
  service: AUTHZ,
  kind: 'role-assignment',
  nativeType: `${AUTHZ}/roleAssignments`,
  facts: ['principalType', 'scopeLevel'],
  permissions: [`${AUTHZ}/roleAssignments/read`],
  list: ({ clients }) => clients.authorization.roleAssignments.listForSubscription(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    const type = str(p, 'principalType');
    facts.principalType = (type && PRINCIPAL_TYPES[type.toLowerCase()]) || 'unknown';
    const scope = str(p, 'scope');
    if (scope) facts.scopeLevel = scopeLevelOf(scope);
    const role = str(p, 'roleDefinitionId');
    return {
      facts,
      edges: [...(role ? [{ kind: 'grants-role' as const, to: role }] : []), ...(scope ? [{ kind: 'granted-to' as const, to: scope }] : [])],
    };
  },
});

export const authorizationCollectors = [roleDefinitions, roleAssignments] as const;
