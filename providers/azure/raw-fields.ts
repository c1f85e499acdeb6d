import type { KeepTree } from '../../src/lib/scrub.js';

/**
 * The fields of each collector's ARM record that are kept as the asset's `raw` (or, for detail
 * collectors, under `raw.details[detailKey]`); everything else is dropped when the record is
 * collected. Kept: what identifies the resource, what rules and linkers read (rules via
 * rules/_lib/raw.ts, link.ts and inherit.ts), and the security configuration a reader of the
 * report needs. Kept values are still scrubbed (src/lib/scrub.ts): environment values, setup
 * scripts and job commands, credential values and credential-shaped strings never survive.
 * Keyed by collector name; diagnostic-settings collectors (`monitor/diagnostic-settings:<parent>`)
 * share one entry. A test checks every registered collector has one.
 */

const k = (...keys: string[]): Record<string, true> => Object.fromEntries(keys.map((key) => [key, true]));

/** What every ARM resource carries. `systemData` names people: only its times are kept. */
function arm(properties: KeepTree, extra: Record<string, KeepTree> = {}): KeepTree {
  return {
    ...k('id', 'name', 'type', 'location', 'kind', 'tags', 'sku', 'etag'),
    identity: { ...k('type', 'principalId', 'tenantId'), userAssignedIdentities: { '*': k('principalId', 'clientId') } },
    systemData: k('createdAt', 'lastModifiedAt'),
    properties,
    ...extra,
  };
}

const CONNECTION_STATE = k('status', 'description', 'actionsRequired');
/** `properties.privateEndpointConnections` of a workspace, account, vault or registry. */
const PRIVATE_ENDPOINT_CONNECTIONS = {
  ...k('id', 'name'),
  properties: {
    ...k('provisioningState', 'groupIds'),
    privateEndpoint: k('id', 'subnetArmId'),
    privateLinkServiceConnectionState: CONNECTION_STATE,
    registryPrivateLinkServiceConnectionState: CONNECTION_STATE,
  },
};
/** The connections of a private endpoint. */
const PRIVATE_LINK_CONNECTIONS = { ...k('id', 'name'), properties: { ...k('privateLinkServiceId', 'groupIds'), privateLinkServiceConnectionState: CONNECTION_STATE } };
/** ML assets' own description and user tags (`properties.tags`, scrubbed like every string). */
const ML_ASSET = k('description', 'tags', 'isArchived', 'isAnonymous', 'provisioningState');
const SECURITY_RULE = { ...k('id', 'name'), properties: true } as const;

const DIAGNOSTIC_SETTINGS = arm(
  k('workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId', 'eventHubName', 'marketplacePartnerId', 'serviceBusRuleId', 'logAnalyticsDestinationType', 'logs', 'metrics'),
);

