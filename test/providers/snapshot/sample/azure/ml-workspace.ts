import { recordOf, type AssetInput } from '../../../../../src/model/index.js';
import { ORG } from '../org.js';
import { addPrivateLinks } from './network.js';
import { addAzureAsset, armId, diagnosticSettings, enabledDisabled, privateEndpointConnections, type AzureScope, type PrivateLink } from './scope.js';

export const ML_WORKSPACES = 'Microsoft.MachineLearningServices/workspaces';

export interface WorkspaceOptions {
  name: string;
  friendlyName: string;
  tags?: Record<string, string>;
  storage: AssetInput;
  keyVault: AssetInput;
  registry: AssetInput;
  insights: AssetInput;
  identity?: AssetInput;
  publicNetwork: boolean;
  managedNetwork: 'Disabled' | 'AllowInternetOutbound' | 'AllowOnlyApprovedOutbound';
  /** Customer-managed key for workspace data (with the vault that holds it). */
  cmk?: { vault: AssetInput; key: AssetInput };
  hbi: boolean;
  privateLinks?: PrivateLink[];
  /** Diagnostic settings send workspace and endpoint logs here. */
  logsTo?: AssetInput;
}

const WORKSPACE_LOG_CATEGORIES = ['AmlComputeClusterEvent', 'AmlComputeJobEvent', 'AmlRunStatusChangedEvent', 'ModelsActionEvent', 'DeploymentEventACI', 'AmlOnlineEndpointTrafficLog', 'AmlOnlineEndpointConsoleLog'];

/** What ARM shows of a user-assigned identity attached to a resource. */
function identityIds(identity: AssetInput): { principalId: string; clientId: string } {
  const { principalId, clientId } = recordOf<{ properties: { principalId: string; clientId: string } }>(identity)!.properties;
  return { principalId, clientId };
}

/** An Azure Machine Learning workspace (Microsoft.MachineLearningServices/workspaces) with its diagnostic settings. */
export function mlWorkspace(scope: AzureScope, o: WorkspaceOptions): AssetInput {
  const id = armId(scope, ML_WORKSPACES.split('/')[0]!, 'workspaces', o.name);
  const isolated = o.managedNetwork !== 'Disabled';
  const workspace = addAzureAsset(scope, {
    id,
    kind: 'workspace',
    name: o.name,
    type: ML_WORKSPACES,
    tags: o.tags,
    facts: {
      publicNetworkAccess: o.publicNetwork,
      privateEndpoints: o.privateLinks?.length ?? 0,
      networkIsolation: isolated,
      outboundRestricted: o.managedNetwork === 'AllowOnlyApprovedOutbound',
      encryption: o.cmk ? 'cmk' : 'platform',
      encryptionKeyId: o.cmk?.key.id,
      highBusinessImpact: o.hbi,
      loggingEnabled: o.logsTo !== undefined,
      logCategories: o.logsTo ? WORKSPACE_LOG_CATEGORIES : undefined,
      logDestinations: o.logsTo ? [o.logsTo.id] : undefined,
      authModes: ['aad'],
    },
    body: {
      identity: {
        type: o.identity ? 'SystemAssigned,UserAssigned' : 'SystemAssigned',
        principalId: o.identity ? '0d8a4c2e-6b1f-4e93-a7d5-2c9e1b3f5a70' : '5e2b7d9f-1a4c-4b86-8e03-9f6d2c1a7b54',
        tenantId: ORG.tenantId,
        ...(o.identity && { userAssignedIdentities: { [o.identity.id]: identityIds(o.identity) } }),
      },
      sku: { name: 'Basic', tier: 'Basic' },
      kind: 'Default',
      properties: {
        friendlyName: o.friendlyName,
        storageAccount: o.storage.id,
        keyVault: o.keyVault.id,
        containerRegistry: o.registry.id,
        applicationInsights: o.insights.id,
        hbiWorkspace: o.hbi,
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        allowPublicAccessWhenBehindVnet: false,
        managedNetwork: { isolationMode: o.managedNetwork, status: { status: isolated ? 'Active' : 'Inactive', sparkReady: false } },
        encryption: o.cmk
          ? { status: 'Enabled', keyVaultProperties: { keyVaultArmId: o.cmk.vault.id, keyIdentifier: `https://${o.cmk.vault.name}.vault.azure.net/keys/${o.cmk.key.name}` } }
          : { status: 'Disabled' },
        v1LegacyMode: false,
        discoveryUrl: `https://${scope.region}.api.azureml.ms/discovery`,
        mlFlowTrackingUri: `azureml://${scope.region}.api.azureml.ms/mlflow/v1.0/subscriptions/${scope.subscription}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${o.name}`,
        privateEndpointConnections: privateEndpointConnections(scope, id, o.privateLinks),
        provisioningState: 'Succeeded',
      },
    },
    details: { diagnosticSettings: diagnosticSettings(id, o.logsTo, WORKSPACE_LOG_CATEGORIES) },
  });
  scope.b.link(workspace, 'uses-storage', o.storage);
  scope.b.link(workspace, 'uses-key-vault', o.keyVault);
  scope.b.link(workspace, 'uses-registry', o.registry);
  scope.b.link(workspace, 'monitored-by', o.insights);
  scope.b.link(workspace, 'assumes', o.identity);
  scope.b.link(workspace, 'encrypted-by', o.cmk?.key);
  scope.b.link(workspace, 'logs-to', o.logsTo);
  addPrivateLinks(scope, workspace, o.privateLinks);
  return workspace;
}

