import type { AssetKind, EdgeKind, Facts } from '../../../src/model/index.js';
import {
  approvedPrivateEndpoints,
  bool,
  enabled,
  idPart,
  num,
  obj,
  resourceGroupOf,
  str,
  userAssignedIdentities,
  type ArmResource,
} from '../arm.js';
import { defineCollector, type EdgeSpec, type ListContext } from '../collector.js';
import { assetVersionId, STORAGE_BY_NAME, storageTargetOf, workspaceIdOf } from './ml-refs.js';

const ML = 'Microsoft.MachineLearningServices';
const WS = `${ML}/workspaces`;

/** Resource group and workspace name of the parent record (a workspace or anything below one). */
function inWorkspace(ctx: ListContext): { rg: string; ws: string } {
  const id = ctx.parent!.id;
  return { rg: resourceGroupOf(id)!, ws: idPart(id, 'workspaces')! };
}

function identityEdges(raw: ArmResource): EdgeSpec[] {
  return userAssignedIdentities(raw).map((to) => ({ kind: 'assumes' as const, to }));
}

function edge(kind: EdgeKind, to: string | undefined): EdgeSpec[] {
  return to ? [{ kind, to }] : [];
}

// ---------------------------------------------------------------- workspaces

export const workspaces = defineCollector({
  type: 'asset',
  name: 'machine-learning/workspaces',
  service: ML,
  kind: 'workspace',
  nativeType: WS,
  permissions: [`${WS}/read`],
  list: ({ clients }) => clients.machineLearning.workspaces.listBySubscription(),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    // publicNetworkAccess is the switch; the legacy allowPublicAccessWhenBehindVnet re-opens a private workspace.
    const pna = enabled(p.publicNetworkAccess);
    if (pna !== undefined) facts.publicNetworkAccess = pna || p.allowPublicAccessWhenBehindVnet === true;
    facts.privateEndpoints = approvedPrivateEndpoints(raw).count;
    // managedNetwork is absent from the 2022-10-01 SDK model; it arrives through the raw body of a
    // current api-version. Absent from a current-version body means no managed network.
    const isolation = str(p, 'managedNetwork', 'isolationMode');
    if (isolation) {
      facts.networkIsolation = isolation !== 'Disabled';
      facts.outboundRestricted = isolation === 'AllowOnlyApprovedOutbound';
    } else if (raw.properties) {
      facts.networkIsolation = false;
      facts.outboundRestricted = false;
    }
    // `encryption` holds only the customer-managed key settings; a workspace created without one
    // comes back with no `encryption` block and its data is encrypted with Microsoft-managed keys
    // (https://learn.microsoft.com/rest/api/azureml/workspaces/get, EncryptionProperty;
    // https://learn.microsoft.com/azure/machine-learning/concept-data-encryption). So a record
    // that was read (properties present) without the block is platform-keyed, not unknown.
    const encryption = str(p, 'encryption', 'status');
    if (encryption) facts.encryption = encryption === 'Enabled' ? 'cmk' : 'platform';
    else if (raw.properties) facts.encryption = 'platform';
    const keyId = str(p, 'encryption', 'keyVaultProperties', 'keyIdentifier');
    if (keyId) facts.encryptionKeyId = keyId;
    const hbi = bool(p, 'hbiWorkspace');
    // hbiWorkspace defaults to false (https://learn.microsoft.com/rest/api/azureml/workspaces/get,
    // WorkspaceProperties.hbiWorkspace): a read record without it is not high business impact.
    if (hbi !== undefined) facts.highBusinessImpact = hbi;
    else if (raw.properties) facts.highBusinessImpact = false;
    return {
      facts,
      edges: [
        ...edge('uses-storage', str(p, 'storageAccount')),
        ...edge('uses-key-vault', str(p, 'keyVault')),
        ...edge('uses-registry', str(p, 'containerRegistry')),
        ...edge('monitored-by', str(p, 'applicationInsights')),
        ...edge('encrypted-by', str(p, 'encryption', 'keyVaultProperties', 'keyVaultArmId')),
        ...approvedPrivateEndpoints(raw).ids.map((to) => ({ kind: 'private-endpoint' as const, to })),
        ...identityEdges(raw),
      ],
    };
  },
});

// ---------------------------------------------------------------- computes

const NODE_COMPUTE = new Set(['ComputeInstance', 'AmlCompute']);

