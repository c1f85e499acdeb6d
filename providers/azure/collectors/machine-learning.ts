// Azure Machine Learning: workspaces, computes, connections and registries here; data and models in
// machine-learning-assets.ts, serving in machine-learning-serving.ts. The collector list keeps the run order.
import type { AssetKind, Facts } from '../../../src/model/index.js';
import { approvedPrivateEndpoints, bool, enabled, num, obj, str } from '../arm.js';
import { defineCollector, type EdgeSpec } from '../collector.js';
import { connectionTargetOf, featureStoreEdges } from './machine-learning-feature-stores.js';
import { ML, WS, WORKSPACES, inWorkspace, identityEdges, edge } from './machine-learning-shared.js';
import { datastores, dataContainers, dataVersions, modelContainers, modelVersions, modelJobs } from './machine-learning-assets.js';
import { onlineEndpoints, onlineDeployments, batchEndpoints } from './machine-learning-serving.js';
import { setupScriptFacts } from './machine-learning-setup-scripts.js';
import { registryStoreEdges } from './machine-learning-registry-stores.js';
import { serverlessEndpoints } from './machine-learning-serverless.js';

export { dataContainers, datastores, dataVersions, modelContainers, modelJobs, modelVersions } from './machine-learning-assets.js';
export { batchEndpoints, onlineDeployments, onlineEndpoints } from './machine-learning-serving.js';
export { serverlessEndpoints } from './machine-learning-serverless.js';

// ---------------------------------------------------------------- workspaces

export const workspaces = defineCollector({
  type: 'asset',
  name: WORKSPACES,
  service: ML,
  kind: 'workspace',
  // Feature stores are workspaces of kind FeatureStore (machine-learning-feature-stores.ts): same record, own kind.
  recordKinds: { FeatureStore: 'feature-store' },
  nativeType: WS,
  facts: ['publicNetworkAccess', 'privateEndpoints', 'networkIsolation', 'outboundRestricted', 'encryption', 'encryptionKeyId', 'highBusinessImpact'],
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
        // AI Foundry: a project (workspace kind Project) belongs to its hub (workspace kind Hub).
        ...edge('in-hub', str(p, 'hubResourceId')),
        ...approvedPrivateEndpoints(raw).ids.map((to) => ({ kind: 'private-endpoint' as const, to })),
        ...identityEdges(raw),
        ...featureStoreEdges(raw),
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
  facts: ['publicIp', 'sshEnabled', 'localAuthEnabled', 'rootAccess', 'inVirtualNetwork', 'idleShutdown', 'scriptSecrets'],
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
      Object.assign(facts, setupScriptFacts(inner));
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
  facts: ['authModes', 'localAuthEnabled'],
  permissions: [`${WS}/connections/read`],
  list: (ctx) => {
    const { rg, ws } = inWorkspace(ctx);
    return ctx.clients.machineLearning.workspaceConnections.list(rg, ws);
  },
  normalize(raw) {
    const type = str(raw.properties, 'authType');
    const auth = type ? CONNECTION_AUTH[type.toLowerCase()] : undefined;
    const facts: Facts = auth ? { authModes: [auth.mode], localAuthEnabled: auth.local } : {};
    // A feature store's materialization stores name their storage account or Redis cache in `target` only.
    const resourceId = str(raw.properties, 'metadata', 'ResourceId') ?? connectionTargetOf(str(raw.properties, 'target'));
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
  facts: ['publicNetworkAccess', 'privateEndpoints'],
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
    return { facts, edges: [...edges, ...registryStoreEdges(raw), ...identityEdges(raw)] };
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
  serverlessEndpoints,
  connections,
  registries,
] as const;

/** Kinds that mark a supporting resource as ML-related when they point at it. */
export const ML_KINDS = new Set<AssetKind>(['model-registry', 'workspace', 'feature-store', 'compute', 'datastore', 'dataset', 'model', 'model-version', 'training-job', 'endpoint', 'deployment', 'connection', 'ai-service', 'guardrail']);
