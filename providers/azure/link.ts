import { recordValue, type AssetInput, type AssetKind, type CoverageGap, type Edge, type EdgeKind, type Facts } from '../../src/model/index.js';
import { gapHides } from '../../src/graph/coverage.js';
import type { Inventory } from '../../src/scan/source.js';
import { idKey, isUnder, str, subscriptionOf, type ArmResource } from './arm.js';
import { linkContentFilters } from './collectors/cognitive-services-link.js';
import { ML_KINDS } from './collectors/machine-learning.js';
import { STORAGE_BY_NAME } from './collectors/ml-refs.js';
import { inheritFacts } from './inherit.js';
import type { InventoryBuilder } from './runner.js';

/** Kinds whose `mlRelated` fact says whether an ML asset uses them. */
const SUPPORTING = new Set<AssetKind>(['storage', 'key-vault', 'container-registry', 'private-endpoint', 'network', 'subnet', 'security-group', 'identity']);
/** Edges along which "used by ML" spreads from ML assets to what supports them. */
// connects-to: a connection's target (e.g. a feature store's offline store account) serves ML too.
const SUPPORT_EDGES = new Set<EdgeKind>(['assumes', 'uses-storage', 'uses-key-vault', 'uses-registry', 'encrypted-by', 'private-endpoint', 'in-network', 'stored-in', 'protected-by', 'monitored-by', 'connects-to']);

export interface LinkOptions {
  /** Subscriptions whose workspace listing succeeded: there, "no ML edge" means not ML-related. */
  mlVisible: ReadonlySet<string>;
  /** Before-release check: keep only this workspace and what it reaches. */
  workspace?: string;
}

/**
 * Cross-collector work once everything is read: edge ends resolved to the ids assets carry (ARM
 * ids are case-insensitive and linked ids often differ in case), storage accounts named in URLs
 * resolved by name, role names and breadth copied onto assignments, `mlRelated` set on
 * supporting resources, and the workspace narrowing applied.
 */
export function linkInventory(builder: InventoryBuilder, options: LinkOptions): Inventory {
  const assets = [...builder.assets.values()];
  const byKey = new Map(assets.map((a) => [idKey(a.id), a]));
  const edges = resolveEdges(builder.edges, assets, byKey);
  inheritFacts(assets, edges, byKey, builder.gaps);
  const linked: Linked = { assets, byKey, edges, out: bySource(edges.values()) };
  linkAssignmentsToIdentities(linked);
  const usedRoles = copyRolesOntoAssignments(linked);
  rollUpIdentityPrivilege(linked, builder.gaps);
  markMlRelated(linked, builder.gaps, options.mlVisible);
  markFlowLogs(linked, builder.gaps);
  linkContentFilters(assets, byKey, linked.out, builder.gaps);

  const keep = (a: AssetInput): boolean =>
    a.kind !== 'role' || usedRoles.has(a.id) || str(recordValue(a, 'properties'), 'type') === 'CustomRole';
  let kept = assets.filter(keep);
  if (options.workspace) kept = narrowToWorkspace(kept, linked.out, options.workspace);
  const keptIds = new Set(kept.map((a) => a.id));
  const missing = options.workspace ? workspaceNotFound(options.workspace, keptIds, builder.gaps) : undefined;
  return {
    assets: kept,
    edges: [...edges.values()].filter((e) => keptIds.has(e.from)),
    gaps: missing ? [...builder.gaps, missing] : builder.gaps,
  };
}

/**
 * `--azure-workspace` naming a workspace the scan did not find (mistyped, deleted, another
 * subscription) is a coverage gap: an empty inventory would read as a clean check. A subscription
 * whose workspace listing failed (or that could not be scanned) already has its gap.
 */
function workspaceNotFound(workspace: string, keptIds: ReadonlySet<string>, gaps: readonly CoverageGap[]): CoverageGap | undefined {
  const key = idKey(workspace);
  if ([...keptIds].some((id) => idKey(id) === key)) return undefined;
  const account = subscriptionOf(workspace) ?? workspace;
  const blind = gaps.some((g) => g.account.toLowerCase() === account.toLowerCase() && g.scope === undefined && (!g.kinds || g.kinds.includes('workspace')));
  if (blind) return undefined;
  const message = `workspace ${workspace} was not found in the subscription: nothing about it is reported`;
  return { provider: 'azure', account, service: 'Microsoft.MachineLearningServices', errorCode: 'WorkspaceNotFound', message, kinds: ['workspace'] };
}

/** The inventory being linked: assets by case-insensitive id, edges by identity and by source. */
interface Linked {
  assets: AssetInput[];
  byKey: ReadonlyMap<string, AssetInput>;
  edges: Map<string, Edge>;
  out: Map<string, Edge[]>;
}

const edgeKey = (e: Edge) => `${e.from}\u0000${e.kind}\u0000${e.to}`;

