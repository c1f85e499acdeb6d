// Azure-specific rules. A test checks this list equals the rule files under rules/azure.
import type { AnyRule } from '../../src/engine/index.js';
import authorizationCustomRoleWildcards from './authorization/custom-role-wildcards.js';
import authorizationMlIdentityPrivilege from './authorization/ml-identity-privilege.js';
import authorizationPrivilegedRoleBreadth from './authorization/privileged-role-breadth.js';
import authorizationTrainingDataWriteBreadth from './authorization/training-data-write-breadth.js';
import containerRegistryAdminUser from './container-registry/admin-user.js';
import containerRegistryCustomerManagedKey from './container-registry/customer-managed-key.js';
import containerRegistryExportAndTrustPolicies from './container-registry/export-and-trust-policies.js';
import containerRegistryPublicAccess from './container-registry/public-access.js';
import keyVaultDiagnosticLogs from './key-vault/diagnostic-logs.js';
import keyVaultPublicNetworkAccess from './key-vault/public-network-access.js';
import keyVaultPurgeProtection from './key-vault/purge-protection.js';
import keyVaultRbacAuthorization from './key-vault/rbac-authorization.js';
import machineLearningComputeIdleShutdown from './machine-learning/compute-idle-shutdown.js';
import machineLearningComputeInVirtualNetwork from './machine-learning/compute-in-virtual-network.js';
import machineLearningComputeInstancePersonal from './machine-learning/compute-instance-personal.js';
import machineLearningComputeLatestOsImage from './machine-learning/compute-latest-os-image.js';
import machineLearningComputeLocalAuth from './machine-learning/compute-local-auth.js';
import machineLearningComputePublicIp from './machine-learning/compute-public-ip.js';
import machineLearningComputeRootAccess from './machine-learning/compute-root-access.js';
import machineLearningComputeSshAccess from './machine-learning/compute-ssh-access.js';
import machineLearningConnectionSharedSecret from './machine-learning/connection-shared-secret.js';
import machineLearningDatastoreCredentialAuth from './machine-learning/datastore-credential-auth.js';
import machineLearningDeployedModelLineage from './machine-learning/deployed-model-lineage.js';
import machineLearningDeploymentEgress from './machine-learning/deployment-egress.js';
import machineLearningEndpointAuthMode from './machine-learning/endpoint-auth-mode.js';
import machineLearningEndpointDiagnosticLogs from './machine-learning/endpoint-diagnostic-logs.js';
import machineLearningEndpointPublicNetworkAccess from './machine-learning/endpoint-public-network-access.js';
import machineLearningPublicEndpointPublicData from './machine-learning/public-endpoint-public-data.js';
import machineLearningRegistryPrivateAccess from './machine-learning/registry-private-access.js';
import machineLearningWorkspaceCustomerManagedKey from './machine-learning/workspace-customer-managed-key.js';
import machineLearningWorkspaceDatastoreIdentityAuth from './machine-learning/workspace-datastore-identity-auth.js';
import machineLearningWorkspaceDiagnosticLogs from './machine-learning/workspace-diagnostic-logs.js';
import machineLearningWorkspaceHighBusinessImpact from './machine-learning/workspace-high-business-impact.js';
import machineLearningWorkspaceLegacyPublicAccess from './machine-learning/workspace-legacy-public-access.js';
import machineLearningWorkspaceManagedNetwork from './machine-learning/workspace-managed-network.js';
import machineLearningWorkspacePrivateLink from './machine-learning/workspace-private-link.js';
import machineLearningWorkspaceServerlessNoPublicIp from './machine-learning/workspace-serverless-no-public-ip.js';
import machineLearningWorkspaceUserAssignedIdentity from './machine-learning/workspace-user-assigned-identity.js';
import networkFlowLogs from './network/flow-logs.js';
import networkNsgInternetInbound from './network/nsg-internet-inbound.js';
import networkPrivateEndpointDns from './network/private-endpoint-dns.js';
import storageBlobAnonymousAccess from './storage/blob-anonymous-access.js';
import storageBlobLogging from './storage/blob-logging.js';
import storageBlobSoftDelete from './storage/blob-soft-delete.js';
import storageBlobVersioning from './storage/blob-versioning.js';
import storageCustomerManagedKey from './storage/customer-managed-key.js';
import storageNetworkAccess from './storage/network-access.js';
import storagePrivateLink from './storage/private-link.js';
import storageSecureTransfer from './storage/secure-transfer.js';
import storageSharedKeyAccess from './storage/shared-key-access.js';

export const azureRules: readonly AnyRule[] = [
  authorizationCustomRoleWildcards,
  authorizationMlIdentityPrivilege,
  authorizationPrivilegedRoleBreadth,
  authorizationTrainingDataWriteBreadth,
  containerRegistryAdminUser,
  containerRegistryCustomerManagedKey,
  containerRegistryExportAndTrustPolicies,
  containerRegistryPublicAccess,
  keyVaultDiagnosticLogs,
  keyVaultPublicNetworkAccess,
  keyVaultPurgeProtection,
  keyVaultRbacAuthorization,
  machineLearningComputeIdleShutdown,
  machineLearningComputeInVirtualNetwork,
  machineLearningComputeInstancePersonal,
  machineLearningComputeLatestOsImage,
  machineLearningComputeLocalAuth,
  machineLearningComputePublicIp,
  machineLearningComputeRootAccess,
  machineLearningComputeSshAccess,
  machineLearningConnectionSharedSecret,
  machineLearningDatastoreCredentialAuth,
  machineLearningDeployedModelLineage,
  machineLearningDeploymentEgress,
  machineLearningEndpointAuthMode,
  machineLearningEndpointDiagnosticLogs,
  machineLearningEndpointPublicNetworkAccess,
  machineLearningPublicEndpointPublicData,
  machineLearningRegistryPrivateAccess,
  machineLearningWorkspaceCustomerManagedKey,
  machineLearningWorkspaceDatastoreIdentityAuth,
  machineLearningWorkspaceDiagnosticLogs,
  machineLearningWorkspaceHighBusinessImpact,
  machineLearningWorkspaceLegacyPublicAccess,
  machineLearningWorkspaceManagedNetwork,
  machineLearningWorkspacePrivateLink,
  machineLearningWorkspaceServerlessNoPublicIp,
  machineLearningWorkspaceUserAssignedIdentity,
  networkFlowLogs,
  networkNsgInternetInbound,
  networkPrivateEndpointDns,
  storageBlobAnonymousAccess,
  storageBlobLogging,
  storageBlobSoftDelete,
  storageBlobVersioning,
  storageCustomerManagedKey,
  storageNetworkAccess,
  storagePrivateLink,
  storageSecureTransfer,
  storageSharedKeyAccess,
];