export const AZURE_RAW_FIELDS: Readonly<Record<string, KeepTree>> = {
  'machine-learning/workspaces': arm({
    ...k('friendlyName', 'description', 'storageAccount', 'keyVault', 'containerRegistry', 'applicationInsights', 'publicNetworkAccess', 'allowPublicAccessWhenBehindVnet'),
    ...k('hbiWorkspace', 'v1LegacyMode', 'systemDatastoresAuthMode', 'primaryUserAssignedIdentity', 'imageBuildCompute', 'serverlessComputeSettings', 'provisioningState'),
    ...k('discoveryUrl', 'workspaceId', 'mlFlowTrackingUri', 'enableDataIsolation', 'softDeleteRetentionInDays', 'ipAllowlist'),
    // AI Foundry hubs and projects (workspace kind Hub / Project)
    ...k('hubResourceId', 'associatedWorkspaces', 'workspaceHubConfig'),
    // Feature stores (workspace kind FeatureStore): the materialization stores' connection names and Spark runtime
    featureStoreSettings: { ...k('offlineStoreConnectionName', 'onlineStoreConnectionName'), computeRuntime: k('sparkRuntimeVersion') },
    encryption: { ...k('status', 'identity'), keyVaultProperties: k('keyVaultArmId', 'keyIdentifier', 'identityClientId') },
    managedNetwork: { ...k('isolationMode', 'status', 'firewallSku'), outboundRules: { '*': k('type', 'category', 'status', 'destination') } },
    privateEndpointConnections: PRIVATE_ENDPOINT_CONNECTIONS,
  }),
  'machine-learning/computes': arm({
    ...k('computeType', 'computeLocation', 'description', 'disableLocalAuth', 'provisioningState', 'createdOn', 'modifiedOn', 'resourceId', 'isAttachedCompute'),
    properties: {
      ...k('vmSize', 'vmPriority', 'enableNodePublicIp', 'applicationSharingPolicy', 'computeInstanceAuthorizationType', 'enableRootAccess', 'enableSSO'),
      ...k('osImageMetadata', 'idleTimeBeforeShutdown', 'remoteLoginPortPublicAccess', 'scaleSettings', 'isolatedNetwork', 'osType'),
      subnet: k('id'),
      sshSettings: k('sshPublicAccess', 'adminUserName', 'sshPort'),
      personalComputeInstanceSettings: { assignedUser: k('objectId', 'tenantId') },
      // Never the script body (scriptData): the normaliser scans inline ones for secrets (the scriptSecrets fact); arguments become a hash, a length and the secret kinds found.
      setupScripts: { scripts: { '*': k('scriptSource', 'scriptArguments', 'timeout') } },
    },
  }),
  'machine-learning/datastores': arm({
    ...k('datastoreType', 'accountName', 'containerName', 'filesystem', 'endpoint', 'protocol', 'isDefault', 'subscriptionId', 'resourceGroup'),
    ...k('serviceDataAccessAuthIdentity', 'description', 'tags'),
    // The credential type says how the datastore authenticates; its secrets are never kept.
    credentials: k('credentialsType'),
  }),
  'machine-learning/data': arm({ ...ML_ASSET, ...k('dataType', 'latestVersion') }),
  'machine-learning/data-versions': arm({ ...ML_ASSET, ...k('dataType', 'dataUri') }),
  'machine-learning/models': arm({ ...ML_ASSET, ...k('latestVersion') }),
  'machine-learning/model-versions': arm({ ...ML_ASSET, ...k('modelType', 'modelUri', 'jobName', 'stage', 'flavors') }),
  'machine-learning/jobs': arm({
    ...ML_ASSET,
    ...k('jobType', 'status', 'displayName', 'experimentName', 'computeId', 'environmentId', 'codeId'),
    // The command becomes a hash, a length and the secret kinds found; environment values are dropped.
    ...k('command', 'environmentVariables'),
    identity: k('identityType'),
    resources: k('instanceCount', 'instanceType'),
    inputs: { '*': k('jobInputType', 'uri', 'mode') },
    outputs: { '*': k('jobOutputType', 'uri', 'mode', 'assetName') },
  }),
  'machine-learning/online-endpoints': arm(k('authMode', 'publicNetworkAccess', 'scoringUri', 'swaggerUri', 'traffic', 'mirrorTraffic', 'compute', 'description', 'provisioningState')),
  'machine-learning/online-deployments': arm({
    ...k('endpointComputeType', 'model', 'instanceType', 'egressPublicNetworkAccess', 'appInsightsEnabled', 'environmentId', 'environmentVariables'),
    ...k('scaleSettings', 'description', 'provisioningState'),
    codeConfiguration: k('codeId', 'scoringScript'),
    dataCollector: { ...k('rollingRate'), collections: { '*': k('dataCollectionMode', 'dataId', 'samplingRate') }, requestLogging: k('captureHeaders') },
  }),
  // inferenceEndpoint.headers is left out (request headers the service suggests); keys are never read (no listKeys).
  'machine-learning/serverless-endpoints': arm({
    ...k('authMode', 'endpointState', 'marketplaceSubscriptionId', 'provisioningState'),
    contentSafety: k('contentSafetyStatus', 'contentSafetyLevel'),
    modelSettings: k('modelId'),
    inferenceEndpoint: k('uri'),
  }),
  'machine-learning/batch-endpoints': arm({ ...k('authMode', 'scoringUri', 'swaggerUri', 'description', 'provisioningState'), defaults: k('deploymentName') }),
  // Connection credentials (keys, tokens, passwords) have no type field to keep: only the auth type is.
  'machine-learning/connections': arm(k('category', 'authType', 'target', 'isSharedToAll', 'metadata', 'expiryTime', 'group', 'useWorkspaceManagedIdentity')),
  'machine-learning/registries': arm({
    ...k('publicNetworkAccess', 'discoveryUrl', 'intellectualPropertyPublisher', 'mlFlowRegistryUri', 'regionDetails'),
    managedResourceGroup: k('resourceId'),
    registryPrivateEndpointConnections: { ...PRIVATE_ENDPOINT_CONNECTIONS, location: true },
  }),
  // AI Services / Azure OpenAI. Never kept: apiProperties (may hold a search endpoint key), abuse-penalty and quota internals.
  'cognitive-services/accounts': arm({
    ...k('endpoint', 'customSubDomainName', 'publicNetworkAccess', 'disableLocalAuth', 'restrictOutboundNetworkAccess', 'allowedFqdnList', 'provisioningState'),
    ...k('dynamicThrottlingEnabled', 'storedCompletionsDisabled', 'allowProjectManagement', 'defaultProject', 'associatedProjects', 'dateCreated', 'isMigrated'),
    networkAcls: { ...k('defaultAction', 'bypass'), ipRules: k('value'), virtualNetworkRules: k('id', 'state', 'ignoreMissingVnetServiceEndpoint') },
    encryption: { ...k('keySource'), keyVaultProperties: k('keyName', 'keyVersion', 'keyVaultUri', 'identityClientId') },
    userOwnedStorage: k('resourceId', 'identityClientId'),
    raiMonitorConfig: k('adxStorageResourceId', 'identityClientId'),
    networkInjections: k('scenario', 'subnetArmId', 'useMicrosoftManagedNetwork'),
    privateEndpointConnections: PRIVATE_ENDPOINT_CONNECTIONS,
  }),
  'cognitive-services/deployments': arm({
    ...k('provisioningState', 'raiPolicyName', 'versionUpgradeOption', 'currentCapacity', 'dynamicThrottlingEnabled', 'parentDeploymentName', 'spilloverDeploymentName'),
    model: k('format', 'name', 'version', 'source', 'sourceAccount', 'publisher'),
    scaleSettings: k('scaleType', 'capacity'),
  }),
  // Content filters: categories, thresholds and actions. Custom blocklist and topic contents are not read.
  'cognitive-services/rai-policies': arm({
    ...k('type', 'mode', 'basePolicyName'),
    contentFilters: k('name', 'enabled', 'severityThreshold', 'blocking', 'source'),
    customBlocklists: k('blocklistName', 'blocking', 'source'),
    customTopics: k('topicName', 'blocking', 'source'),
  }),
  'storage/accounts': arm({
    ...k('allowBlobPublicAccess', 'allowSharedKeyAccess', 'allowCrossTenantReplication', 'defaultToOAuthAuthentication', 'publicNetworkAccess', 'minimumTlsVersion'),
    ...k('supportsHttpsTrafficOnly', 'networkAcls', 'primaryEndpoints', 'immutableStorageWithVersioning', 'isHnsEnabled', 'isSftpEnabled', 'isLocalUserEnabled'),
    ...k('accessTier', 'provisioningState', 'creationTime', 'dnsEndpointType'),
    encryption: k('keySource', 'requireInfrastructureEncryption', 'services', 'keyvaultproperties', 'identity'),
    privateEndpointConnections: PRIVATE_ENDPOINT_CONNECTIONS,
  }),
  'storage/blob-services': arm(
    k('isVersioningEnabled', 'deleteRetentionPolicy', 'containerDeleteRetentionPolicy', 'changeFeed', 'restorePolicy', 'lastAccessTimeTrackingPolicy', 'automaticSnapshotPolicyEnabled'),
  ),
  'storage/blob-containers': arm(
    k('publicAccess', 'leaseState', 'hasImmutabilityPolicy', 'hasLegalHold', 'immutableStorageWithVersioning', 'defaultEncryptionScope', 'denyEncryptionScopeOverride', 'lastModifiedTime', 'metadata'),
  ),
  'key-vault/vaults': arm({
    ...k('tenantId', 'sku', 'enableSoftDelete', 'softDeleteRetentionInDays', 'enableRbacAuthorization', 'enablePurgeProtection', 'publicNetworkAccess', 'vaultUri'),
    ...k('networkAcls', 'enabledForDeployment', 'enabledForDiskEncryption', 'enabledForTemplateDeployment', 'provisioningState'),
    accessPolicies: k('tenantId', 'objectId', 'applicationId', 'permissions'),
    privateEndpointConnections: PRIVATE_ENDPOINT_CONNECTIONS,
  }),
  'container-registry/registries': arm({
    ...k('loginServer', 'adminUserEnabled', 'publicNetworkAccess', 'anonymousPullEnabled', 'networkRuleBypassOptions', 'networkRuleSet', 'encryption', 'policies'),
    ...k('dataEndpointEnabled', 'zoneRedundancy', 'provisioningState', 'creationDate'),
    privateEndpointConnections: PRIVATE_ENDPOINT_CONNECTIONS,
  }),
  'network/private-endpoints': arm({
    ...k('customDnsConfigs', 'provisioningState', 'customNetworkInterfaceName'),
    subnet: k('id'),
    networkInterfaces: k('id'),
    privateLinkServiceConnections: PRIVATE_LINK_CONNECTIONS,
    manualPrivateLinkServiceConnections: PRIVATE_LINK_CONNECTIONS,
  }),
  'network/private-dns-zone-groups': arm({ ...k('provisioningState'), privateDnsZoneConfigs: { ...k('name'), properties: k('privateDnsZoneId', 'recordSets') } }),
  'network/virtual-networks': arm({ ...k('addressSpace', 'enableDdosProtection', 'provisioningState'), subnets: k('id', 'name') }),
  'network/subnets': arm({
    ...k('addressPrefix', 'addressPrefixes', 'privateEndpointNetworkPolicies', 'privateLinkServiceNetworkPolicies', 'serviceEndpoints', 'defaultOutboundAccess', 'provisioningState'),
    networkSecurityGroup: k('id'),
    routeTable: k('id'),
    natGateway: k('id'),
    delegations: { ...k('name'), properties: k('serviceName') },
  }),
  'network/security-groups': arm({ ...k('provisioningState'), securityRules: SECURITY_RULE, defaultSecurityRules: SECURITY_RULE, flowLogs: k('id') }),
  'network/watchers': arm(k('provisioningState')),
  'network/flow-logs': arm(k('targetResourceId', 'storageId', 'enabled', 'retentionPolicy', 'format', 'flowAnalyticsConfiguration', 'provisioningState')),
  'authorization/role-definitions': arm(k('roleName', 'type', 'description', 'assignableScopes', 'permissions', 'createdOn', 'updatedOn')),
  'authorization/role-assignments': arm(
    k('roleDefinitionId', 'principalId', 'principalType', 'scope', 'condition', 'conditionVersion', 'description', 'createdOn', 'updatedOn', 'delegatedManagedIdentityResourceId'),
  ),
  'identity/user-assigned': arm(k('tenantId', 'principalId', 'clientId')),
  'monitor/diagnostic-settings': DIAGNOSTIC_SETTINGS,
};

const DIAGNOSTIC_SETTINGS_OF = 'monitor/diagnostic-settings:';

/** The allow-list of a collector, by its name; the diagnostic-settings collectors of every parent share one. */
export function azureRawFields(collector: string): KeepTree | undefined {
  return AZURE_RAW_FIELDS[collector.startsWith(DIAGNOSTIC_SETTINGS_OF) ? 'monitor/diagnostic-settings' : collector];
}
