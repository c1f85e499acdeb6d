import type { AssessmentMode, Control, FrameworkPack } from '../types.js';

function mitigation(id: string, title: string, statement: string, assessment: AssessmentMode): Control {
  return { id, title, statement, area: 'Mitigation', assessment };
}

/**
 * The MITRE ATLAS mitigations our rules map to: the unique ids and names collected from
 * research/control-catalog.json (ATLAS data v5.6.0), each with a one-line description in our words.
 * Mitigations that are mostly practice (sanitising data, validating models) need an attestation.
 */
export const MITRE_ATLAS: FrameworkPack = {
  id: 'mitre-atlas',
  name: 'MITRE ATLAS mitigations',
  source: 'research/control-catalog.json (mitreAtlasMitigations; MITRE ATLAS data v5.6.0, atlas.mitre.org)',
  version: '5.6.0',
  controlIdPattern: /^AML\.M\d{4}$/,
  controls: [
    mitigation('AML.M0004', 'Restrict Number of AI Model Queries', 'Limit the total number and rate of queries a user can make, to slow extraction, inference and denial-of-service attacks.', 'automated'),
    mitigation('AML.M0005', 'Control Access to AI Models and Data at Rest', 'Restrict access to stored models, datasets and artifacts.', 'automated'),
    mitigation('AML.M0007', 'Sanitize Training Data', 'Detect and remove poisoned or unwanted records before training.', 'attestation'),
    mitigation('AML.M0008', 'Validate AI Model', 'Check models for backdoors, drift and unexpected behaviour before and after deployment.', 'both'),
    mitigation('AML.M0011', 'Restrict Library Loading', 'Stop untrusted code and libraries from loading in ML environments.', 'both'),
    mitigation('AML.M0012', 'Encrypt Sensitive Information', 'Encrypt models, data and traffic so copies are useless to an attacker.', 'automated'),
    mitigation('AML.M0013', 'Code Signing', 'Sign and verify the code and artifacts that build and run models.', 'automated'),
    mitigation('AML.M0014', 'Verify AI Artifacts', 'Check the integrity and origin of models, datasets and images before use.', 'automated'),
    mitigation('AML.M0016', 'Vulnerability Scanning', 'Scan ML software, images and dependencies for known vulnerabilities.', 'automated'),
    mitigation('AML.M0017', 'AI Model Distribution Methods', 'Serve models so their weights are not handed to the people who query them.', 'automated'),
    mitigation('AML.M0019', 'Control Access to AI Models and Data in Production', 'Authenticate and authorise access to deployed models and their data.', 'automated'),
    mitigation('AML.M0023', 'AI Bill of Materials', 'Record the components, data and models an AI system is made of.', 'both'),
    mitigation('AML.M0024', 'AI Telemetry Logging', 'Log model queries, access and changes so attacks can be detected and investigated.', 'automated'),
    mitigation('AML.M0025', 'Maintain AI Dataset Provenance', 'Keep the history of where datasets came from and how they changed.', 'both'),
  ],
  // Rule id → the controls of this framework the rule gives evidence for.
  mapping: {
    'aws/bedrock/agent-code-interpreter-enabled': [
      ['AML.M0011', 'The code interpreter loads and runs code the model writes on request in the agent’s environment.'],
    ],
    'aws/bedrock/agent-without-guardrail-can-write-training-data': [
      ['AML.M0005', 'The agent’s role can write the stored training datasets.'],
    ],
    'aws/bedrock/custom-model-trained-on-publicly-writable-data': [
      ['AML.M0005', 'Access to the stored fine-tuning data is not restricted.'],
    ],
    'aws/bedrock/invocation-logs-not-cmk': [
      ['AML.M0012', 'Logged prompts and completions are not encrypted under the organisation’s key.'],
    ],
    'aws/bedrock/invocation-logs-publicly-readable': [
      ['AML.M0005', 'Access to the stored invocation data is not restricted.'],
    ],
    'aws/bedrock/knowledge-base-reads-publicly-writable-bucket': [
      ['AML.M0005', 'Access to the stored documents the model retrieves is not restricted.'],
    ],
    'aws/bedrock/resource-not-cmk': [
      ['AML.M0012', 'Model weights and AI data are encrypted only with AWS-owned keys.'],
    ],
    'aws/cloudtrail/trail-not-kms-encrypted': [
      ['AML.M0024', 'Protects the telemetry logs of model and data access from being read by whoever reaches the log bucket.'],
    ],
    'aws/cloudtrail/trail-not-logging': [
      ['AML.M0024', 'A stopped trail records no access to or change of models and data.'],
    ],
    'aws/ec2/ml-security-group-open-ingress': [
      ['AML.M0005', 'Notebook and training ports open to anyone reach the data on them.'],
      ['AML.M0019', 'Model-serving ports open to anyone let unauthenticated callers reach the production model.'],
    ],
    'aws/ec2/ml-subnet-public': [
      ['AML.M0005', 'Nodes holding data and models sit one rule away from the internet.'],
    ],
    'aws/ec2/ml-vpc-flow-logs-disabled': [
      ['AML.M0024', 'No record of where ML workloads sent traffic.'],
    ],
    'aws/ec2/ml-vpc-missing-endpoints': [
      ['AML.M0005', 'S3 access to training data cannot be confined by endpoint policy.'],
      ['AML.M0019', 'Endpoint invocation cannot be confined to the VPC by aws:SourceVpce.'],
    ],
    'aws/ecr/repository-cross-account-access': [
      ['AML.M0014', 'Images other accounts can push cannot be trusted as the ones verified.'],
    ],
    'aws/ecr/repository-not-kms-encrypted': [
      ['AML.M0012', 'Images carrying model weights are not encrypted with a key the organisation controls.'],
    ],
    'aws/iam/execution-role-passrole-unrestricted': [
      ['AML.M0005', 'Code in a notebook can escalate to any role, and with it to all models and data.'],
    ],
    'aws/iam/execution-role-s3-full-access': [
      ['AML.M0005', 'The role reaches every bucket of models and data.'],
    ],
    'aws/iam/execution-role-sagemaker-full-access': [
      ['AML.M0005', 'The role reaches every model, package and Studio space.'],
    ],
    'aws/kms/ml-key-policy-public': [
      ['AML.M0012', 'Encryption protects nothing when any account may use the key.'],
    ],
    'aws/s3/ml-bucket-acls-enabled': [
      ['AML.M0005', 'ACLs grant access to stored models and data outside the bucket policy.'],
    ],
    'aws/s3/ml-bucket-cross-account-write': [
      ['AML.M0005', 'Other accounts can write stored models and data.'],
    ],
    'aws/s3/ml-bucket-mfa-delete-disabled': [
      ['AML.M0025', 'Without MFA Delete, the version history of datasets can be purged.'],
    ],
    'aws/s3/ml-bucket-public-access-block-off': [
      ['AML.M0005', 'The guard rail against public access to stored models and data is off.'],
    ],
    'aws/sagemaker/domain-iam-auth': [
      ['AML.M0005', 'Anyone allowed to create presigned URLs can open any user’s space and data.'],
    ],
    'aws/sagemaker/domain-public-internet-only': [
      ['AML.M0005', 'Studio data can leave over a path outside the organisation’s controls.'],
    ],
    'aws/sagemaker/endpoint-config-not-cmk': [
      ['AML.M0012', 'The model artifact on the instance volume is not encrypted with a customer key.'],
    ],
    'aws/sagemaker/endpoint-config-ssm-access-enabled': [
      ['AML.M0019', 'A shell into the production container reaches the model and live requests outside the endpoint API.'],
    ],
    'aws/sagemaker/endpoint-data-capture-incomplete': [
      ['AML.M0024', 'Model queries are not fully logged.'],
    ],
    'aws/sagemaker/automl-job-auto-deploys-candidate': [
      ['AML.M0008', 'The candidate serves without validation beyond the metric it was selected on.'],
    ],
    'aws/sagemaker/endpoint-without-model-monitor': [
      ['AML.M0008', 'The deployed model is not checked for drift or unexpected behaviour.'],
    ],
    'aws/sagemaker/model-image-not-private-ecr': [
      ['AML.M0014', 'The image’s origin and content are not verified.'],
      ['AML.M0016', 'The image is outside the registry scanning applied to private images.'],
    ],
    'aws/sagemaker/model-not-in-vpc': [
      ['AML.M0005', 'Model containers reach stored artifacts outside the organisation’s network controls.'],
    ],
    'aws/sagemaker/model-package-group-cross-account-access': [
      ['AML.M0005', 'Outside accounts can reach the registered models and their artifacts.'],
    ],
    'aws/sagemaker/job-input-publicly-writable': [
      ['AML.M0005', 'Access to the data at rest the job reads is not restricted.'],
    ],
    'aws/sagemaker/model-package-without-lineage': [
      ['AML.M0023', 'The version has no record of the components and data it was built from.'],
      ['AML.M0025', 'The datasets behind the version are not recorded.'],
    ],
    'aws/sagemaker/monitoring-job-inter-container-encryption-disabled': [
      ['AML.M0012', 'Captured inference data moves between instances unencrypted.'],
    ],
    'aws/sagemaker/monitoring-job-network-isolation-disabled': [
      ['AML.M0005', 'The job’s container can send captured data and baselines anywhere.'],
    ],
    'aws/sagemaker/notebook-imdsv1-allowed': [
      ['AML.M0005', 'Forged metadata requests hand out the role credentials that reach models and data.'],
    ],
    'aws/sagemaker/notebook-unsupported-platform': [
      ['AML.M0016', 'An unsupported platform keeps known vulnerabilities a scan would report.'],
    ],
    'aws/sagemaker/user-profile-shared-execution-role': [
      ['AML.M0005', 'Every user holds the union of everyone’s data access.'],
    ],
    'azure/authorization/ml-identity-privilege': [
      ['AML.M0005', 'The ML identity’s broad role reaches all models and data in scope.'],
      ['AML.M0019', 'Code behind an endpoint acts with broad rights over production models.'],
    ],
    'azure/authorization/privileged-role-breadth': [
      ['AML.M0005', 'Broad roles reach stored models and data across workspaces.'],
      ['AML.M0019', 'Broad roles can redeploy production models.'],
    ],
    'azure/authorization/training-data-write-breadth': [
      ['AML.M0005', 'Broad write reaches every training set and model artifact.'],
    ],
    'azure/container-registry/customer-managed-key': [
      ['AML.M0012', 'Images carrying weights are not encrypted with a key the organisation controls.'],
    ],
    'azure/container-registry/export-and-trust-policies': [
      ['AML.M0013', 'Content trust (signed images) is off.'],
      ['AML.M0014', 'Without quarantine, images are not verified before use.'],
    ],
    'azure/container-registry/public-access': [
      ['AML.M0005', 'Images are reachable from every network or anonymously.'],
      ['AML.M0014', 'A stolen token can push replacements, so images cannot be trusted as verified.'],
    ],
    'azure/key-vault/rbac-authorization': [
      ['AML.M0005', 'Vault access policies do not scope access to the secrets that reach data.'],
    ],
    'azure/machine-learning/compute-in-virtual-network': [
      ['AML.M0005', 'Compute reaches stored data over paths network controls cannot constrain.'],
    ],
    'azure/machine-learning/compute-instance-personal': [
      ['AML.M0005', 'Users of a shared instance reach each other’s data.'],
    ],
    'azure/machine-learning/compute-latest-os-image': [
      ['AML.M0016', 'An old image keeps known vulnerabilities a scan would report.'],
    ],
    'azure/machine-learning/connection-shared-secret': [
      ['AML.M0005', 'A shared secret reaches the connected data service with no per-user control.'],
    ],
    'azure/machine-learning/datastore-credential-auth': [
      ['AML.M0005', 'A shared key gives every user the data’s full rights.'],
    ],
    'azure/machine-learning/deployed-model-lineage': [
      ['AML.M0025', 'The data behind the served version is not recorded.'],
      ['AML.M0014', 'The served version’s origin cannot be verified.'],
    ],
    'azure/machine-learning/deployment-egress': [
      ['AML.M0005', 'Scoring code, or a payload in the model, can send the deployed model and the data it sees to any destination.'],
    ],
    'azure/machine-learning/private-registry-public-store': [
      ['AML.M0005', 'Stored models and environment images are reachable from the internet.'],
    ],
    'azure/machine-learning/private-feature-store-public-offline-store': [
      ['AML.M0005', 'Stored feature data is reachable from the internet.'],
    ],
    'azure/machine-learning/registry-private-access': [
      ['AML.M0005', 'Models and environments are reachable from the internet.'],
      ['AML.M0014', 'Models every workspace deploys can be replaced, so their origin cannot be trusted.'],
    ],
    'azure/machine-learning/workspace-datastore-identity-auth': [
      ['AML.M0005', 'Account keys give full access to stored data to anyone who reads workspace secrets.'],
    ],
    'azure/machine-learning/workspace-high-business-impact': [
      ['AML.M0012', 'Scratch disks holding sensitive training data are not encrypted.'],
    ],
    'azure/machine-learning/workspace-legacy-public-access': [
      ['AML.M0019', 'Legacy settings reopen public access to the workspace that serves models.'],
    ],
    'azure/machine-learning/workspace-managed-network': [
      ['AML.M0005', 'Compute holding data can send it to any host.'],
    ],
    'azure/machine-learning/workspace-serverless-no-public-ip': [
      ['AML.M0005', 'Serverless nodes holding data get public addresses.'],
    ],
    'azure/machine-learning/workspace-user-assigned-identity': [
      ['AML.M0005', 'The system identity gets broad data access not scoped in advance.'],
    ],
    'azure/network/flow-logs': [
      ['AML.M0024', 'No record of where ML compute sent traffic.'],
    ],
    'azure/network/nsg-internet-inbound': [
      ['AML.M0005', 'Nodes holding data are reachable from the internet.'],
    ],
    'azure/network/private-endpoint-dns': [
      ['AML.M0019', 'Traffic to the workspace bypasses the private endpoint.'],
    ],
    'azure/storage/blob-anonymous-access': [
      ['AML.M0005', 'Stored models and data can be made public.'],
    ],
    'encryption/customer-managed-key-missing': [
      ['AML.M0012', 'Data at rest is not encrypted with a key the organisation controls.'],
      ['AML.M0005', 'Who may decrypt stored models and data is not under the organisation’s control.'],
    ],
    'encryption/kms-key-rotation-disabled': [
      ['AML.M0012', 'One exposure of the key material stays useful indefinitely.'],
    ],
    'encryption/storage-tls-below-1-2': [
      ['AML.M0012', 'Traffic can be downgraded to weak encryption.'],
    ],
    'encryption/transit-encryption-not-enforced': [
      ['AML.M0012', 'Data and parameters travel unencrypted.'],
    ],
    'exposure/compute-public-ip': [
      ['AML.M0005', 'Compute holding data and credentials is on the internet.'],
    ],
    'exposure/compute-ssh-enabled': [
      ['AML.M0005', 'A remote shell reaches the data and credentials on the node.'],
    ],
    'exposure/endpoint-public-network-access': [
      ['AML.M0019', 'The production model accepts traffic from any network.'],
    ],
    'exposure/key-vault-public-network-access': [
      ['AML.M0005', 'Secrets that unlock data are reachable from any network.'],
    ],
    'exposure/notebook-direct-internet-access': [
      ['AML.M0005', 'Data on the notebook can leave directly.'],
    ],
    'exposure/registry-anonymous-pull': [
      ['AML.M0005', 'Images carrying models are readable by anyone.'],
    ],
    'exposure/security-group-admin-ports-open': [
      ['AML.M0005', 'Admin ports to nodes holding data are open to the internet.'],
    ],
    'exposure/storage-public-access': [
      ['AML.M0005', 'Stored models and data can be read or written anonymously.'],
    ],
    'exposure/storage-public-network-access': [
      ['AML.M0005', 'Stored models and data are reachable from any network.'],
    ],
    'exposure/workspace-public-network-access': [
      ['AML.M0019', 'The workspace serving models accepts internet traffic.'],
      ['AML.M0005', 'The workspace data plane is reachable from the internet.'],
    ],
    'integrity/model-artifact-storage-not-immutable': [
      ['AML.M0014', 'A released artifact can be replaced, so it cannot be trusted as verified.'],
      ['AML.M0005', 'Write access to released artifacts is not locked.'],
    ],
    'integrity/public-endpoint-serves-model-trained-on-exposed-data': [
      ['AML.M0005', 'The training data is publicly readable or writable.'],
      ['AML.M0019', 'The model trained on it is served publicly.'],
    ],
    'integrity/registry-image-scanning-disabled': [
      ['AML.M0016', 'Images are not scanned for vulnerabilities.'],
      ['AML.M0014', 'Images are used without being checked first.'],
    ],
    'integrity/registry-tags-mutable': [
      ['AML.M0014', 'The image behind a tag can change after it was verified.'],
    ],
    'integrity/served-model-artifacts-publicly-writable': [
      ['AML.M0014', 'The served artifact can be replaced by anyone, so it cannot be trusted.'],
      ['AML.M0005', 'Stored model artifacts accept anonymous writes.'],
    ],
    'logging/audit-trail-log-validation-disabled': [
      ['AML.M0024', 'Logs of model and data access can be edited unnoticed.'],
    ],
    'logging/audit-trail-single-region': [
      ['AML.M0024', 'Activity in uncovered regions is not logged.'],
    ],
    'logging/endpoint-data-capture-disabled': [
      ['AML.M0024', 'Model queries and answers are not logged.'],
    ],
    'logging/endpoint-logging-disabled': [
      ['AML.M0024', 'Endpoint traffic is not logged.'],
    ],
    'logging/key-vault-logging-disabled': [
      ['AML.M0024', 'Reads of ML secrets and keys are not logged.'],
    ],
    'logging/ml-storage-data-events-not-logged': [
      ['AML.M0024', 'Object reads and writes of models and data are not logged.'],
      ['AML.M0025', 'Changes to dataset objects leave no history.'],
    ],
    'logging/prompt-logging-disabled': [
      ['AML.M0024', 'Model queries and responses are not logged.'],
    ],
    'logging/storage-access-logging-disabled': [
      ['AML.M0024', 'Access to models and data in storage is not logged.'],
    ],
    'logging/workspace-logging-disabled': [
      ['AML.M0024', 'Workspace model and data events are not logged.'],
    ],
    'rbac/broad-role-at-wide-scope': [
      ['AML.M0005', 'A wide-scope role reaches every stored model and dataset.'],
      ['AML.M0019', 'A wide-scope role reaches every production model.'],
    ],
    'rbac/endpoint-key-auth': [
      ['AML.M0019', 'Static keys do not authenticate the caller of the production model.'],
    ],
    'rbac/external-principal-trusted': [
      ['AML.M0005', 'Outside principals can reach stored models and data.'],
    ],
    'rbac/guest-broad-access': [
      ['AML.M0005', 'Guests can read training data and export models.'],
    ],
    'exposure/ai-service-public-network-access': [
      ['AML.M0019', 'Access to the production models is not confined to known networks.'],
    ],
    'logging/ai-service-logging-disabled': [
      ['AML.M0024', 'Model queries and access are not logged.'],
    ],
    'azure/ai-services/public-deployment-without-content-filter': [
      ['AML.M0019', 'The unfiltered production model can be reached from anywhere.'],
    ],
    'azure/ai-services/deployment-auto-upgrade': [
      ['AML.M0008', 'The new model version is not validated before it serves.'],
    ],
    'azure/ai-services/stored-completions-enabled': [
      ['AML.M0005', 'Stored prompts and completions sit outside the organisation’s access control for data at rest.'],
    ],
    'azure/ai-services/managed-identity-missing': [
      ['AML.M0005', 'Grounding data is reached with keys that cannot be scoped.'],
    ],
    'azure/ai-foundry/private-hub-connects-to-public-ai-service': [
      ['AML.M0019', 'The production models the hub uses are reachable from the internet.'],
    ],
    'rbac/local-auth-enabled': [
      ['AML.M0005', 'Local credentials reach stored data outside identity control.'],
    ],
    'rbac/ml-identity-admin-privilege': [
      ['AML.M0005', 'An admin identity reaches every model and dataset.'],
      ['AML.M0019', 'Code behind an endpoint running as admin controls production models.'],
    ],
    'rbac/ml-identity-wildcard-actions': [
      ['AML.M0005', 'Wildcards reach other teams’ models and data.'],
    ],
    'rbac/notebook-root-access': [
      ['AML.M0005', 'Root reaches other users’ data and the instance credentials.'],
    ],
    'integrity/script-embeds-secret': [
      ['AML.M0005', 'A credential in a script reaches stored models and data with no per-user access control.'],
    ],
    'integrity/tracking-artifacts-publicly-writable': [
      ['AML.M0005', 'Access to the stored run artifacts and logged models is not restricted.'],
      ['AML.M0014', 'Logged models anyone can overwrite cannot be trusted as the ones the run produced.'],
    ],
    'aws/sagemaker/hyperpod-lifecycle-source-publicly-writable': [
      ['AML.M0005', 'The storage holding the code every training node runs is not access-controlled.'],
    ],
    'segmentation/compute-not-in-virtual-network': [
      ['AML.M0005', 'Compute reaches stored data outside network controls.'],
    ],
    'segmentation/network-isolation-disabled': [
      ['AML.M0005', 'A container can send training data or the model anywhere.'],
    ],
    'segmentation/outbound-unrestricted': [
      ['AML.M0005', 'Data and weights can leave to any destination.'],
    ],
    'segmentation/private-endpoint-missing': [
      ['AML.M0019', 'The workspace is not reached over a private path.'],
      ['AML.M0005', 'Storage, vault and registry are not reached over a private path.'],
    ],
    'versioning/endpoint-serves-unregistered-model': [
      ['AML.M0025', 'The data behind the served model is not recorded.'],
      ['AML.M0023', 'The served model has no record of what it is made of.'],
      ['AML.M0014', 'The served model’s origin cannot be verified.'],
    ],
    'versioning/served-model-version-not-approved': [
      ['AML.M0008', 'The version skipped the validation its approval records.'],
      ['AML.M0014', 'The version was not verified before use.'],
    ],
    'versioning/storage-soft-delete-disabled': [
      ['AML.M0025', 'Deleted versions of datasets cannot be recovered, so their history is lost.'],
    ],
    'versioning/storage-versioning-disabled': [
      ['AML.M0025', 'Without versions the history of a dataset is lost.'],
      ['AML.M0014', 'Without versions an artifact cannot be compared with the one verified.'],
    ],
  },
};
