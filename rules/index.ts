// The rule registry. A test checks these lists equal the rule files on disk.
import type { AnyRule } from '../src/engine/index.js';
import { awsRules } from './aws/index.js';
import { azureRules } from './azure/index.js';
import exposureAiServicePublicNetworkAccess from './exposure/ai-service-public-network-access.js';
import exposureComputePublicIp from './exposure/compute-public-ip.js';
import exposureComputeSshEnabled from './exposure/compute-ssh-enabled.js';
import exposureEndpointPublicNetworkAccess from './exposure/endpoint-public-network-access.js';
import exposureKeyVaultPublicNetworkAccess from './exposure/key-vault-public-network-access.js';
import exposureNotebookDirectInternetAccess from './exposure/notebook-direct-internet-access.js';
import exposureRegistryAnonymousPull from './exposure/registry-anonymous-pull.js';
import exposureSecurityGroupAdminPortsOpen from './exposure/security-group-admin-ports-open.js';
import exposureStoragePublicAccess from './exposure/storage-public-access.js';
import exposureStoragePublicNetworkAccess from './exposure/storage-public-network-access.js';
import exposureWorkspacePublicNetworkAccess from './exposure/workspace-public-network-access.js';
import rbacBroadRoleAtWideScope from './rbac/broad-role-at-wide-scope.js';
import rbacEndpointKeyAuth from './rbac/endpoint-key-auth.js';
import rbacExternalPrincipalTrusted from './rbac/external-principal-trusted.js';
import rbacGuestBroadAccess from './rbac/guest-broad-access.js';
import rbacLocalAuthEnabled from './rbac/local-auth-enabled.js';
import rbacMlIdentityAdminPrivilege from './rbac/ml-identity-admin-privilege.js';
import rbacMlIdentityWildcardActions from './rbac/ml-identity-wildcard-actions.js';
import rbacNotebookRootAccess from './rbac/notebook-root-access.js';
import loggingAuditTrailLogValidationDisabled from './logging/audit-trail-log-validation-disabled.js';
import loggingAuditTrailSingleRegion from './logging/audit-trail-single-region.js';
import loggingEndpointDataCaptureDisabled from './logging/endpoint-data-capture-disabled.js';
import loggingEndpointLoggingDisabled from './logging/endpoint-logging-disabled.js';
import loggingAiServiceLoggingDisabled from './logging/ai-service-logging-disabled.js';
import loggingKeyVaultLoggingDisabled from './logging/key-vault-logging-disabled.js';
import loggingMlStorageDataEventsNotLogged from './logging/ml-storage-data-events-not-logged.js';
import loggingPromptLoggingDisabled from './logging/prompt-logging-disabled.js';
import loggingStorageAccessLoggingDisabled from './logging/storage-access-logging-disabled.js';
import loggingWorkspaceLoggingDisabled from './logging/workspace-logging-disabled.js';
import segmentationComputeNotInVirtualNetwork from './segmentation/compute-not-in-virtual-network.js';
import segmentationNetworkIsolationDisabled from './segmentation/network-isolation-disabled.js';
import segmentationOutboundUnrestricted from './segmentation/outbound-unrestricted.js';
import segmentationPrivateEndpointMissing from './segmentation/private-endpoint-missing.js';
import versioningEndpointServesUnregisteredModel from './versioning/endpoint-serves-unregistered-model.js';
import versioningServedModelVersionNotApproved from './versioning/served-model-version-not-approved.js';
import versioningStorageSoftDeleteDisabled from './versioning/storage-soft-delete-disabled.js';
import versioningStorageVersioningDisabled from './versioning/storage-versioning-disabled.js';
import encryptionCustomerManagedKeyMissing from './encryption/customer-managed-key-missing.js';
import encryptionKeyVaultPurgeProtectionDisabled from './encryption/key-vault-purge-protection-disabled.js';
import encryptionKmsKeyRotationDisabled from './encryption/kms-key-rotation-disabled.js';
import encryptionStorageTlsBelow12 from './encryption/storage-tls-below-1-2.js';
import encryptionTransitEncryptionNotEnforced from './encryption/transit-encryption-not-enforced.js';
import integrityGenaiContentFilterMissing from './integrity/genai-content-filter-missing.js';
import integrityMlDataWithoutOwnerOrClassification from './integrity/ml-data-without-owner-or-classification.js';
import integrityMlResourceWithoutTags from './integrity/ml-resource-without-tags.js';
import integrityModelArtifactStorageNotImmutable from './integrity/model-artifact-storage-not-immutable.js';
import integrityPublicEndpointServesModelTrainedOnExposedData from './integrity/public-endpoint-serves-model-trained-on-exposed-data.js';
import integrityRegistryImageScanningDisabled from './integrity/registry-image-scanning-disabled.js';
import integrityRegistryTagsMutable from './integrity/registry-tags-mutable.js';
import integrityScriptEmbedsSecret from './integrity/script-embeds-secret.js';
import integrityServedModelArtifactsPubliclyWritable from './integrity/served-model-artifacts-publicly-writable.js';
import integrityTrackingArtifactsPubliclyWritable from './integrity/tracking-artifacts-publicly-writable.js';