/** Edge ends resolved to the ids the assets carry (and storage named in URLs to the account); edges from unknown assets dropped. */
function resolveEdges(raw: readonly Edge[], assets: readonly AssetInput[], byKey: ReadonlyMap<string, AssetInput>): Map<string, Edge> {
  const storageByName = new Map(assets.filter((a) => a.kind === 'storage').map((a) => [a.name.toLowerCase(), a]));
  const resolve = (id: string): string | undefined => {
    if (id.startsWith(STORAGE_BY_NAME)) return storageByName.get(id.slice(STORAGE_BY_NAME.length).toLowerCase())?.id;
    return byKey.get(idKey(id))?.id ?? id;
  };
  const edges = new Map<string, Edge>();
  for (const e of raw) {
    const from = resolve(e.from);
    const to = resolve(e.to);
    if (!from || !to || !byKey.has(idKey(from))) continue;
    const edge: Edge = { from, to, kind: e.kind };
    edges.set(edgeKey(edge), edge);
  }
  return edges;
}

function bySource(edges: Iterable<Edge>): Map<string, Edge[]> {
  const out = new Map<string, Edge[]>();
  for (const e of edges) addOut(out, e);
  return out;
}

function addOut(out: Map<string, Edge[]>, e: Edge): void {
  const list = out.get(e.from);
  if (list) list.push(e);
  else out.set(e.from, [e]);
}

/** Role assignments to a collected identity point at it (role-assignment granted-to identity). */
function linkAssignmentsToIdentities({ assets, edges, out }: Linked): void {
  const identityByPrincipal = new Map<string, AssetInput>();
  for (const a of assets) {
    const principal = str(recordValue(a, 'properties'), 'principalId');
    if (a.kind === 'identity' && principal) identityByPrincipal.set(principal.toLowerCase(), a);
  }
  for (const a of assets.filter((x) => x.kind === 'role-assignment')) {
    const principal = str(recordValue(a, 'properties'), 'principalId');
    const identity = principal ? identityByPrincipal.get(principal.toLowerCase()) : undefined;
    if (!identity) continue;
    const e: Edge = { from: a.id, to: identity.id, kind: 'granted-to' };
    edges.set(edgeKey(e), e);
    addOut(out, e);
    if (a.facts?.principalType === 'service-principal') a.facts = { ...a.facts, principalType: 'managed-identity' };
  }
}

/** Role assignments take the role's name and breadth; returns the roles some assignment grants (unused built-in roles are dropped). */
function copyRolesOntoAssignments({ assets, byKey, out }: Linked): Set<string> {
  const usedRoles = new Set<string>();
  for (const a of assets.filter((x) => x.kind === 'role-assignment')) {
    const role = (out.get(a.id) ?? []).find((e) => e.kind === 'grants-role');
    const def = role ? byKey.get(idKey(role.to)) : undefined;
    if (!def) continue;
    usedRoles.add(def.id);
    const f = def.facts ?? {};
    a.facts = { ...a.facts, ...(f.roleName ? { roleName: f.roleName } : {}), ...(f.privilege ? { privilege: f.privilege } : {}), ...(f.wildcardActions ? { wildcardActions: f.wildcardActions } : {}) };
  }
  return usedRoles;
}

type Privilege = NonNullable<Facts['privilege']>;
const PRIVILEGE_RANK: Record<Privilege, number> = { read: 0, scoped: 1, broad: 2, admin: 3 };

/**
 * What one role assignment gives its principal: the role's breadth, except that an admin role at a
 * single resource controls that resource (and who may use it), not the subscription: `broad`.
 */
export function grantedPrivilege(assignment: Facts): Privilege | undefined {
  const { privilege, scopeLevel } = assignment;
  return privilege === 'admin' && scopeLevel === 'resource' ? 'broad' : privilege;
}

/**
 * An identity's privilege and wildcard actions from the role assignments granted to it: the
 * highest privilege and the union of wildcards. `complete`: every assignment that could name it
 * was listed; otherwise (or when an assignment's role was not read) the privilege is undefined
 * unless one already makes it admin, and the wildcards unless one was seen.
 */
export function rollUpGrants(grants: readonly Facts[], complete: boolean): Pick<Facts, 'privilege' | 'wildcardActions'> {
  let privilege: Privilege = 'read';
  let privilegeKnown = complete;
  let wildcardsKnown = complete;
  const wildcards = new Set<string>();
  for (const grant of grants) {
    const p = grantedPrivilege(grant);
    if (p === undefined) privilegeKnown = false;
    else if (PRIVILEGE_RANK[p] > PRIVILEGE_RANK[privilege]) privilege = p;
    if (grant.wildcardActions === undefined) wildcardsKnown = false;
    else for (const a of grant.wildcardActions) wildcards.add(a);
  }
  return {
    ...(privilegeKnown || privilege === 'admin' ? { privilege } : {}),
    ...(wildcardsKnown || wildcards.size > 0 ? { wildcardActions: [...wildcards].sort() } : {}),
  };
}