export const computes = defineCollector({
  type: 'asset',
  name: 'machine-learning/computes',
  service: ML,
  parent: workspaces.name,
  kind: 'compute',
  nativeType: `${WS}/computes`,
  permissions: [`${WS}/computes/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.computeOperations.list(rg, ws);
  },
  normalize(raw) {
    const p = raw.properties ?? {};
    const inner = obj(p, 'properties') ?? {};
    const type = str(p, 'computeType');
    const facts: Facts = {};
    const disableLocalAuth = bool(p, 'disableLocalAuth');
    if (disableLocalAuth !== undefined) facts.localAuthEnabled = !disableLocalAuth;
    const publicIp = bool(inner, 'enableNodePublicIp');
    if (publicIp !== undefined) facts.publicIp = publicIp;
    const subnet = str(inner, 'subnet', 'id');
    if (subnet) facts.inVirtualNetwork = true;
    else if (type && NODE_COMPUTE.has(type)) facts.inVirtualNetwork = false;
    if (type === 'ComputeInstance') {
      const ssh = enabled(str(inner, 'sshSettings', 'sshPublicAccess'));
      if (ssh !== undefined) facts.sshEnabled = ssh;
      facts.idleShutdown = str(inner, 'idleTimeBeforeShutdown') !== undefined;
      const root = bool(inner, 'enableRootAccess');
      if (root !== undefined) facts.rootAccess = root;
    } else if (type === 'AmlCompute') {
      const remote = str(inner, 'remoteLoginPortPublicAccess');
      // NotSpecified opens the port on every node when the cluster is not in a VNet.
      if (remote === 'Enabled') facts.sshEnabled = true;
      else if (remote === 'Disabled') facts.sshEnabled = false;
      else if (remote === 'NotSpecified') facts.sshEnabled = !subnet;
      const min = num(inner, 'scaleSettings', 'minNodeCount');
      if (min !== undefined) facts.idleShutdown = min === 0;
    }
    return { facts, edges: [...edge('in-network', subnet), ...identityEdges(raw)] };
  },
});

// ---------------------------------------------------------------- datastores

/** Credential type → the auth mode it stands for. The secrets themselves are never kept. */
const DATASTORE_AUTH: Record<string, { mode: string; local: boolean }> = {
  AccountKey: { mode: 'key', local: true },
  Sas: { mode: 'token', local: true },
  ServicePrincipal: { mode: 'aad', local: false },
  Certificate: { mode: 'aad', local: false },
  None: { mode: 'aad', local: false },
};

export const datastores = defineCollector({
  type: 'asset',
  name: 'machine-learning/datastores',
  service: ML,
  parent: workspaces.name,
  kind: 'datastore',
  nativeType: `${WS}/datastores`,
  permissions: [`${WS}/datastores/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.datastores.list(rg, ws);
  },
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    const type = str(p, 'credentials', 'credentialsType');
    const auth = type ? DATASTORE_AUTH[type] : undefined;
    if (auth) {
      facts.authModes = [auth.mode];
      facts.localAuthEnabled = auth.local;
    }
    const account = str(p, 'accountName');
    const sub = str(p, 'subscriptionId');
    const rg = str(p, 'resourceGroup');
    const target = account
      ? sub && rg
        ? `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Storage/storageAccounts/${account}`
        : `${STORAGE_BY_NAME}${account.toLowerCase()}`
      : undefined;
    return { facts, edges: edge('uses-storage', target) };
  },
});

// ---------------------------------------------------------------- data assets

export const dataContainers = defineCollector({
  type: 'asset',
  name: 'machine-learning/data',
  service: ML,
  parent: workspaces.name,
  kind: 'dataset',
  nativeType: `${WS}/data`,
  permissions: [`${WS}/data/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.dataContainers.list(rg, ws);
  },
  normalize: () => ({ facts: {} }),
});

export const dataVersions = defineCollector({
  type: 'asset',
  name: 'machine-learning/data-versions',
  service: ML,
  parent: dataContainers.name,
  kind: 'dataset',
  nativeType: `${WS}/data/versions`,
  permissions: [`${WS}/data/versions/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.dataVersions.list(rg, ws, ctx.parent!.name!);
  },
  normalize(raw, parent) {
    const uri = str(raw.properties, 'dataUri');
    const ws = workspaceIdOf(raw.id);
    return {
      name: `${parent?.name ?? idPart(raw.id, 'data')}:${raw.name}`,
      facts: { versioning: true },
      edges: edge('stored-in', uri && ws ? storageTargetOf(uri, ws) : undefined),
    };
  },
});

// ---------------------------------------------------------------- models