/** Cross-cloud rules: they read only normalised facts and the graph. */
export const coreRules: readonly AnyRule[] = [
  exposureAiServicePublicNetworkAccess,
  exposureComputePublicIp,
  exposureComputeSshEnabled,
  exposureEndpointPublicNetworkAccess,
  exposureKeyVaultPublicNetworkAccess,
  exposureNotebookDirectInternetAccess,
  exposureRegistryAnonymousPull,
  exposureSecurityGroupAdminPortsOpen,
  exposureStoragePublicAccess,
  exposureStoragePublicNetworkAccess,
  exposureWorkspacePublicNetworkAccess,
  rbacBroadRoleAtWideScope,
  rbacEndpointKeyAuth,
  rbacExternalPrincipalTrusted,
  rbacGuestBroadAccess,
  rbacLocalAuthEnabled,
  rbacMlIdentityAdminPrivilege,
  rbacMlIdentityWildcardActions,
  rbacNotebookRootAccess,
  loggingAuditTrailLogValidationDisabled,
  loggingAuditTrailSingleRegion,
  loggingEndpointDataCaptureDisabled,
  loggingEndpointLoggingDisabled,
  loggingAiServiceLoggingDisabled,
  loggingKeyVaultLoggingDisabled,
  loggingMlStorageDataEventsNotLogged,
  loggingPromptLoggingDisabled,
  loggingStorageAccessLoggingDisabled,
  loggingWorkspaceLoggingDisabled,
  segmentationComputeNotInVirtualNetwork,
  segmentationNetworkIsolationDisabled,
  segmentationOutboundUnrestricted,
  segmentationPrivateEndpointMissing,
  versioningEndpointServesUnregisteredModel,
  versioningServedModelVersionNotApproved,
  versioningStorageSoftDeleteDisabled,
  versioningStorageVersioningDisabled,
  encryptionCustomerManagedKeyMissing,
  encryptionKeyVaultPurgeProtectionDisabled,
  encryptionKmsKeyRotationDisabled,
  encryptionStorageTlsBelow12,
  encryptionTransitEncryptionNotEnforced,
  integrityGenaiContentFilterMissing,
  integrityMlDataWithoutOwnerOrClassification,
  integrityMlResourceWithoutTags,
  integrityModelArtifactStorageNotImmutable,
  integrityPublicEndpointServesModelTrainedOnExposedData,
  integrityRegistryImageScanningDisabled,
  integrityRegistryTagsMutable,
  integrityScriptEmbedsSecret,
  integrityServedModelArtifactsPubliclyWritable,
  integrityTrackingArtifactsPubliclyWritable,
];

export const rules: readonly AnyRule[] = [...coreRules, ...awsRules, ...azureRules];
