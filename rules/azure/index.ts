// Azure-specific rules. A test checks this list equals the rule files under rules/azure.
import type { AnyRule } from '../../src/engine/index.js';
import aiFoundryConnectionSharedToAllProjects from './ai-foundry/connection-shared-to-all-projects.js';
import aiFoundryPrivateHubConnectsToPublicAiService from './ai-foundry/private-hub-connects-to-public-ai-service.js';
import aiServicesCustomSubdomainMissing from './ai-services/custom-subdomain-missing.js';
import aiServicesDeploymentAutoUpgrade from './ai-services/deployment-auto-upgrade.js';
import aiServicesDeploymentGlobalProcessing from './ai-services/deployment-global-processing.js';
import aiServicesManagedIdentityMissing from './ai-services/managed-identity-missing.js';
import aiServicesNetworkAclBroadIpRange from './ai-services/network-acl-broad-ip-range.js';
import aiServicesOutboundFqdnWildcard from './ai-services/outbound-fqdn-wildcard.js';
import aiServicesPublicDeploymentWithoutContentFilter from './ai-services/public-deployment-without-content-filter.js';
import aiServicesRaiPolicyAnnotateOnly from './ai-services/rai-policy-annotate-only.js';
import aiServicesRaiPolicyAsynchronousMode from './ai-services/rai-policy-asynchronous-mode.js';
import aiServicesRaiPolicyHarmCategoryOff from './ai-services/rai-policy-harm-category-off.js';
import aiServicesRaiPolicyHarmThresholdHigh from './ai-services/rai-policy-harm-threshold-high.js';
import aiServicesRaiPolicyIndirectAttackShieldOff from './ai-services/rai-policy-indirect-attack-shield-off.js';
import aiServicesRaiPolicyJailbreakShieldOff from './ai-services/rai-policy-jailbreak-shield-off.js';
import aiServicesRaiPolicyProtectedMaterialOff from './ai-services/rai-policy-protected-material-off.js';
import aiServicesStoredCompletionsEnabled from './ai-services/stored-completions-enabled.js';
import aiServicesTrustedServicesBypass from './ai-services/trusted-services-bypass.js';
import authorizationMlIdentityPrivilege from './authorization/ml-identity-privilege.js';
import authorizationPrivilegedRoleBreadth from './authorization/privileged-role-breadth.js';
import authorizationTrainingDataWriteBreadth from './authorization/training-data-write-breadth.js';
import containerRegistryCustomerManagedKey from './container-registry/customer-managed-key.js';
import containerRegistryExportAndTrustPolicies from './container-registry/export-and-trust-policies.js';
import containerRegistryPublicAccess from './container-registry/public-access.js';
import keyVaultPurgeProtection from './key-vault/purge-protection.js';
import keyVaultRbacAuthorization from './key-vault/rbac-authorization.js';
import machineLearningComputeIdleShutdown from './machine-learning/compute-idle-shutdown.js';
import machineLearningComputeInVirtualNetwork from './machine-learning/compute-in-virtual-network.js';
import machineLearningComputeInstancePersonal from './machine-learning/compute-instance-personal.js';
import machineLearningComputeLatestOsImage from './machine-learning/compute-latest-os-image.js';
import machineLearningConnectionSharedSecret from './machine-learning/connection-shared-secret.js';
import machineLearningDatastoreCredentialAuth from './machine-learning/datastore-credential-auth.js';
import machineLearningDeployedModelLineage from './machine-learning/deployed-model-lineage.js';
import machineLearningDeploymentEgress from './machine-learning/deployment-egress.js';
import machineLearningPrivateFeatureStorePublicOfflineStore from './machine-learning/private-feature-store-public-offline-store.js';
import machineLearningPrivateRegistryPublicStore from './machine-learning/private-registry-public-store.js';
import machineLearningRegistryPrivateAccess from './machine-learning/registry-private-access.js';
import machineLearningWorkspaceDatastoreIdentityAuth from './machine-learning/workspace-datastore-identity-auth.js';
import machineLearningWorkspaceHighBusinessImpact from './machine-learning/workspace-high-business-impact.js';
import machineLearningWorkspaceLegacyPublicAccess from './machine-learning/workspace-legacy-public-access.js';
import machineLearningWorkspaceManagedNetwork from './machine-learning/workspace-managed-network.js';
import machineLearningWorkspaceServerlessNoPublicIp from './machine-learning/workspace-serverless-no-public-ip.js';
import machineLearningWorkspaceUserAssignedIdentity from './machine-learning/workspace-user-assigned-identity.js';
import networkFlowLogs from './network/flow-logs.js';
import networkNsgInternetInbound from './network/nsg-internet-inbound.js';
import networkPrivateEndpointDns from './network/private-endpoint-dns.js';
import storageBlobAnonymousAccess from './storage/blob-anonymous-access.js';

export const azureRules: readonly AnyRule[] = [
  aiFoundryConnectionSharedToAllProjects,
  aiFoundryPrivateHubConnectsToPublicAiService,
  aiServicesCustomSubdomainMissing,
  aiServicesDeploymentAutoUpgrade,
  aiServicesDeploymentGlobalProcessing,
  aiServicesManagedIdentityMissing,
  aiServicesNetworkAclBroadIpRange,
  aiServicesOutboundFqdnWildcard,
  aiServicesPublicDeploymentWithoutContentFilter,
  aiServicesRaiPolicyAnnotateOnly,
  aiServicesRaiPolicyAsynchronousMode,
  aiServicesRaiPolicyHarmCategoryOff,
  aiServicesRaiPolicyHarmThresholdHigh,
  aiServicesRaiPolicyIndirectAttackShieldOff,
  aiServicesRaiPolicyJailbreakShieldOff,
  aiServicesRaiPolicyProtectedMaterialOff,
  aiServicesStoredCompletionsEnabled,
  aiServicesTrustedServicesBypass,
  authorizationMlIdentityPrivilege,
  authorizationPrivilegedRoleBreadth,
  authorizationTrainingDataWriteBreadth,
  containerRegistryCustomerManagedKey,
  containerRegistryExportAndTrustPolicies,
  containerRegistryPublicAccess,
  keyVaultPurgeProtection,
  keyVaultRbacAuthorization,
  machineLearningComputeIdleShutdown,
  machineLearningComputeInVirtualNetwork,
  machineLearningComputeInstancePersonal,
  machineLearningComputeLatestOsImage,
  machineLearningConnectionSharedSecret,
  machineLearningDatastoreCredentialAuth,
  machineLearningDeployedModelLineage,
  machineLearningDeploymentEgress,
  machineLearningPrivateFeatureStorePublicOfflineStore,
  machineLearningPrivateRegistryPublicStore,
  machineLearningRegistryPrivateAccess,
  machineLearningWorkspaceDatastoreIdentityAuth,
  machineLearningWorkspaceHighBusinessImpact,
  machineLearningWorkspaceLegacyPublicAccess,
  machineLearningWorkspaceManagedNetwork,
  machineLearningWorkspaceServerlessNoPublicIp,
  machineLearningWorkspaceUserAssignedIdentity,
  networkFlowLogs,
  networkNsgInternetInbound,
  networkPrivateEndpointDns,
  storageBlobAnonymousAccess,
];