export const modelContainers = defineCollector({
  type: 'asset',
  name: 'machine-learning/models',
  service: ML,
  parent: workspaces.name,
  kind: 'model',
  nativeType: `${WS}/models`,
  permissions: [`${WS}/models/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.modelContainers.list(rg, ws);
  },
  normalize: () => ({ facts: { registered: true } }),
});

export const modelVersions = defineCollector({
  type: 'asset',
  name: 'machine-learning/model-versions',
  service: ML,
  parent: modelContainers.name,
  kind: 'model-version',
  nativeType: `${WS}/models/versions`,
  permissions: [`${WS}/models/versions/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.modelVersions.list(rg, ws, ctx.parent!.name!);
  },
  normalize(raw, parent) {
    const p = raw.properties ?? {};
    const ws = workspaceIdOf(raw.id);
    const job = str(p, 'jobName');
    const uri = str(p, 'modelUri');
    const edges: EdgeSpec[] = [];
    if (parent) edges.push({ kind: 'version-of', to: parent.id });
    if (job && ws) edges.push({ kind: 'produced-by', to: `${ws}/jobs/${job}` });
    if (uri && ws) edges.push(...edge('stored-in', storageTargetOf(uri, ws)));
    return {
      name: `${parent?.name ?? idPart(raw.id, 'models')}:${raw.name}`,
      facts: { registered: true, versioning: true, lineageRecorded: job !== undefined },
      edges,
    };
  },
});

/** The job that produced a model version: read by name, so only jobs that matter are fetched. */
export const modelJobs = defineCollector({
  type: 'asset',
  name: 'machine-learning/jobs',
  service: ML,
  parent: modelVersions.name,
  parentEdge: null,
  kind: 'training-job',
  nativeType: `${WS}/jobs`,
  permissions: [`${WS}/jobs/read`],
  when: (version) => str(version.properties, 'jobName') !== undefined,
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.jobs.get(rg, ws, str(ctx.parent!.properties, 'jobName')!);
  },
  normalize(raw) {
    const ws = workspaceIdOf(raw.id);
    const edges: EdgeSpec[] = [];
    for (const input of Object.values(obj(raw.properties, 'inputs') ?? {})) {
      const uri = str(input, 'uri');
      if (!uri || !ws) continue;
      const target = assetVersionId(uri, ws, 'data') ?? storageTargetOf(uri, ws);
      if (target) edges.push({ kind: 'trained-on', to: target });
    }
    return { facts: { lineageRecorded: edges.length > 0 }, edges };
  },
});

// ---------------------------------------------------------------- endpoints and deployments

const ENDPOINT_AUTH: Record<string, string> = { key: 'key', amltoken: 'token', aadtoken: 'aad' };

function endpointFacts(raw: ArmResource): Facts {
  const p = raw.properties ?? {};
  const facts: Facts = {};
  const mode = str(p, 'authMode');
  const normalised = mode ? ENDPOINT_AUTH[mode.toLowerCase()] : undefined;
  if (normalised) {
    facts.authModes = [normalised];
    facts.localAuthEnabled = normalised === 'key';
  }
  const pna = enabled(p.publicNetworkAccess);
  if (pna !== undefined) facts.publicNetworkAccess = pna;
  return facts;
}

export const onlineEndpoints = defineCollector({
  type: 'asset',
  name: 'machine-learning/online-endpoints',
  service: ML,
  parent: workspaces.name,
  kind: 'endpoint',
  nativeType: `${WS}/onlineEndpoints`,
  permissions: [`${WS}/onlineEndpoints/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.onlineEndpoints.list(rg, ws);
  },
  normalize: (raw) => ({ facts: endpointFacts(raw), edges: identityEdges(raw) }),
});

export const onlineDeployments = defineCollector({
  type: 'asset',
  name: 'machine-learning/online-deployments',
  service: ML,
  parent: onlineEndpoints.name,
  kind: 'deployment',
  nativeType: `${WS}/onlineEndpoints/deployments`,
  permissions: [`${WS}/onlineEndpoints/deployments/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.onlineDeployments.list(rg, ws, ctx.parent!.name!);
  },
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    const egress = enabled(p.egressPublicNetworkAccess);
    if (egress !== undefined) facts.directInternetAccess = egress;
    const capacity = num(raw.sku, 'capacity');
    if (capacity !== undefined) facts.instanceCount = capacity;
    // A current api-version returns dataCollector when it is configured; absent means no capture.
    const collections = Object.values(obj(p, 'dataCollector', 'collections') ?? {});
    if (raw.properties) facts.dataCapture = collections.some((c) => str(c, 'dataCollectionMode') !== 'Disabled');
    const ws = workspaceIdOf(raw.id);
    const model = str(p, 'model');
    return { facts, edges: edge('serves-model', model && ws ? assetVersionId(model, ws, 'models') : undefined) };
  },
});