/**
 * Adds a child of a workspace and the contains edge. Datastores, data, models and jobs are proxy
 * resources (no location or tags); computes, online endpoints and deployments are tracked
 * resources and pass `child: false`.
 */
export function addWorkspaceChild(scope: AzureScope, parent: AssetInput, child: Parameters<typeof addAzureAsset>[1]): AssetInput {
  const asset = addAzureAsset(scope, { ...child, child: child.child ?? true });
  scope.b.link(parent, 'contains', asset);
  return asset;
}

export interface ComputeInstanceOptions {
  name: string;
  vmSize: string;
  subnet?: AssetInput;
  publicIp: boolean;
  ssh: boolean;
  rootAccess: boolean;
  idleMinutes?: number;
  localAuth: boolean;
  assignedUserObjectId: string;
}

/** A compute instance (computeType ComputeInstance): one data scientist's VM. */
export function computeInstance(scope: AzureScope, ws: AssetInput, o: ComputeInstanceOptions): AssetInput {
  const compute = addWorkspaceChild(scope, ws, {
    id: `${ws.id}/computes/${o.name}`,
    kind: 'compute',
    name: o.name,
    type: `${ML_WORKSPACES}/computes`,
    child: false,
    facts: {
      localAuthEnabled: o.localAuth,
      publicIp: o.publicIp,
      inVirtualNetwork: o.subnet !== undefined,
      sshEnabled: o.ssh,
      idleShutdown: o.idleMinutes !== undefined,
      rootAccess: o.rootAccess,
    },
    body: {
      properties: {
        computeType: 'ComputeInstance',
        computeLocation: scope.region,
        provisioningState: 'Succeeded',
        disableLocalAuth: !o.localAuth,
        properties: {
          vmSize: o.vmSize,
          ...(o.subnet && { subnet: { id: o.subnet.id } }),
          enableNodePublicIp: o.publicIp,
          applicationSharingPolicy: 'Personal',
          sshSettings: { sshPublicAccess: enabledDisabled(o.ssh), adminUserName: 'azureuser', sshPort: o.ssh ? 50000 : undefined },
          ...(o.idleMinutes !== undefined && { idleTimeBeforeShutdown: `PT${o.idleMinutes}M` }),
          enableRootAccess: o.rootAccess,
          enableSSO: true,
          personalComputeInstanceSettings: { assignedUser: { objectId: o.assignedUserObjectId, tenantId: ORG.tenantId } },
          state: 'Running',
        },
      },
    },
  });
  scope.b.link(compute, 'in-network', o.subnet);
  return compute;
}

export interface ComputeClusterOptions {
  name: string;
  vmSize: string;
  subnet?: AssetInput;
  publicIp: boolean;
  remoteLogin: 'Enabled' | 'Disabled';
  minNodes: number;
  maxNodes: number;
  identity?: AssetInput;
}

/** A compute cluster (computeType AmlCompute) that runs training jobs. */
export function computeCluster(scope: AzureScope, ws: AssetInput, o: ComputeClusterOptions): AssetInput {
  const cluster = addWorkspaceChild(scope, ws, {
    id: `${ws.id}/computes/${o.name}`,
    kind: 'compute',
    name: o.name,
    type: `${ML_WORKSPACES}/computes`,
    child: false,
    facts: {
      localAuthEnabled: false,
      publicIp: o.publicIp,
      inVirtualNetwork: o.subnet !== undefined,
      sshEnabled: o.remoteLogin === 'Enabled',
      idleShutdown: o.minNodes === 0,
    },
    body: {
      ...(o.identity && { identity: { type: 'UserAssigned', userAssignedIdentities: { [o.identity.id]: {} } } }),
      properties: {
        computeType: 'AmlCompute',
        computeLocation: scope.region,
        provisioningState: 'Succeeded',
        disableLocalAuth: true,
        properties: {
          vmSize: o.vmSize,
          vmPriority: 'Dedicated',
          scaleSettings: { minNodeCount: o.minNodes, maxNodeCount: o.maxNodes, nodeIdleTimeBeforeScaleDown: 'PT120S' },
          ...(o.subnet && { subnet: { id: o.subnet.id } }),
          enableNodePublicIp: o.publicIp,
          remoteLoginPortPublicAccess: o.remoteLogin,
          osType: 'Linux',
          isolatedNetwork: false,
          allocationState: 'Steady',
          currentNodeCount: o.minNodes,
          targetNodeCount: o.minNodes,
        },
      },
    },
  });
  scope.b.link(cluster, 'in-network', o.subnet);
  scope.b.link(cluster, 'assumes', o.identity);
  return cluster;
}
