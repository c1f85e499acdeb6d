// AWS-specific rules. A test checks this list equals the rule files under rules/aws.
import type { AnyRule } from '../../src/engine/index.js';
import bedrockAgentActionWithoutConfirmation from './bedrock/agent-action-without-confirmation.js';
import bedrockAgentCodeInterpreterEnabled from './bedrock/agent-code-interpreter-enabled.js';
import bedrockAgentExecutionRolePrivileged from './bedrock/agent-execution-role-privileged.js';
import bedrockAgentGuardrailDraftVersion from './bedrock/agent-guardrail-draft-version.js';
import bedrockAgentIdleSessionTtlLong from './bedrock/agent-idle-session-ttl-long.js';
import bedrockAgentWithoutGuardrailCanWriteTrainingData from './bedrock/agent-without-guardrail-can-write-training-data.js';
import bedrockCustomModelTrainedOnPubliclyWritableData from './bedrock/custom-model-trained-on-publicly-writable-data.js';
import bedrockCustomizationJobNotInVpc from './bedrock/customization-job-not-in-vpc.js';
import bedrockDataSourceCrossAccountBucket from './bedrock/data-source-cross-account-bucket.js';
import bedrockDataSourceIngestsPublicWeb from './bedrock/data-source-ingests-public-web.js';
import bedrockGuardrailContextualGroundingMissing from './bedrock/guardrail-contextual-grounding-missing.js';
import bedrockGuardrailCredentialsNotBlocked from './bedrock/guardrail-credentials-not-blocked.js';
import bedrockGuardrailFiltersDetectOnly from './bedrock/guardrail-filters-detect-only.js';
import bedrockGuardrailHateFilterWeak from './bedrock/guardrail-hate-filter-weak.js';
import bedrockGuardrailInsultsFilterWeak from './bedrock/guardrail-insults-filter-weak.js';
import bedrockGuardrailMisconductFilterWeak from './bedrock/guardrail-misconduct-filter-weak.js';
import bedrockGuardrailNoDeniedTopics from './bedrock/guardrail-no-denied-topics.js';
import bedrockGuardrailProfanityFilterMissing from './bedrock/guardrail-profanity-filter-missing.js';
import bedrockGuardrailPromptAttackFilterWeak from './bedrock/guardrail-prompt-attack-filter-weak.js';
import bedrockGuardrailSensitiveInformationFilterMissing from './bedrock/guardrail-sensitive-information-filter-missing.js';
import bedrockGuardrailSexualFilterWeak from './bedrock/guardrail-sexual-filter-weak.js';
import bedrockGuardrailViolenceFilterWeak from './bedrock/guardrail-violence-filter-weak.js';
import bedrockInvocationLogsNotCmk from './bedrock/invocation-logs-not-cmk.js';
import bedrockInvocationLogsPubliclyReadable from './bedrock/invocation-logs-publicly-readable.js';
import bedrockKnowledgeBaseExternalVectorStore from './bedrock/knowledge-base-external-vector-store.js';
import bedrockKnowledgeBaseReadsPubliclyWritableBucket from './bedrock/knowledge-base-reads-publicly-writable-bucket.js';
import bedrockResourceNotCmk from './bedrock/resource-not-cmk.js';
import bedrockVpcMissingRuntimeEndpoints from './bedrock/vpc-missing-runtime-endpoints.js';
import cloudtrailTrailNotKmsEncrypted from './cloudtrail/trail-not-kms-encrypted.js';
import cloudtrailTrailNotLogging from './cloudtrail/trail-not-logging.js';
import ec2MlSecurityGroupOpenIngress from './ec2/ml-security-group-open-ingress.js';
import ec2MlSubnetPublic from './ec2/ml-subnet-public.js';
import ec2MlVpcFlowLogsDisabled from './ec2/ml-vpc-flow-logs-disabled.js';
import ec2MlVpcMissingEndpoints from './ec2/ml-vpc-missing-endpoints.js';
import ecrRepositoryCrossAccountAccess from './ecr/repository-cross-account-access.js';
import ecrRepositoryNotKmsEncrypted from './ecr/repository-not-kms-encrypted.js';
import iamExecutionRolePassroleUnrestricted from './iam/execution-role-passrole-unrestricted.js';
import iamExecutionRoleS3FullAccess from './iam/execution-role-s3-full-access.js';
import iamExecutionRoleSagemakerFullAccess from './iam/execution-role-sagemaker-full-access.js';
import kmsMlKeyPendingDeletion from './kms/ml-key-pending-deletion.js';
import kmsMlKeyPolicyPublic from './kms/ml-key-policy-public.js';
import s3MlBucketAclsEnabled from './s3/ml-bucket-acls-enabled.js';
import s3MlBucketCrossAccountWrite from './s3/ml-bucket-cross-account-write.js';
import s3MlBucketMfaDeleteDisabled from './s3/ml-bucket-mfa-delete-disabled.js';
import s3MlBucketPublicAccessBlockOff from './s3/ml-bucket-public-access-block-off.js';
import sagemakerAutomlJobAutoDeploysCandidate from './sagemaker/automl-job-auto-deploys-candidate.js';
import sagemakerDomainIamAuth from './sagemaker/domain-iam-auth.js';
import sagemakerDomainPublicInternetOnly from './sagemaker/domain-public-internet-only.js';
import sagemakerEndpointConfigNotCmk from './sagemaker/endpoint-config-not-cmk.js';
import sagemakerEndpointConfigSingleInstance from './sagemaker/endpoint-config-single-instance.js';
import sagemakerEndpointConfigSsmAccessEnabled from './sagemaker/endpoint-config-ssm-access-enabled.js';
import sagemakerEndpointDataCaptureIncomplete from './sagemaker/endpoint-data-capture-incomplete.js';
import sagemakerEndpointWithoutModelMonitor from './sagemaker/endpoint-without-model-monitor.js';
import sagemakerHyperpodLifecycleSourcePubliclyWritable from './sagemaker/hyperpod-lifecycle-source-publicly-writable.js';
import sagemakerJobInputPubliclyWritable from './sagemaker/job-input-publicly-writable.js';
import sagemakerModelImageNotPrivateEcr from './sagemaker/model-image-not-private-ecr.js';
import sagemakerModelNotInVpc from './sagemaker/model-not-in-vpc.js';
import sagemakerModelPackageGroupCrossAccountAccess from './sagemaker/model-package-group-cross-account-access.js';
import sagemakerModelPackageWithoutLineage from './sagemaker/model-package-without-lineage.js';
import sagemakerMonitoringJobInterContainerEncryptionDisabled from './sagemaker/monitoring-job-inter-container-encryption-disabled.js';
import sagemakerMonitoringJobNetworkIsolationDisabled from './sagemaker/monitoring-job-network-isolation-disabled.js';
import sagemakerNotebookImdsv1Allowed from './sagemaker/notebook-imdsv1-allowed.js';
import sagemakerNotebookUnsupportedPlatform from './sagemaker/notebook-unsupported-platform.js';
import sagemakerServedModelWithoutApprovedCard from './sagemaker/served-model-without-approved-card.js';
import sagemakerUserProfileSharedExecutionRole from './sagemaker/user-profile-shared-execution-role.js';

