import { recordOf } from '../../../../../src/model/index.js';
import type { DescribedRecord, NamedRef, Ref } from '../estate-builder.js';
import { ORG } from '../org.js';
import { addPrivateLinks } from './network.js';
import { addAzureRecord, armId, diagnosticSettings, enabledDisabled, privateEndpointConnections, type AzureScope, type PrivateLink } from './scope.js';
import type { VaultKey } from './storage.js';

export const ML_WORKSPACES = 'Microsoft.MachineLearningServices/workspaces';

export interface WorkspaceOptions {
  name: string;
  friendlyName: string;
  tags?: Record<string, string>;
  storage: DescribedRecord;
  keyVault: DescribedRecord;
  registry?: DescribedRecord;
  insights: Ref;
  /** AI Foundry: a hub, or a project of `hub` (ML workspaces of kind Hub / Project); default a classic workspace. */
  foundry?: { kind: 'Hub' } | { kind: 'Project'; hub: DescribedRecord };
  /** The system-assigned identity's principal id, when the workspace's own differs from the sample's default. */
  principalId?: string;
  identity?: DescribedRecord;
  publicNetwork: boolean;
  managedNetwork: 'Disabled' | 'AllowInternetOutbound' | 'AllowOnlyApprovedOutbound';
  /** Customer-managed key for workspace data (with the vault that holds it). */
  cmk?: { vault: DescribedRecord; key: VaultKey };
  hbi: boolean;
  privateLinks?: PrivateLink[];
  /** Diagnostic settings send workspace and endpoint logs here. */
  logsTo?: NamedRef;
  /** A managed feature store (kind FeatureStore): the connection that holds its offline store. */
  featureStore?: { offlineStoreConnection: string };
}

const WORKSPACE_LOG_CATEGORIES = ['AmlComputeClusterEvent', 'AmlComputeJobEvent', 'AmlRunStatusChangedEvent', 'ModelsActionEvent', 'DeploymentEventACI', 'AmlOnlineEndpointTrafficLog', 'AmlOnlineEndpointConsoleLog'];

/** What ARM shows of a user-assigned identity attached to a resource. */
function identityIds(identity: DescribedRecord): { principalId: string; clientId: string } {
  const { principalId, clientId } = recordOf<{ properties: { principalId: string; clientId: string } }>(identity)!.properties;
  return { principalId, clientId };
}

/** An Azure Machine Learning workspace (Microsoft.MachineLearningServices/workspaces) with its diagnostic settings. */
export function mlWorkspace(scope: AzureScope, o: WorkspaceOptions): DescribedRecord {
  const id = armId(scope, ML_WORKSPACES.split('/')[0]!, 'workspaces', o.name);
  const isolated = o.managedNetwork !== 'Disabled';
  const workspace = addAzureRecord(scope, {
    id,
    name: o.name,
    type: ML_WORKSPACES,
    tags: o.tags,
    body: {
      identity: {
        type: o.identity ? 'SystemAssigned,UserAssigned' : 'SystemAssigned',
        principalId: o.principalId ?? (o.identity ? '0d8a4c2e-6b1f-4e93-a7d5-2c9e1b3f5a70' : '5e2b7d9f-1a4c-4b86-8e03-9f6d2c1a7b54'),
        tenantId: ORG.tenantId,
        ...(o.identity && { userAssignedIdentities: { [o.identity.id]: identityIds(o.identity) } }),
      },
      sku: { name: 'Basic', tier: 'Basic' },
      kind: o.foundry?.kind ?? (o.featureStore ? 'FeatureStore' : 'Default'),
      properties: {
        friendlyName: o.friendlyName,
        ...(o.foundry?.kind === 'Project' && { hubResourceId: o.foundry.hub.id }),
        storageAccount: o.storage.id,
        keyVault: o.keyVault.id,
        ...(o.registry && { containerRegistry: o.registry.id }),
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
        // AI Foundry hubs and projects reach their system datastores with the workspace identity.
        ...(o.foundry && { systemDatastoresAuthMode: 'identity' }),
        ...(o.featureStore && { featureStoreSettings: { computeRuntime: { sparkRuntimeVersion: '3.4' }, offlineStoreConnectionName: o.featureStore.offlineStoreConnection } }),
        ...(o.foundry?.kind === 'Hub' && { workspaceHubConfig: { defaultWorkspaceResourceGroup: `/subscriptions/${scope.subscription}/resourceGroups/${scope.resourceGroup}`, additionalWorkspaceStorageAccounts: [] } }),
        provisioningState: 'Succeeded',
      },
    },
    details: { diagnosticSettings: diagnosticSettings(id, o.logsTo, WORKSPACE_LOG_CATEGORIES) },
  });
  addPrivateLinks(scope, workspace, o.privateLinks);
  return workspace;
}

/**
 * Describes a resource under a workspace. Datastores, data, models and jobs are proxy resources
 * (no location or tags); computes, online endpoints and deployments are tracked resources and
 * pass `child: false`.
 */
export function addWorkspaceChild(scope: AzureScope, child: Parameters<typeof addAzureRecord>[1]): DescribedRecord {
  return addAzureRecord(scope, { ...child, child: child.child ?? true });
}