/**
 * User-assigned identities (what workspaces, compute and endpoints run as) take the privilege and
 * wildcard actions of the role assignments granted to them, so the identity rules judge them as
 * they judge an IAM role. Complete only where no role-assignment or role listing of the
 * identity's subscription failed.
 */
function rollUpIdentityPrivilege({ assets, byKey, out }: Linked, gaps: readonly CoverageGap[]): void {
  const grants = new Map<string, Facts[]>();
  for (const a of assets) {
    if (a.kind !== 'role-assignment') continue;
    for (const e of out.get(a.id) ?? []) {
      const identity = e.kind === 'granted-to' ? byKey.get(idKey(e.to)) : undefined;
      if (identity?.kind !== 'identity') continue;
      const list = grants.get(identity.id);
      if (list) list.push(a.facts ?? {});
      else grants.set(identity.id, [a.facts ?? {}]);
    }
  }
  for (const identity of assets) {
    if (identity.kind !== 'identity') continue;
    const where = { account: identity.account };
    const complete = !gaps.some((g) => gapHides(g, 'role-assignment', where) || gapHides(g, 'role', where));
    identity.facts = { ...identity.facts, ...rollUpGrants(grants.get(identity.id) ?? [], complete) };
  }
}

/** mlRelated: reachable from an ML asset along support edges (a subnet also marks its network). */
function markMlRelated({ assets, byKey, edges, out }: Linked, gaps: readonly CoverageGap[], mlVisible: ReadonlySet<string>): void {
  const related = new Set<string>();
  const queue = assets.filter((a) => ML_KINDS.has(a.kind)).map((a) => a.id);
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of out.get(id) ?? []) {
      if (!SUPPORT_EDGES.has(e.kind) || related.has(e.to)) continue;
      related.add(e.to);
      queue.push(e.to);
    }
  }
  for (const e of edges.values()) if (e.kind === 'contains' && related.has(e.to) && byKey.get(idKey(e.from))?.kind === 'network') related.add(e.from);
  // "Not ML-related" only where no gap hid an asset whose edges could have linked ML to it.
  const linkKinds = [...ML_KINDS, ...SUPPORTING];
  const linksHidden = new Set(gaps.filter((g) => linkKinds.some((kind) => gapHides(g, kind, { account: g.account }))).map((g) => g.account));
  for (const a of assets) {
    if (!SUPPORTING.has(a.kind)) continue;
    if (related.has(a.id)) a.facts = { ...a.facts, mlRelated: true };
    else if (mlVisible.has(a.account) && !linksHidden.has(a.account)) a.facts = { ...a.facts, mlRelated: false };
  }
}

/**
 * Flow logs: a VNet or NSG is logged when an enabled flow log targets it. "Not logged" only where
 * flow logs were readable in that subscription.
 */
function markFlowLogs({ assets, byKey, out }: Linked, gaps: readonly CoverageGap[]): void {
  const flowLogsBlind = new Set(gaps.filter((g) => g.kinds?.some((k) => k === 'log-sink' || k === 'monitoring')).map((g) => g.account));
  for (const a of assets) {
    if (a.kind !== 'network' && a.kind !== 'security-group') continue;
    const sinks = (out.get(a.id) ?? []).filter((e) => e.kind === 'logs-to').map((e) => byKey.get(idKey(e.to))).filter((s) => s?.kind === 'log-sink');
    const enabled = sinks.filter((s) => s!.facts?.loggingEnabled === true);
    if (enabled.length) a.facts = { ...a.facts, loggingEnabled: true, logDestinations: enabled.flatMap((s) => s!.facts?.logDestinations ?? []) };
    else if (!flowLogsBlind.has(a.account)) a.facts = { ...a.facts, loggingEnabled: false };
  }
}

/** The workspace, everything below it, what those reach, and the role assignments that govern it. */
function narrowToWorkspace(assets: AssetInput[], out: Map<string, Edge[]>, workspace: string): AssetInput[] {
  const keep = new Set<string>();
  const queue: string[] = [];
  for (const a of assets) {
    if (isUnder(a.id, workspace)) {
      keep.add(a.id);
      queue.push(a.id);
    }
  }
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of out.get(id) ?? []) {
      if (keep.has(e.to)) continue;
      keep.add(e.to);
      queue.push(e.to);
    }
  }
  for (const a of assets) {
    if (a.kind !== 'role-assignment') continue;
    const scope = str(recordValue(a, 'properties'), 'scope');
    if (scope && (isUnder(workspace, scope) || isUnder(scope, workspace))) {
      keep.add(a.id);
      for (const e of out.get(a.id) ?? []) keep.add(e.to);
    }
  }
  return assets.filter((a) => keep.has(a.id));
}
