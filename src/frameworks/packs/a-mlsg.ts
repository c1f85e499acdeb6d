import type { AssessmentMode, Control, FrameworkPack } from '../types.js';

const DESIGN = 'A-MLSG-001 Design, architecture, overall considerations';
const DATA = 'A-MLSG-002 Data handling';
const TRAINING = 'A-MLSG-003 Training';
const OPERATION = 'A-MLSG-004 Operation';

function control(id: string, area: string, title: string, statement: string, assessment: AssessmentMode): Control {
  // The group is the id's prefix: A-MLSG-004-D007 sits in A-MLSG-004.
  return { id, area, section: id.slice(0, 'A-MLSG-000'.length), title, statement, assessment };
}

/**
 * "AI Security Guideline (A-MLSG)": every identifier of the guideline, paraphrased.
 * Source: seeds/003_70ff689ce07674f4.txt. D = do, N = don't, C = consider.
 */
export const A_MLSG: FrameworkPack = {
  id: 'a-mlsg',
  name: 'AI Security Guideline (A-MLSG)',
  source: 'seeds/003_70ff689ce07674f4.txt (AI Security Guideline, A-MLSG)',
  version: 'A-MLSG-001 to A-MLSG-004',
  controlIdPattern: /^A-MLSG-\d{3}-[CDN]\d{3}$/,
  controls: [
    control('A-MLSG-001-C001', DESIGN, 'Protect data and IP during training', 'Protect the training data pool and the intellectual property in the ML approach, including where cloud or third-party services host or run training.', 'both'),
    control('A-MLSG-001-C002', DESIGN, 'Reduce exposure of user data in deployment', 'Consider running inference close to the data (device or edge) so less sensitive data travels to and through the ML service.', 'both'),
    control('A-MLSG-001-C003', DESIGN, 'Choose AI technology with security in mind', 'Weigh traceability, explainability and transparency when choosing the kind of AI technology, especially in regulated domains.', 'attestation'),
    control('A-MLSG-001-N001', DESIGN, 'Do not rely on redundant models against adversarial examples', 'Running several models or technologies in parallel is no protection against adversarial examples.', 'attestation'),
    control('A-MLSG-001-N002', DESIGN, 'No pretrained models of unknown provenance', 'Do not use ready-made or pretrained models whose origin, design and training data cannot be established; validate any that are used.', 'both'),
    control('A-MLSG-001-C004', DESIGN, 'Site-specific training', 'Consider training on site- or installation-specific data so knowledge gained attacking one target does not transfer to the next.', 'attestation'),
    control('A-MLSG-002-D001', DATA, 'Meet regulatory requirements for sensitive data', 'Handle sensitive data, such as personal data, as privacy and other regulations require.', 'attestation'),
    control('A-MLSG-002-D002', DATA, 'Validate with independent data sources', 'Draw validation data from different sources than the training data.', 'attestation'),
    control('A-MLSG-002-D003', DATA, 'Assess bias an attacker could exploit', 'Check training and validation data with proven statistical methods for bias that benefits an attacker or harms fairness.', 'attestation'),
    control('A-MLSG-002-N001', DATA, 'No datasets of unknown provenance', 'Do not train or validate on datasets whose host, contributors and origin are unknown.', 'attestation'),
    control('A-MLSG-002-D004', DATA, 'Rule out manipulation of training data', 'Prevent changes to, or injection into, training and validation data with access control, signatures or MACs.', 'both'),
    control('A-MLSG-002-D005', DATA, 'Keep records of all training data', 'Track all data used for training and validation as part of configuration management.', 'both'),
    control('A-MLSG-003-D001', TRAINING, 'Remove unneeded features from training data', 'Train only on the features the problem needs, to limit what can be extracted from the model.', 'attestation'),
    control('A-MLSG-003-C001', TRAINING, 'Reduce information held in the model', 'Consider feature elimination, distillation or model reduction to shrink what the model reveals.', 'attestation'),
    control('A-MLSG-003-C002', TRAINING, 'Anonymise training data', 'Consider anonymisation or pseudonymisation of training data, since models can leak sensitive records.', 'attestation'),
    control('A-MLSG-003-D002', TRAINING, 'Unit-test feature computation', 'Provide unit tests for the software that derives variables and statistical features used in training.', 'attestation'),
    control('A-MLSG-003-D003', TRAINING, 'Validate third-party preprocessing software', 'Validate any preprocessing software, especially from third parties, before it prepares training data.', 'both'),
    control('A-MLSG-004-D001', OPERATION, 'Protect inference input against tampering', 'Protect the data passed to the ML system for inference against tampering and adversarial inputs.', 'both'),
    control('A-MLSG-004-D002', OPERATION, 'Protect model and configuration integrity', 'Protect the integrity and authenticity of the model (algorithm, weights, configuration) installed and distributed, e.g. with signing.', 'both'),
    control('A-MLSG-004-D003', OPERATION, 'Monitor that the system still meets its goals', 'Continuously check the ML system for degradation, for instance against a previous generation or a classical baseline.', 'both'),
    control('A-MLSG-004-D004', OPERATION, 'Protect integrity of inference input data', 'Protect the integrity and authenticity of the input data fed to the ML system.', 'both'),
    control('A-MLSG-004-D005', OPERATION, 'Protect inference input against adversarial examples', 'Protect inference input against deliberate tampering with adversarial examples.', 'attestation'),
    control('A-MLSG-004-C001', OPERATION, 'Improve robustness to adversarial examples', 'Where the data path cannot be protected end to end, evaluate and improve the classifier’s robustness against perturbed input.', 'attestation'),
    control('A-MLSG-004-D006', OPERATION, 'Protect the operational environment', 'Protect the operating conditions the model implicitly depends on (such as lighting for image models) from being tweaked to bias its results, and detect dataset shift in input captured in public.', 'both'),
    control('A-MLSG-004-D007', OPERATION, 'Limit access to the ML system and its results', 'Only authorised systems and users may query the ML system; unlimited access enables model stealing, data extraction and denial of service.', 'automated'),
    control('A-MLSG-004-D008', OPERATION, 'Train the users of AI systems', 'Train users to interpret the fuzzy results of ML systems so attackers cannot exploit their uncertainty.', 'attestation'),
  ],
  // Rule id → the controls of this framework the rule gives evidence for.
  mapping: {
    'aws/ec2/ml-security-group-open-ingress': [
      ['A-MLSG-004-D007', 'Model-serving ports open to any address let unauthorised systems query the model.'],
    ],
    'aws/ec2/ml-vpc-missing-endpoints': [
      ['A-MLSG-004-D007', 'Without a runtime VPC endpoint, invocation cannot be confined to authorised networks by aws:SourceVpce.'],
    ],
    'aws/ecr/repository-cross-account-access': [
      ['A-MLSG-004-D002', 'Other accounts with push rights can replace the images that carry the model and its configuration.'],
    ],
    'aws/ecr/repository-not-kms-encrypted': [
      ['A-MLSG-001-C001', 'Images hold model weights and proprietary code, IP that the organisation should control when cloud-hosted.'],
    ],
    'aws/iam/execution-role-s3-full-access': [
      ['A-MLSG-002-D004', 'Write to every bucket lets one workload change or inject training samples.'],
    ],
    'aws/iam/execution-role-sagemaker-full-access': [
      ['A-MLSG-004-D002', 'The role can redeploy endpoints with its own model and approve packages, so model integrity is not protected.'],
    ],
    'aws/s3/ml-bucket-acls-enabled': [
      ['A-MLSG-002-D004', 'Object ACLs grant write outside the bucket policy, so access control no longer rules out manipulation.'],
    ],
    'aws/s3/ml-bucket-cross-account-write': [
      ['A-MLSG-002-D004', 'Other accounts can change or inject training samples.'],
    ],
    'aws/s3/ml-bucket-mfa-delete-disabled': [
      ['A-MLSG-002-D005', 'Purged versions erase the record of the data a model was trained on.'],
    ],
    'aws/s3/ml-bucket-public-access-block-off': [
      ['A-MLSG-002-D004', 'One wrong policy can let anyone write training data.'],
    ],
    'aws/sagemaker/domain-public-internet-only': [
      ['A-MLSG-001-C001', 'Studio apps that hold training data and code send traffic outside the organisation’s controls.'],
    ],
    'aws/sagemaker/endpoint-config-ssm-access-enabled': [
      ['A-MLSG-004-D002', 'A shell in the inference container lets the installed model and serving code be changed.'],
    ],
    'aws/sagemaker/endpoint-data-capture-incomplete': [
      ['A-MLSG-004-D003', 'Without both requests and responses, the served model cannot be checked for degradation.'],
    ],
    'aws/sagemaker/automl-job-auto-deploys-candidate': [
      ['A-MLSG-004-D002', 'The served candidate skips the registry gate that establishes which model is installed and that it is authentic.'],
    ],
    'aws/sagemaker/endpoint-without-model-monitor': [
      ['A-MLSG-004-D003', 'Nothing checks continuously that the served model still delivers its goals.'],
      ['A-MLSG-004-D006', 'Nothing monitors the input distribution for dataset shift.'],
    ],
    'aws/sagemaker/model-image-not-private-ecr': [
      ['A-MLSG-004-D002', 'An image outside private ECR can change under the same tag, so the installed configuration is not authenticated.'],
    ],
    'aws/sagemaker/model-package-group-cross-account-access': [
      ['A-MLSG-004-D002', 'Outside accounts can pull, register or approve model versions, so the registered model is not protected.'],
      ['A-MLSG-002-D004', 'Carried from rbac/external-principal-trusted, which this rule supersedes on registries (a registry policy itself reaches no training data).'],
    ],
    'aws/sagemaker/job-input-publicly-writable': [
      ['A-MLSG-002-D004', 'No access control keeps anyone from changing or injecting the data the job trains on or prepares.'],
    ],
    'aws/sagemaker/model-package-without-lineage': [
      ['A-MLSG-002-D005', 'No record links the approved version to the data it was trained and evaluated on.'],
      ['A-MLSG-004-D002', 'Without metadata a tampered or mislabelled model cannot be told apart.'],
    ],
    'azure/authorization/ml-identity-privilege': [
      ['A-MLSG-002-D004', 'Owner/Contributor for the ML identity lets any code it runs change training data in scope.'],
      ['A-MLSG-004-D007', 'Any code on the compute or endpoint can use every ML system in the identity’s scope, not only the one it serves (carried from the rules it supersedes).'],
    ],
    'azure/authorization/privileged-role-breadth': [
      ['A-MLSG-004-D007', 'Broad Owner/Contributor grants use of every ML system in scope, beyond authorised users.'],
    ],
    'azure/authorization/training-data-write-breadth': [
      ['A-MLSG-002-D004', 'Broad blob write lets its holder change or inject training samples.'],
    ],
    'azure/container-registry/export-and-trust-policies': [
      ['A-MLSG-004-D002', 'Without content trust, unsigned images reach training and inference; signing is what the control asks for.'],
    ],
    'azure/container-registry/public-access': [
      ['A-MLSG-004-D002', 'An open registry lets a stolen token push replacement images from anywhere.'],
      ['A-MLSG-001-C001', 'Anonymous pull hands images carrying model weights and proprietary code to anyone.'],
    ],
    'azure/machine-learning/compute-in-virtual-network': [
      ['A-MLSG-001-C001', 'Training compute outside a virtual network exposes the data and IP it holds.'],
    ],
    'azure/machine-learning/connection-shared-secret': [
      ['A-MLSG-004-D007', 'The shared secret gives every workspace user unscoped use of the connected model service.'],
    ],
    'azure/machine-learning/datastore-credential-auth': [
      ['A-MLSG-002-D004', 'A shared key gives every user write access to training data, with no per-user control.'],
    ],
    'azure/machine-learning/deployed-model-lineage': [
      ['A-MLSG-002-D005', 'No record of the data the served model was trained on.'],
      ['A-MLSG-004-D002', 'The served model cannot be authenticated as the product of a known job.'],
    ],
    'azure/machine-learning/deployment-egress': [
      ['A-MLSG-001-C002', 'Scoring code can send user data seen at inference anywhere, widening its exposure in deployment.'],
    ],
    'azure/machine-learning/private-registry-public-store': [
      ['A-MLSG-004-D002', 'Models and images every workspace deploys sit in a store reachable from the internet, where a leaked key can replace them.'],
    ],
    'azure/machine-learning/private-feature-store-public-offline-store': [
      ['A-MLSG-002-D004', 'The feature history training sets are built from sits in a store reachable from the internet, where a leaked key can alter it.'],
    ],
    'azure/machine-learning/registry-private-access': [
      ['A-MLSG-004-D002', 'Models every workspace deploys can be replaced through an internet-facing registry.'],
    ],
    'azure/machine-learning/workspace-datastore-identity-auth': [
      ['A-MLSG-002-D004', 'Account keys give anyone who reads workspace secrets write access to training data.'],
    ],
    'azure/machine-learning/workspace-legacy-public-access': [
      ['A-MLSG-004-D007', 'Public access reopened behind a private endpoint lets unauthorised networks reach the ML system.'],
    ],
    'azure/machine-learning/workspace-managed-network': [
      ['A-MLSG-001-C001', 'Compute holding training data can reach any host, exposing data and IP.'],
    ],
    'azure/network/nsg-internet-inbound': [
      ['A-MLSG-001-C001', 'Training nodes and notebooks holding data are reachable from the internet.'],
    ],
    'azure/network/private-endpoint-dns': [
      ['A-MLSG-004-D007', 'Clients resolve public addresses, so access is not confined to the private path.'],
    ],
    'azure/storage/blob-anonymous-access': [
      ['A-MLSG-002-D004', 'Anonymous containers let anyone reach training data.'],
      ['A-MLSG-001-C001', 'Training data and model IP in cloud storage can be published.'],
    ],
    'encryption/customer-managed-key-missing': [
      ['A-MLSG-001-C001', 'Cloud-hosted training data and models are encrypted with keys the organisation does not control.'],
    ],
    'encryption/kms-key-rotation-disabled': [
      ['A-MLSG-001-C001', 'Training data and models stay protected by the same key material indefinitely.'],
    ],
    'encryption/storage-tls-below-1-2': [
      ['A-MLSG-001-C001', 'Training data travels to cloud storage over weak TLS.'],
    ],
    'encryption/transit-encryption-not-enforced': [
      ['A-MLSG-001-C001', 'Training data and parameters travel unencrypted between cloud resources.'],
    ],
    'exposure/compute-public-ip': [
      ['A-MLSG-001-C001', 'Training and notebook nodes holding data and code are on the internet.'],
    ],
    'exposure/compute-ssh-enabled': [
      ['A-MLSG-001-C001', 'A remote shell on training or notebook nodes reaches the data and code they hold.'],
    ],
    'exposure/endpoint-public-network-access': [
      ['A-MLSG-004-D007', 'Anyone on the internet can send queries to the model.'],
    ],
    'exposure/key-vault-public-network-access': [
      ['A-MLSG-001-C001', 'The vault holding credentials for training data is reachable from any network.'],
    ],
    'exposure/notebook-direct-internet-access': [
      ['A-MLSG-001-C001', 'Notebooks holding training data can send it anywhere.'],
    ],
    'exposure/registry-anonymous-pull': [
      ['A-MLSG-001-C001', 'Anyone can pull images carrying model weights and proprietary code.'],
    ],
    'exposure/security-group-admin-ports-open': [
      ['A-MLSG-001-C001', 'Admin ports open to the internet on nodes holding training data.'],
    ],
    'exposure/storage-public-access': [
      ['A-MLSG-002-D004', 'Anonymous write lets anyone inject or change training samples.'],
      ['A-MLSG-001-C001', 'Anonymous read publishes training data and model IP.'],
    ],
    'exposure/storage-public-network-access': [
      ['A-MLSG-002-D004', 'A leaked credential can change training data from any network.'],
    ],
    'exposure/workspace-public-network-access': [
      ['A-MLSG-004-D007', 'The workspace, its endpoints and data plane accept traffic from the internet.'],
    ],
    'integrity/model-artifact-storage-not-immutable': [
      ['A-MLSG-004-D002', 'A released model file can be replaced by anyone with write access.'],
    ],
    'integrity/public-endpoint-serves-model-trained-on-exposed-data': [
      ['A-MLSG-002-D004', 'The model’s training data can be written by anyone.'],
      ['A-MLSG-004-D007', 'The model answers queries from anyone.'],
      ['A-MLSG-004-D002', 'A backdoor planted in the data becomes part of the served model.'],
    ],
    'integrity/registry-image-scanning-disabled': [
      ['A-MLSG-003-D003', 'Third-party software in training images is not checked before it prepares data.'],
    ],
    'integrity/registry-tags-mutable': [
      ['A-MLSG-004-D002', 'The image behind a released tag can be replaced, so the installed configuration is not authenticated.'],
    ],
    'integrity/served-model-artifacts-publicly-writable': [
      ['A-MLSG-004-D002', 'Anyone can replace the model the endpoint loads.'],
    ],
    'logging/endpoint-data-capture-disabled': [
      ['A-MLSG-004-D003', 'Without captured inputs and outputs the model cannot be checked for degradation.'],
    ],
    'logging/ml-storage-data-events-not-logged': [
      ['A-MLSG-002-D005', 'Object events are the record of which data training read.'],
    ],
    'logging/storage-access-logging-disabled': [
      ['A-MLSG-002-D005', 'Access logs are the record of which data training and validation read.'],
    ],
    'logging/workspace-logging-disabled': [
      ['A-MLSG-002-D005', 'Workspace data events record which datasets jobs used.'],
    ],
    'rbac/broad-role-at-wide-scope': [
      ['A-MLSG-004-D007', 'A wide-scope role grants use of every ML system below, beyond authorised users.'],
    ],
    'rbac/endpoint-key-auth': [
      ['A-MLSG-004-D007', 'A static key cannot limit querying to identified, authorised callers.'],
    ],
    'rbac/external-principal-trusted': [
      ['A-MLSG-004-D002', 'Outsiders can pull or replace registered models.'],
      ['A-MLSG-002-D004', 'Outsiders can write training data.'],
    ],
    'rbac/guest-broad-access': [
      ['A-MLSG-004-D007', 'Guest accounts get broad use of the ML system.'],
    ],
    'exposure/ai-service-public-network-access': [
      ['A-MLSG-004-D007', 'Any system on the internet can query the models.'],
    ],
    'azure/ai-services/public-deployment-without-content-filter': [
      ['A-MLSG-004-D001', 'Inference input is not screened for adversarial prompts.'],
      ['A-MLSG-004-D007', 'Anyone on the internet can query the unfiltered model.'],
    ],
    'azure/ai-services/network-acl-broad-ip-range': [
      ['A-MLSG-004-D007', 'Systems across whole provider ranges can query the models.'],
    ],
    'azure/ai-services/trusted-services-bypass': [
      ['A-MLSG-004-D007', 'Services outside the allowed networks can query the models.'],
    ],
    'azure/ai-services/custom-subdomain-missing': [
      ['A-MLSG-004-D007', 'Keys cannot be replaced by identity-based authorisation of callers.'],
    ],
    'azure/ai-services/deployment-auto-upgrade': [
      ['A-MLSG-004-D002', 'The installed model changes without the organisation authenticating the new version.'],
    ],
    'azure/ai-services/rai-policy-jailbreak-shield-off': [
      ['A-MLSG-004-D001', 'Inference input is not protected against jailbreak tampering.'],
    ],
    'azure/ai-services/rai-policy-indirect-attack-shield-off': [
      ['A-MLSG-004-D001', 'Inference input (retrieved documents) is not protected against injected instructions.'],
    ],
    'azure/ai-services/rai-policy-harm-category-off': [
      ['A-MLSG-004-D001', 'Harmful inference input is not screened.'],
    ],
    'azure/ai-services/rai-policy-annotate-only': [
      ['A-MLSG-004-D001', 'Detected adversarial input is passed to the model.'],
    ],
    'azure/ai-foundry/connection-shared-to-all-projects': [
      ['A-MLSG-004-D007', 'Every project member can query the connected models with the shared key.'],
    ],
    'azure/ai-foundry/private-hub-connects-to-public-ai-service': [
      ['A-MLSG-004-D007', 'The models the hub uses can be queried from the internet.'],
    ],
    'azure/ai-services/rai-policy-harm-threshold-high': [
      ['A-MLSG-004-D001', 'Harmful inference input below the high severity level reaches the model unscreened.'],
    ],
    'aws/bedrock/custom-model-trained-on-publicly-writable-data': [
      ['A-MLSG-002-D004', 'Anyone can change or inject the fine-tuning data: no access control protects it.'],
      ['A-MLSG-002-N001', 'The model is fine-tuned on files whose contributors cannot be known.'],
    ],
    'aws/bedrock/agent-without-guardrail-can-write-training-data': [
      ['A-MLSG-002-D004', 'Injected instructions can make the agent change training data.'],
      ['A-MLSG-004-D001', 'The agent’s inference input is not screened for adversarial prompts.'],
    ],
    'aws/bedrock/knowledge-base-reads-publicly-writable-bucket': [
      ['A-MLSG-004-D004', 'Anyone can change the documents retrieved into the model’s input.'],
    ],
    'aws/bedrock/data-source-ingests-public-web': [
      ['A-MLSG-004-D004', 'Input retrieved for inference comes from web pages whose integrity and authenticity are not controlled.'],
    ],
    'aws/bedrock/data-source-cross-account-bucket': [
      ['A-MLSG-004-D004', 'Another account controls the documents retrieved into the model’s input.'],
    ],
    'aws/bedrock/customization-job-not-in-vpc': [
      ['A-MLSG-001-C001', 'The cloud-run fine-tuning reads the training data outside the organisation’s network controls.'],
    ],
    'aws/bedrock/guardrail-prompt-attack-filter-weak': [
      ['A-MLSG-004-D001', 'Inference input is not protected against jailbreaks and prompt injection.'],
    ],
    'aws/bedrock/guardrail-filters-detect-only': [
      ['A-MLSG-004-D001', 'Detected adversarial input is passed to the model.'],
    ],
    'aws/bedrock/guardrail-hate-filter-weak': [
      ['A-MLSG-004-D001', 'Harmful inference input is screened weakly or not at all.'],
    ],
    'aws/bedrock/guardrail-insults-filter-weak': [
      ['A-MLSG-004-D001', 'Harmful inference input is screened weakly or not at all.'],
    ],
    'aws/bedrock/guardrail-sexual-filter-weak': [
      ['A-MLSG-004-D001', 'Harmful inference input is screened weakly or not at all.'],
    ],
    'aws/bedrock/guardrail-violence-filter-weak': [
      ['A-MLSG-004-D001', 'Harmful inference input is screened weakly or not at all.'],
    ],
    'aws/bedrock/guardrail-misconduct-filter-weak': [
      ['A-MLSG-004-D001', 'Harmful inference input is screened weakly or not at all.'],
    ],
    'aws/bedrock/agent-guardrail-draft-version': [
      ['A-MLSG-004-D002', 'The guardrail configuration the agent runs can change in place, with no authenticated version.'],
    ],
    'rbac/local-auth-enabled': [
      ['A-MLSG-002-D004', 'Shared keys bypass the access control that protects training data.'],
      ['A-MLSG-004-D002', 'Registry admin users can push images around identity control.'],
    ],
    'rbac/ml-identity-admin-privilege': [
      ['A-MLSG-002-D004', 'Any code the workload runs can change training data.'],
    ],
    'rbac/ml-identity-wildcard-actions': [
      ['A-MLSG-002-D004', 'Wildcard actions let a workload overwrite other teams’ training data.'],
    ],
    'rbac/notebook-root-access': [
      ['A-MLSG-001-C001', 'Root on a notebook exposes other users’ data and code on it.'],
    ],
    'integrity/script-embeds-secret': [
      ['A-MLSG-001-C001', 'A credential in the compute’s setup script exposes the training data it reaches to anyone who can read the configuration.'],
    ],
    'integrity/tracking-artifacts-publicly-writable': [
      ['A-MLSG-004-D002', 'Logged models can be replaced before registration or deployment, so their integrity is not protected.'],
    ],
    'aws/sagemaker/hyperpod-lifecycle-source-publicly-writable': [
      ['A-MLSG-001-C001', 'Anyone can run code on the training nodes, with their access to training data and the model.'],
    ],
    'segmentation/compute-not-in-virtual-network': [
      ['A-MLSG-001-C001', 'Training data and credentials travel over paths the organisation does not control.'],
    ],
    'segmentation/network-isolation-disabled': [
      ['A-MLSG-001-C001', 'A training container can exfiltrate data and IP.'],
    ],
    'segmentation/outbound-unrestricted': [
      ['A-MLSG-001-C001', 'Unrestricted egress is the exfiltration path for training data and weights.'],
    ],
    'segmentation/private-endpoint-missing': [
      ['A-MLSG-004-D007', 'The workspace is not reached only through a private path.'],
    ],
    'versioning/endpoint-serves-unregistered-model': [
      ['A-MLSG-002-D005', 'No record of the data the served model was trained on.'],
      ['A-MLSG-004-D002', 'An unregistered model cannot be authenticated.'],
      ['A-MLSG-001-N002', 'A served model of unknown provenance.'],
    ],
    'versioning/served-model-version-not-approved': [
      ['A-MLSG-004-D002', 'The served version skipped the gate that authenticates it.'],
    ],
    'versioning/storage-versioning-disabled': [
      ['A-MLSG-002-D005', 'Without versions, the data a model was trained on is not kept.'],
    ],
  },
};