export const batchEndpoints = defineCollector({
  type: 'asset',
  name: 'machine-learning/batch-endpoints',
  service: ML,
  parent: workspaces.name,
  kind: 'endpoint',
  nativeType: `${WS}/batchEndpoints`,
  permissions: [`${WS}/batchEndpoints/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.batchEndpoints.list(rg, ws);
  },
  // Batch endpoints have no network switch of their own: they are reached through the workspace.
  normalize: (raw, workspace) => {
    const facts = endpointFacts(raw);
    const pna = enabled(workspace?.properties?.publicNetworkAccess);
    if (facts.publicNetworkAccess === undefined && pna !== undefined) facts.publicNetworkAccess = pna || workspace?.properties?.allowPublicAccessWhenBehindVnet === true;
    return { facts, edges: identityEdges(raw) };
  },
});

// ---------------------------------------------------------------- connections

/** Connection auth type → auth mode; `local` when the workspace stores a shared secret for it. */
const CONNECTION_AUTH: Record<string, { mode: string; local: boolean }> = {
  aad: { mode: 'aad', local: false },
  managedidentity: { mode: 'aad', local: false },
  serviceprincipal: { mode: 'aad', local: true },
  apikey: { mode: 'key', local: true },
  accesskey: { mode: 'key', local: true },
  accountkey: { mode: 'key', local: true },
  customkeys: { mode: 'key', local: true },
  pat: { mode: 'token', local: true },
  sas: { mode: 'token', local: true },
  oauth2: { mode: 'token', local: true },
  usernamepassword: { mode: 'key', local: true },
  none: { mode: 'none', local: false },
};

export const connections = defineCollector({
  type: 'asset',
  name: 'machine-learning/connections',
  service: ML,
  parent: workspaces.name,
  kind: 'connection',
  nativeType: `${WS}/connections`,
  permissions: [`${WS}/connections/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.workspaceConnections.list(rg, ws);
  },
  normalize(raw) {
    const type = str(raw.properties, 'authType');
    const auth = type ? CONNECTION_AUTH[type.toLowerCase()] : undefined;
    const facts: Facts = auth ? { authModes: [auth.mode], localAuthEnabled: auth.local } : {};
    const resourceId = str(raw.properties, 'metadata', 'ResourceId');
    return { facts, edges: edge('connects-to', resourceId) };
  },
});

// ---------------------------------------------------------------- registries

/** Azure ML registries (shared models, environments across workspaces). Not in the 2.1.1 SDK: read with a GET. */
export const registries = defineCollector({
  type: 'asset',
  name: 'machine-learning/registries',
  service: ML,
  kind: 'model-registry',
  nativeType: `${ML}/registries`,
  permissions: [`${ML}/registries/read`],
  list: ({ clients, subscriptionId }) => clients.machineLearningList(`/subscriptions/${subscriptionId}/providers/${ML}/registries`),
  normalize(raw) {
    const p = raw.properties ?? {};
    const facts: Facts = {};
    const pna = enabled(p.publicNetworkAccess);
    if (pna !== undefined) facts.publicNetworkAccess = pna;
    let approved = 0;
    const edges: EdgeSpec[] = [];
    for (const conn of Array.isArray(p.registryPrivateEndpointConnections) ? p.registryPrivateEndpointConnections : []) {
      if (str(conn, 'properties', 'registryPrivateLinkServiceConnectionState', 'status')?.toLowerCase() === 'approved') approved++;
      const pe = str(conn, 'properties', 'privateEndpoint', 'id');
      if (pe) edges.push({ kind: 'private-endpoint', to: pe });
    }
    if (raw.properties) facts.privateEndpoints = approved;
    return { facts, edges: [...edges, ...identityEdges(raw)] };
  },
});

export const machineLearningCollectors = [
  workspaces,
  computes,
  datastores,
  dataContainers,
  dataVersions,
  modelContainers,
  modelVersions,
  modelJobs,
  onlineEndpoints,
  onlineDeployments,
  batchEndpoints,
  connections,
  registries,
] as const;

/** Kinds that mark a supporting resource as ML-related when they point at it. */
export const ML_KINDS = new Set<AssetKind>(['model-registry', 'workspace', 'compute', 'datastore', 'dataset', 'model', 'model-version', 'training-job', 'endpoint', 'deployment', 'connection']);