export const awsRules: readonly AnyRule[] = [
  bedrockAgentActionWithoutConfirmation,
  bedrockAgentCodeInterpreterEnabled,
  bedrockAgentExecutionRolePrivileged,
  bedrockAgentGuardrailDraftVersion,
  bedrockAgentIdleSessionTtlLong,
  bedrockAgentWithoutGuardrailCanWriteTrainingData,
  bedrockCustomModelTrainedOnPubliclyWritableData,
  bedrockCustomizationJobNotInVpc,
  bedrockDataSourceCrossAccountBucket,
  bedrockDataSourceIngestsPublicWeb,
  bedrockGuardrailContextualGroundingMissing,
  bedrockGuardrailCredentialsNotBlocked,
  bedrockGuardrailFiltersDetectOnly,
  bedrockGuardrailHateFilterWeak,
  bedrockGuardrailInsultsFilterWeak,
  bedrockGuardrailMisconductFilterWeak,
  bedrockGuardrailNoDeniedTopics,
  bedrockGuardrailProfanityFilterMissing,
  bedrockGuardrailPromptAttackFilterWeak,
  bedrockGuardrailSensitiveInformationFilterMissing,
  bedrockGuardrailSexualFilterWeak,
  bedrockGuardrailViolenceFilterWeak,
  bedrockInvocationLogsNotCmk,
  bedrockInvocationLogsPubliclyReadable,
  bedrockKnowledgeBaseExternalVectorStore,
  bedrockKnowledgeBaseReadsPubliclyWritableBucket,
  bedrockResourceNotCmk,
  bedrockVpcMissingRuntimeEndpoints,
  cloudtrailTrailNotKmsEncrypted,
  cloudtrailTrailNotLogging,
  ec2MlSecurityGroupOpenIngress,
  ec2MlSubnetPublic,
  ec2MlVpcFlowLogsDisabled,
  ec2MlVpcMissingEndpoints,
  ecrRepositoryCrossAccountAccess,
  ecrRepositoryNotKmsEncrypted,
  iamExecutionRolePassroleUnrestricted,
  iamExecutionRoleS3FullAccess,
  iamExecutionRoleSagemakerFullAccess,
  kmsMlKeyPendingDeletion,
  kmsMlKeyPolicyPublic,
  s3MlBucketAclsEnabled,
  s3MlBucketCrossAccountWrite,
  s3MlBucketMfaDeleteDisabled,
  s3MlBucketPublicAccessBlockOff,
  sagemakerAutomlJobAutoDeploysCandidate,
  sagemakerDomainIamAuth,
  sagemakerDomainPublicInternetOnly,
  sagemakerEndpointConfigNotCmk,
  sagemakerEndpointConfigSingleInstance,
  sagemakerEndpointConfigSsmAccessEnabled,
  sagemakerEndpointDataCaptureIncomplete,
  sagemakerEndpointWithoutModelMonitor,
  sagemakerHyperpodLifecycleSourcePubliclyWritable,
  sagemakerJobInputPubliclyWritable,
  sagemakerModelImageNotPrivateEcr,
  sagemakerModelNotInVpc,
  sagemakerModelPackageGroupCrossAccountAccess,
  sagemakerModelPackageWithoutLineage,
  sagemakerMonitoringJobInterContainerEncryptionDisabled,
  sagemakerMonitoringJobNetworkIsolationDisabled,
  sagemakerNotebookImdsv1Allowed,
  sagemakerNotebookUnsupportedPlatform,
  sagemakerServedModelWithoutApprovedCard,
  sagemakerUserProfileSharedExecutionRole,
];
