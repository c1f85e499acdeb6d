import type { FactCarriers } from '../../src/model/index.js';

/**
 * Facts the Azure linker (link.ts, inherit.ts) sets across records, per native type: role names
 * and breadth on assignments, identities' privilege rolled up from their assignments, `mlRelated`
 * on supporting resources, flow logs on networks and NSGs, the workspace's managed network copied
 * onto computes, jobs and deployments, a job's network from its compute, an endpoint's data
 * capture from its deployments, an AI deployment's content filter from the policy it names.
 */
export const AZURE_LINKED_FACTS: FactCarriers = {
  'Microsoft.Authorization/roleAssignments': ['principalType', 'privilege', 'wildcardActions', 'roleName'],
  'Microsoft.CognitiveServices/accounts/deployments': ['contentFilter'],
  'Microsoft.ContainerRegistry/registries': ['mlRelated'],
  'Microsoft.KeyVault/vaults': ['mlRelated'],
  'Microsoft.MachineLearningServices/workspaces/computes': ['networkIsolation', 'outboundRestricted'],
  'Microsoft.MachineLearningServices/workspaces/jobs': ['inVirtualNetwork', 'networkIsolation', 'outboundRestricted'],
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints': ['dataCapture'],
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments': ['networkIsolation', 'outboundRestricted'],
  'Microsoft.ManagedIdentity/userAssignedIdentities': ['privilege', 'wildcardActions', 'mlRelated'],
  'Microsoft.Network/networkSecurityGroups': ['loggingEnabled', 'logDestinations', 'mlRelated'],
  'Microsoft.Network/privateEndpoints': ['mlRelated'],
  'Microsoft.Network/virtualNetworks': ['loggingEnabled', 'logDestinations', 'mlRelated'],
  'Microsoft.Network/virtualNetworks/subnets': ['mlRelated'],
  'Microsoft.Storage/storageAccounts': ['mlRelated'],
};

/**
 * Per native type, every fact an Azure scan can set: the collectors' `facts` (a detail collector's
 * count for its parent's type), AZURE_LINKED_FACTS and `tagsRead`. Static data, like the AWS table;
 * test/providers/azure/fact-carriers.test.ts fails when it differs from the declarations.
 */
export const azureFactCarriers: FactCarriers = {
  'Microsoft.Authorization/roleAssignments': ['privilege', 'wildcardActions', 'principalType', 'scopeLevel', 'roleName', 'tagsRead'],
  'Microsoft.Authorization/roleDefinitions': ['privilege', 'wildcardActions', 'roleName', 'tagsRead'],
  'Microsoft.CognitiveServices/accounts': ['publicNetworkAccess', 'localAuthEnabled', 'privateEndpoints', 'outboundRestricted', 'loggingEnabled', 'logCategories', 'logDestinations', 'encryption', 'encryptionKeyId', 'tagsRead'],
  'Microsoft.CognitiveServices/accounts/deployments': ['contentFilter', 'providerHostedModel', 'tagsRead'],
  'Microsoft.CognitiveServices/accounts/raiPolicies': ['tagsRead'],
  'Microsoft.ContainerRegistry/registries': ['publicNetworkAccess', 'localAuthEnabled', 'privateEndpoints', 'encryption', 'anonymousPull', 'mlRelated', 'tagsRead'],
  'Microsoft.KeyVault/vaults': ['publicNetworkAccess', 'privateEndpoints', 'loggingEnabled', 'logCategories', 'logDestinations', 'softDelete', 'purgeProtection', 'mlRelated', 'tagsRead'],
  'Microsoft.MachineLearningServices/registries': ['publicNetworkAccess', 'privateEndpoints', 'loggingEnabled', 'logCategories', 'logDestinations', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces': ['publicNetworkAccess', 'privateEndpoints', 'networkIsolation', 'outboundRestricted', 'loggingEnabled', 'logCategories', 'logDestinations', 'encryption', 'encryptionKeyId', 'highBusinessImpact', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/batchEndpoints': ['publicNetworkAccess', 'authModes', 'localAuthEnabled', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/computes': ['publicIp', 'sshEnabled', 'localAuthEnabled', 'rootAccess', 'inVirtualNetwork', 'networkIsolation', 'outboundRestricted', 'scriptSecrets', 'idleShutdown', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/connections': ['authModes', 'localAuthEnabled', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/data': ['tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/data/versions': ['versioning', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/datastores': ['authModes', 'localAuthEnabled', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/jobs': ['inVirtualNetwork', 'networkIsolation', 'outboundRestricted', 'lineageRecorded', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/models': ['registered', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/models/versions': ['versioning', 'registered', 'approvalStatus', 'lineageRecorded', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints': ['publicNetworkAccess', 'authModes', 'localAuthEnabled', 'contentFilter', 'providerHostedModel', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints': ['publicNetworkAccess', 'authModes', 'localAuthEnabled', 'loggingEnabled', 'logCategories', 'logDestinations', 'dataCapture', 'tagsRead'],
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments': ['directInternetAccess', 'networkIsolation', 'outboundRestricted', 'dataCapture', 'instanceCount', 'tagsRead'],
  'Microsoft.ManagedIdentity/userAssignedIdentities': ['privilege', 'wildcardActions', 'principalType', 'mlRelated', 'tagsRead'],
  'Microsoft.Network/networkSecurityGroups': ['ingressOpenToInternet', 'adminPortsOpenToInternet', 'loggingEnabled', 'logDestinations', 'mlRelated', 'tagsRead'],
  'Microsoft.Network/networkWatchers': ['tagsRead'],
  'Microsoft.Network/networkWatchers/flowLogs': ['loggingEnabled', 'logDestinations', 'tagsRead'],
  'Microsoft.Network/privateEndpoints': ['inVirtualNetwork', 'privateEndpoints', 'mlRelated', 'tagsRead'],
  'Microsoft.Network/virtualNetworks': ['loggingEnabled', 'logDestinations', 'mlRelated', 'tagsRead'],
  'Microsoft.Network/virtualNetworks/subnets': ['mlRelated', 'tagsRead'],
  'Microsoft.Storage/storageAccounts': ['publicNetworkAccess', 'publicRead', 'publicWrite', 'localAuthEnabled', 'privateEndpoints', 'loggingEnabled', 'logCategories', 'logDestinations', 'dataEventsLogged', 'versioning', 'softDelete', 'encryption', 'encryptionKeyId', 'transitEncryption', 'minTlsVersion', 'immutability', 'mlRelated', 'tagsRead'],
};