export interface ComputeInstanceOptions {
  name: string;
  vmSize: string;
  subnet?: DescribedRecord;
  publicIp: boolean;
  ssh: boolean;
  rootAccess: boolean;
  idleMinutes?: number;
  localAuth: boolean;
  assignedUserObjectId: string;
  /** The OS image the instance runs (`osImageMetadata.currentImageVersion`); the latest is 26.10.14. */
  osImage: string;
}

const LATEST_COMPUTE_OS_IMAGE = '26.10.14';

/** A compute instance (computeType ComputeInstance): one data scientist's VM. */
export function computeInstance(scope: AzureScope, ws: DescribedRecord, o: ComputeInstanceOptions): DescribedRecord {
  const compute = addWorkspaceChild(scope, {
    id: `${ws.id}/computes/${o.name}`,
    name: o.name,
    type: `${ML_WORKSPACES}/computes`,
    child: false,
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
          osImageMetadata: { isLatestOsImageVersion: o.osImage === LATEST_COMPUTE_OS_IMAGE, currentImageVersion: o.osImage, latestImageVersion: LATEST_COMPUTE_OS_IMAGE },
          personalComputeInstanceSettings: { assignedUser: { objectId: o.assignedUserObjectId, tenantId: ORG.tenantId } },
          state: 'Running',
        },
      },
    },
  });
  return compute;
}

export interface ComputeClusterOptions {
  name: string;
  vmSize: string;
  subnet?: DescribedRecord;
  publicIp: boolean;
  remoteLogin: 'Enabled' | 'Disabled';
  minNodes: number;
  maxNodes: number;
  identity?: DescribedRecord;
}

/** A compute cluster (computeType AmlCompute) that runs training jobs. */
export function computeCluster(scope: AzureScope, ws: DescribedRecord, o: ComputeClusterOptions): DescribedRecord {
  const cluster = addWorkspaceChild(scope, {
    id: `${ws.id}/computes/${o.name}`,
    name: o.name,
    type: `${ML_WORKSPACES}/computes`,
    child: false,
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
  return cluster;
}

/**
 * An Azure ML registry (Microsoft.MachineLearningServices/registries): models and environments
 * shared across the organisation's workspaces, with the storage and registry Azure manages for it.
 */
export interface RegistryOptions {
  name: string;
  publicNetwork: boolean;
  principalId: string;
  /** The storage account and container registry the registry uses (user-created); default: system-created ones in its managed resource group. */
  stores?: { storage: DescribedRecord; registry: DescribedRecord };
  privateLinks?: PrivateLink[];
}

/** A registry region's stores as `regionDetails[]` names them: system-created (in the managed resource group) or user-created. */
function registryRegion(scope: AzureScope, managedGroup: string, o: RegistryOptions): Record<string, unknown> {
  if (o.stores) {
    return { location: scope.region, acrDetails: [{ userCreatedAcrAccount: { armResourceId: { resourceId: o.stores.registry.id } } }], storageAccountDetails: [{ userCreatedStorageAccount: { armResourceId: { resourceId: o.stores.storage.id } } }] };
  }
  const managed = (type: string, name: string) => ({ armResourceId: { resourceId: `${managedGroup}/providers/${type}/${name}` } });
  const name = o.principalId.replace(/-/g, '').slice(0, 12);
  return {
    location: scope.region,
    acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium', ...managed('Microsoft.ContainerRegistry/registries', name) } }],
    storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false, allowBlobPublicAccess: false, ...managed('Microsoft.Storage/storageAccounts', name) } }],
  };
}

export function mlRegistry(scope: AzureScope, o: RegistryOptions): DescribedRecord {
  const managedGroup = `/subscriptions/${scope.subscription}/resourceGroups/azureml-rg-${o.name}_${o.principalId.slice(0, 8)}`;
  const id = armId(scope, 'Microsoft.MachineLearningServices', 'registries', o.name);
  const registry = addAzureRecord(scope, {
    id,
    name: o.name,
    type: 'Microsoft.MachineLearningServices/registries',
    body: {
      kind: 'Default',
      sku: { name: 'Basic', tier: 'Basic' },
      identity: { type: 'SystemAssigned', principalId: o.principalId, tenantId: ORG.tenantId },
      properties: {
        discoveryUrl: `https://${scope.region}.api.azureml.ms/registrymanagement/v1.0/registries/${o.name}/discovery`,
        mlFlowRegistryUri: `azureml://${scope.region}.api.azureml.ms/mlflow/v1.0/subscriptions/${scope.subscription}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${o.name}`,
        managedResourceGroup: { resourceId: managedGroup },
        publicNetworkAccess: enabledDisabled(o.publicNetwork),
        regionDetails: [registryRegion(scope, managedGroup, o)],
        registryPrivateEndpointConnections: registryPrivateEndpointConnections(scope, id, o.privateLinks),
      },
    },
  });
  addPrivateLinks(scope, registry, o.privateLinks);
  return registry;
}

/** A registry embeds its private endpoint connections under its own member name and connection-state spelling. */
function registryPrivateEndpointConnections(scope: AzureScope, id: string, links: PrivateLink[] = []): unknown[] {
  return privateEndpointConnections(scope, id, links).map((c) => {
    const { privateLinkServiceConnectionState, ...properties } = (c as { properties: Record<string, unknown> }).properties;
    return { ...(c as object), location: scope.region, properties: { ...properties, groupIds: ['amlregistry'], registryPrivateLinkServiceConnectionState: privateLinkServiceConnectionState } };
  });
}
