import type { Control, FrameworkPack } from '../types.js';

type Section = Pick<Control, 'section' | 'area' | 'objective'>;

// Sections 5.2 and 5.3 state an objective in the source; for the others it is our reading of the
// section's description (5.4 to 5.6) or of its controls (5.7, 5.8, which have no description).
const COLLECTION: Section = {
  section: '5.2',
  area: 'Data collection',
  objective: 'Keep the data that AI systems are built from trustworthy from the moment it is collected.',
};
const PROCESSING: Section = {
  section: '5.3',
  area: 'Data processing',
  objective: 'Move data safely from its raw form to a form ready for training.',
};
const TRAINING: Section = {
  section: '5.4',
  area: 'Model training',
  objective: 'Train models and algorithms with reviewed code and selection that holds up under attack.',
};
const DEPLOYMENT: Section = {
  section: '5.5',
  area: 'Model deployment',
  objective: 'Deploy models, algorithms and the infrastructure around them securely.',
};
const MONITORING: Section = {
  section: '5.6',
  area: 'System monitoring',
  objective: 'Watch ML systems and their supporting infrastructure continuously so misuse is noticed.',
};
const INCIDENTS: Section = {
  section: '5.7',
  area: 'Incident management',
  objective: 'Be ready to investigate and respond when an AI system is attacked.',
};
const CONTINUITY: Section = {
  section: '5.8',
  area: 'Business continuity planning',
  objective: 'Recover critical AI systems and keep the business running after an attack.',
};

/**
 * "AI Security Risk Assessment" (Microsoft), section 5: the controls 5.2.1 to 5.8.1. Each statement paraphrases
 * the control's own sentence ("Control:"), not its guidance; each mapping names why the rule is evidence for it.
 * Source: seeds/000_1b2718a75eac63dc.txt.
 */
export const MS_AI_RISK: FrameworkPack = {
  id: 'ms-ai-risk',
  name: 'AI Security Risk Assessment',
  source: 'seeds/000_1b2718a75eac63dc.txt (Microsoft, AI Security Risk Assessment)',
  version: 'section 5 (controls 5.2.1–5.8.1)',
  controlIdPattern: /^\d+\.\d+\.\d+$/,
  controls: [
    {
      id: '5.2.1',
      title: 'Data sources',
      ...COLLECTION,
      statement: 'Collect data from trusted sources on a kept, updated list; approve untrusted sources case by case and document any that are approved.',
      threat: 'Data from untrusted sources brings in sensitive personal data or content that degrades the model or creates compliance risk.',
      assessment: 'attestation',
    },
    {
      id: '5.2.2',
      title: 'Sensitive data types',
      ...COLLECTION,
      statement: 'Secure, track and classify the data stored for AI systems by its sensitivity and use, with classification labels, access policies, licence, descriptive statistics, source and collection date attached.',
      threat: 'Data without the attributes that say how sensitive it is gets used, stored or accessed in the wrong way.',
      assessment: 'both',
    },
    {
      id: '5.2.3',
      title: 'Data storage',
      ...COLLECTION,
      statement: 'Store data as a documented classification process says, and treat datasets as indexed assets under asset-management and access-control policies.',
      threat: 'Insecurely stored data is read or altered by unauthorised parties, or confidential data is disclosed.',
      // Storage settings are cloud evidence; the documented classification process and asset index are people's to show.
      assessment: 'both',
    },
    {
      id: '5.2.4',
      title: 'Data access',
      ...COLLECTION,
      statement: 'Track datasets and verify each one against its cryptographic hash before it is used.',
      threat: 'Datasets are altered without authorisation.',
      // Role-based access to datasets (guidance 1, 4) is cloud evidence; hash verification before use and access reviews are procedures.
      assessment: 'both',
    },
    {
      id: '5.2.5',
      title: 'Data integrity',
      ...COLLECTION,
      statement: 'Make datasets trusted, and keep them trusted through the whole AI system lifecycle.',
      threat: 'Datasets change during the AI lifecycle without any way to notice, audit or roll back the change.',
      assessment: 'both',
    },
    {
      id: '5.3.1',
      title: 'Processing pipelines',
      ...PROCESSING,
      statement: 'Secure the data processing pipelines adequately.',
      threat: 'An attacker alters the processing pipeline and with it everything trained downstream.',
      assessment: 'both',
    },
    {
      id: '5.3.2',
      title: 'Dataset aperture',
      ...PROCESSING,
      statement: 'Know which subsets of data (temporal or categorical slices) go into model building and what security hazards they bring, such as privacy leakage or poisoning through overemphasised feedback.',
      threat: 'Parts of the training data are reconstructed from the subsets used to build a model.',
      // No cloud setting shows how slices were chosen or reviewed: people attest to it.
      assessment: 'attestation',
    },
    {
      id: '5.4.1',
      title: 'Model design',
      ...TRAINING,
      statement: 'Have a responsible party review model training code.',
      threat: 'Flawed or vulnerable model code creates availability, integrity or confidentiality risks.',
      assessment: 'attestation',
    },
    {
      id: '5.4.2',
      title: 'Model training',
      ...TRAINING,
      statement: 'Select models by a criterion (metric and holdout sets) that mimics the natural drift and adversarial conditions expected at deployment.',
      threat: 'A model trained only under ideal conditions is brittle once it meets adversarial input.',
      assessment: 'attestation',
    },
    {
      id: '5.4.3',
      title: 'Model selection',
      ...TRAINING,
      statement: 'Build explicit or implicit regularisation into the model design and training algorithm.',
      threat: 'An overfit model is more exposed to failure modes and attacks.',
      assessment: 'attestation',
    },
    {
      id: '5.4.4',
      title: 'Model versioning',
      ...TRAINING,
      statement: 'Retrain models continuously as new training data flows into the training pipelines.',
      threat: 'After an incident the model involved cannot be located for investigation.',
      // Registered, traceable versions are cloud evidence; the retraining practice itself is people's to show.
      assessment: 'both',
    },
    {
      id: '5.5.1',
      title: 'Security testing',
      ...DEPLOYMENT,
      statement: 'Secure models adequately before they are put into production.',
      threat: 'AI systems reach production without being tested for vulnerabilities.',
      // Approval gates, image scanning and tamper-proof artifacts are cloud evidence; formal security testing is a procedure.
      assessment: 'both',
    },
    {
      id: '5.5.2',
      title: 'Security and compliance review',
      ...DEPLOYMENT,
      statement: 'Manage the network underneath ML systems and their infrastructure robustly, since their security rests on it.',
      threat: 'The ML system is compromised through an unsecured network.',
      // Network settings are cloud evidence; documented requirements and secure-configuration guidelines (guidance 2, 3) are procedures.
      assessment: 'both',
    },
    {
      id: '5.6.1',
      title: 'Logs and log review',
      ...MONITORING,
      statement: 'Log and monitor ML systems for security.',
      threat: 'During an investigation the logs of the ML system cannot be found.',
      assessment: 'both',
    },
    {
      id: '5.7.1',
      title: 'Roles and responsibilities',
      ...INCIDENTS,
      statement: 'Collect security logs in a central location.',
      threat: 'During an investigation, analysts have no formal playbook to follow.',
      // Central log collection is cloud evidence; the playbook the threat names is people's to show.
      assessment: 'both',
    },
    {
      id: '5.8.1',
      title: 'Planning, review and outcomes',
      ...CONTINUITY,
      statement: 'Make sure ML systems can be remediated and recovered after an incident.',
      threat: 'Incidents leave critical ML systems with lasting confidentiality, integrity or availability damage.',
      // Recoverable keys, data and redundant serving are cloud evidence; the continuity plan and its tests are procedures.
      assessment: 'both',
    },
  ],
  // Rule id → the controls of this framework the rule gives evidence for.
  mapping: {
    'aws/bedrock/agent-action-without-confirmation': [
      ['5.5.1', 'A production agent that calls Lambda functions on the model’s own decision, with no person confirming, is not secured against injected instructions.'],
    ],
    'aws/bedrock/agent-code-interpreter-enabled': [
      ['5.5.1', 'A production agent that writes and runs code on request gives a prompt the power to execute code, an exposure the model was not secured against.'],
    ],
    'aws/bedrock/agent-execution-role-privileged': [
      ['5.5.1', 'A production agent running with administrator or service-wide rights lets any successful prompt injection act with those rights.'],
    ],
    'aws/bedrock/agent-guardrail-draft-version': [
      ['5.5.1', 'The agent’s production protection is an unpublished draft that changes with each edit, so it was not secured and tested before use.'],
    ],
    'aws/bedrock/agent-idle-session-ttl-long': [
      ['5.5.1', 'Long-lived idle sessions keep conversations resumable in production longer than needed, widening session-hijack exposure.'],
    ],
    'aws/bedrock/agent-without-guardrail-can-write-training-data': [
      ['5.2.5', 'An unscreened agent that can write to training data lets a prompt alter datasets, so they do not stay trusted through the lifecycle.'],
    ],
    'aws/bedrock/custom-model-trained-on-publicly-writable-data': [
      ['5.2.5', 'Fine-tuning data that anyone can overwrite is not kept trusted up to the training run.'],
    ],
    'aws/bedrock/customization-job-not-in-vpc': [
      ['5.5.2', 'The customization job reads training data over the public network instead of a managed private network.'],
    ],
    'aws/bedrock/data-source-cross-account-bucket': [
      ['5.2.1', 'Documents come from another account’s bucket, a source outside the kept list of trusted sources unless approved.'],
    ],
    'aws/bedrock/data-source-ingests-public-web': [
      ['5.2.1', 'Crawled web pages are an untrusted source feeding the model’s context without case-by-case approval.'],
    ],
    'aws/bedrock/guardrail-contextual-grounding-missing': [
      ['5.5.1', 'Without grounding checks the production model’s unsupported answers are not screened before reaching users.'],
    ],
    'aws/bedrock/guardrail-credentials-not-blocked': [
      ['5.5.1', 'Credentials in prompts or completions pass the guardrail, so the model is not secured against leaking them.'],
    ],
    'aws/bedrock/guardrail-filters-detect-only': [
      ['5.5.1', 'Filters that only detect leave the production model unprotected from the content they find.'],
    ],
    'aws/bedrock/guardrail-hate-filter-weak': [
      ['5.5.1', 'A weak hate filter leaves the production model unsecured against harmful prompts and completions of that category.'],
    ],
    'aws/bedrock/guardrail-insults-filter-weak': [
      ['5.5.1', 'A weak insults filter leaves the production model unsecured against harmful prompts and completions of that category.'],
    ],
    'aws/bedrock/guardrail-misconduct-filter-weak': [
      ['5.5.1', 'A weak misconduct filter leaves the production model unsecured against harmful prompts and completions of that category.'],
    ],
    'aws/bedrock/guardrail-no-denied-topics': [
      ['5.5.1', 'Without denied topics the production model is not confined to its purpose.'],
    ],
    'aws/bedrock/guardrail-profanity-filter-missing': [
      ['5.5.1', 'Without the profanity list the production model lacks a basic output screen.'],
    ],
    'aws/bedrock/guardrail-prompt-attack-filter-weak': [
      ['5.5.1', 'Without a HIGH prompt-attack filter the production model is not secured against jailbreaks and prompt injection.'],
    ],
    'aws/bedrock/guardrail-sensitive-information-filter-missing': [
      ['5.2.2', 'Personal data in prompts and completions is not identified or protected by its sensitivity.'],
    ],
    'aws/bedrock/guardrail-sexual-filter-weak': [
      ['5.5.1', 'A weak sexual-content filter leaves the production model unsecured against harmful prompts and completions of that category.'],
    ],
    'aws/bedrock/guardrail-violence-filter-weak': [
      ['5.5.1', 'A weak violence filter leaves the production model unsecured against harmful prompts and completions of that category.'],
    ],
    'aws/bedrock/invocation-logs-not-cmk': [
      ['5.2.2', 'Logged prompts and completions are sensitive data not secured by a key the organisation controls.'],
    ],
    'aws/bedrock/invocation-logs-publicly-readable': [
      ['5.2.2', 'Logged prompts and completions, sensitive by nature, are readable by anyone.'],
    ],
    'aws/bedrock/knowledge-base-external-vector-store': [
      ['5.2.3', 'Embedded documents are stored outside the organisation’s asset-management and access-control policies.'],
    ],
    'aws/bedrock/knowledge-base-reads-publicly-writable-bucket': [
      ['5.2.1', 'A bucket anyone can write is not a trusted source for the model’s context.'],
      ['5.2.5', 'Documents anyone can overwrite do not stay trusted after ingestion.'],
    ],
    'aws/bedrock/resource-not-cmk': [
      ['5.2.3', 'Model weights, sessions and ingested documents are stored without a key under the organisation’s access-control policies.'],
    ],
    'aws/bedrock/vpc-missing-runtime-endpoints': [
      ['5.5.2', 'Model invocations from the VPC leave through the internet path instead of a managed private endpoint.'],
    ],
    'aws/cloudtrail/trail-not-kms-encrypted': [
      ['5.6.1', 'Trail logs are the security record of who touched models and data; KMS keeps them readable only by those allowed to review them.'],
    ],
    'aws/cloudtrail/trail-not-logging': [
      ['5.6.1', 'A stopped trail logs nothing, so ML activity goes unmonitored.'],
      ['5.7.1', 'The trail is how account security logs reach one central place; stopped, nothing is collected.'],
    ],
    'aws/ec2/ml-security-group-open-ingress': [
      ['5.5.2', 'An inbound rule from anywhere on ML workloads is unmanaged network access to the ML system.'],
    ],
    'aws/ec2/ml-subnet-public': [
      ['5.5.2', 'ML workloads in a subnet routed to the internet are not segregated from public networks.'],
    ],
    'aws/ec2/ml-vpc-flow-logs-disabled': [
      ['5.6.1', 'Flow logs are the network log of the ML VPC; without them its traffic is not monitored.'],
    ],
    'aws/ec2/ml-vpc-missing-endpoints': [
      ['5.5.2', 'Without VPC endpoints ML traffic leaves through NAT to public endpoints, where endpoint policies cannot filter it.'],
    ],
    'aws/ecr/repository-cross-account-access': [
      ['5.5.1', 'Other accounts that can push to the repository can replace the images production models run in, after any testing.'],
    ],
    'aws/ecr/repository-not-kms-encrypted': [
      ['5.5.1', 'Images carry the production model and its serving code; a customer key keeps their decryption under the organisation’s control.'],
    ],
    'aws/iam/execution-role-passrole-unrestricted': [
      ['5.3.1', 'Code running in a job or notebook can start pipelines under any more powerful role, so the pipeline accounts are not secured.'],
    ],
    'aws/iam/execution-role-s3-full-access': [
      ['5.2.4', 'Write to every bucket lets one workload alter any team’s datasets without authorisation.'],
      ['5.2.3', 'Stored datasets are not under an access-control policy that limits who may change them.'],
    ],
    'aws/iam/execution-role-sagemaker-full-access': [
      ['5.3.1', 'One compromised job can redeploy endpoints, approve packages and reach other users’ spaces: the pipeline is not secured.'],
    ],
    'aws/kms/ml-key-pending-deletion': [
      ['5.8.1', 'Once the key is deleted the data and models it encrypts cannot be recovered after an incident.'],
    ],
    'aws/kms/ml-key-policy-public': [
      ['5.2.3', 'A key usable by any account gives the stored ML data no access control at all.'],
    ],
    'aws/s3/ml-bucket-acls-enabled': [
      ['5.2.4', 'Object ACLs grant access outside the bucket policy, so unauthorised changes to datasets are possible and hard to audit.'],
      ['5.2.3', 'Access to the stored data is no longer governed by one access-control policy.'],
    ],
    'aws/s3/ml-bucket-cross-account-write': [
      ['5.2.4', 'Outside accounts can alter datasets without authorisation (guidance 4: no third-party access beyond contract).'],
      ['5.2.3', 'The stored data can be tampered with by parties outside the account.'],
    ],
    'aws/s3/ml-bucket-mfa-delete-disabled': [
      ['5.2.5', 'Stolen credentials can purge every object version, so changes to the data can no longer be tracked or undone.'],
      ['5.4.4', 'Released model versions can be purged, so the model involved in an incident may not be found.'],
    ],
    'aws/s3/ml-bucket-public-access-block-off': [
      ['5.2.3', 'One policy mistake can expose the stored ML data to the internet (guidance 6).'],
    ],
    'aws/sagemaker/domain-iam-auth': [
      ['5.2.4', 'Actions are attributed to a shared role, so data access cannot be audited per person.'],
      ['5.3.1', 'Without a separate identity per user, access through the ML environment cannot be audited (guidance 2).'],
    ],
    'aws/sagemaker/domain-public-internet-only': [
      ['5.5.2', 'Studio traffic goes over an AWS-managed internet path outside the organisation’s network controls.'],
    ],
    'aws/sagemaker/endpoint-config-not-cmk': [
      ['5.5.1', 'The instance volume holds the production model artifact; without a customer key its decryption is not under the organisation’s control.'],
    ],
    'aws/sagemaker/endpoint-config-single-instance': [
      ['5.8.1', 'A single instance has no redundancy, so one failure or request flood leaves the model unavailable.'],
    ],
    'aws/sagemaker/endpoint-config-ssm-access-enabled': [
      ['5.5.1', 'A shell into the production inference container lets its model and serving code be read or changed.'],
    ],
    'aws/sagemaker/endpoint-data-capture-incomplete': [
      ['5.6.1', 'Inference capture missing requests or responses, or unencrypted, does not give a usable monitoring record.'],
    ],
    'aws/sagemaker/automl-job-auto-deploys-candidate': [
      ['5.5.1', 'The best-scoring candidate goes into production with no security review before it.'],
    ],
    'aws/sagemaker/endpoint-without-model-monitor': [
      ['5.6.1', 'Without a monitoring schedule the endpoint’s inputs and predictions are not monitored for drift or degradation.'],
    ],
    'aws/sagemaker/job-input-publicly-writable': [
      ['5.2.5', 'Data a job trains on or processes that anyone can overwrite is not kept trusted up to the run.'],
      ['5.3.1', 'A processing or training pipeline whose inputs anyone can replace is not secured.'],
    ],
    'aws/sagemaker/model-image-not-private-ecr': [
      ['5.5.1', 'An image outside private ECR is outside the scanning and immutability applied to production images.'],
    ],
    'aws/sagemaker/model-not-in-vpc': [
      ['5.5.2', 'Inference containers outside a customer VPC are outside its security groups, endpoint policies and flow logs.'],
    ],
    'aws/sagemaker/model-package-group-cross-account-access': [
      ['5.2.4', 'Carried from rbac/external-principal-trusted, which this rule supersedes on registries: outside accounts get access without the organisation’s control (guidance 4).'],
      ['5.5.1', 'Outside accounts that can register or approve versions can put a model into production that nobody here secured.'],
    ],
    'aws/sagemaker/model-package-without-lineage': [
      ['5.4.4', 'An approved version without metadata cannot be identified and found again after an incident.'],
      ['5.5.1', 'Approval without recorded evaluation shows no security testing before production.'],
    ],
    'aws/sagemaker/monitoring-job-inter-container-encryption-disabled': [
      ['5.2.2', 'Captured inference data moves between instances unencrypted, not secured according to its sensitivity.'],
    ],
    'aws/sagemaker/monitoring-job-network-isolation-disabled': [
      ['5.3.1', 'A monitoring job processes captured traffic and baselines; without isolation its container can send them anywhere.'],
      ['5.5.2', 'The job’s network is not restricted.'],
    ],
    'aws/sagemaker/notebook-imdsv1-allowed': [
      ['5.5.2', 'IMDSv1 is an insecure instance configuration (guidance 3: secure configuration guidelines implemented).'],
    ],
    'aws/sagemaker/notebook-unsupported-platform': [
      ['5.5.2', 'An unpatched platform breaks the secure configuration of ML infrastructure (guidance 3).'],
    ],
    'aws/sagemaker/served-model-without-approved-card': [
      ['5.5.1', 'A model in production has no approved review of what it is for and how it was evaluated.'],
    ],
    'aws/sagemaker/user-profile-shared-execution-role': [
      ['5.2.4', 'With one shared role, who read or changed which dataset cannot be audited.'],
      ['5.3.1', 'Users do not have separate accounts, so access cannot be audited and one compromise reaches everything (guidance 2).'],
    ],
    'azure/authorization/ml-identity-privilege': [
      ['5.3.1', 'Code in a notebook or scoring script acting as an Owner/Contributor identity can change the whole scope, pipelines included.'],
      ['5.2.4', 'The identity’s broad role reaches the datasets in scope, beyond role-based need.'],
    ],
    'azure/authorization/privileged-role-breadth': [
      ['5.2.4', 'Owner/Contributor at wide scope gives access to datasets beyond role-based need (guidance 1).'],
    ],
    'azure/authorization/training-data-write-breadth': [
      ['5.2.3', 'Write access to stored training data is not limited to the data’s owners.'],
      ['5.2.4', 'Broad blob write lets every training set be altered without authorisation.'],
    ],
    'azure/container-registry/customer-managed-key': [
      ['5.5.1', 'Images carry production models and serving code; a customer key keeps their decryption under the organisation’s control.'],
    ],
    'azure/container-registry/export-and-trust-policies': [
      ['5.5.1', 'Without content trust or quarantine, unsigned or unscanned images reach production.'],
      ['5.3.1', 'Training pipelines can run images nobody signed or scanned.'],
    ],
    'azure/container-registry/public-access': [
      ['5.5.2', 'The registry is reachable from every network.'],
    ],
    'azure/key-vault/purge-protection': [
      ['5.8.1', 'A purged key makes CMK-encrypted workspaces and data unrecoverable after an incident.'],
    ],
    'azure/key-vault/rbac-authorization': [
      ['5.2.4', 'Vault access policies are not role-based, so access to datastore secrets escapes role-based control.'],
    ],
    'azure/machine-learning/compute-idle-shutdown': [
      ['5.5.2', 'An idle instance stays reachable on the network with its token and cached data (guidance 6: restrict systems that are reachable).'],
    ],
    'azure/machine-learning/compute-in-virtual-network': [
      ['5.5.2', 'Compute outside any virtual network is outside the organisation’s network controls.'],
      ['5.3.1', 'Pipeline compute reaches storage and the internet over paths the organisation does not control.'],
    ],
    'azure/machine-learning/compute-instance-personal': [
      ['5.2.4', 'A shared instance lets users read each other’s data under one identity, and access cannot be attributed.'],
    ],
    'azure/machine-learning/compute-latest-os-image': [
      ['5.5.2', 'An out-of-date image keeps known vulnerabilities (guidance 3: secure configuration).'],
    ],
    'azure/machine-learning/connection-shared-secret': [
      ['5.2.4', 'Every workspace user reaches the connected data service with one shared secret, with no role-based scope or per-user audit.'],
    ],
    'azure/machine-learning/datastore-credential-auth': [
      ['5.2.4', 'A shared key or SAS token gives every user the secret’s full rights on the data, with no per-user audit.'],
    ],
    'azure/machine-learning/deployed-model-lineage': [
      ['5.4.4', 'A served version without its producing job cannot be traced back when an incident is investigated.'],
      ['5.3.1', 'The model cannot be traced to the data it was trained on (guidance 5).'],
    ],
    'azure/machine-learning/deployment-egress': [
      ['5.5.2', 'Outbound traffic from the deployment is not filtered.'],
    ],
    'azure/machine-learning/private-registry-public-store': [
      ['5.5.2', 'The stores holding the private registry’s models and images are reachable from any network.'],
    ],
    'azure/machine-learning/private-feature-store-public-offline-store': [
      ['5.5.2', 'The offline store a private feature store materializes into is reachable from any network.'],
    ],
    'azure/machine-learning/registry-private-access': [
      ['5.5.2', 'The registry every workspace deploys from is reachable from the internet.'],
    ],
    'azure/machine-learning/workspace-datastore-identity-auth': [
      ['5.2.4', 'Account keys in the vault give anyone who reads workspace secrets write access to datasets, outside role-based control.'],
    ],
    'azure/machine-learning/workspace-high-business-impact': [
      ['5.2.2', 'A workspace classified sensitive is not secured according to that classification (scratch disks, diagnostics).'],
    ],
    'azure/machine-learning/workspace-legacy-public-access': [
      ['5.5.2', 'Legacy settings reopen public network paths to a workspace behind a private endpoint.'],
    ],
    'azure/machine-learning/workspace-managed-network': [
      ['5.5.2', 'Outbound traffic is not limited to approved destinations.'],
      ['5.3.1', 'Training pipelines can send data to and fetch code from any host.'],
    ],
    'azure/machine-learning/workspace-serverless-no-public-ip': [
      ['5.5.2', 'Serverless compute nodes get public addresses.'],
    ],
    'azure/machine-learning/workspace-user-assigned-identity': [
      ['5.2.4', 'The system identity receives broad data access from the service, not a role scoped in advance.'],
    ],
    'azure/network/flow-logs': [
      ['5.6.1', 'Flow logs are the network log of the ML virtual network; without them its traffic is not monitored.'],
    ],
    'azure/network/nsg-internet-inbound': [
      ['5.5.2', 'The ML subnet admits inbound traffic from the internet.'],
    ],
    'azure/network/private-endpoint-dns': [
      ['5.5.2', 'Without private DNS, traffic bypasses the private endpoint and uses the public one.'],
    ],
    'azure/storage/blob-anonymous-access': [
      ['5.2.3', 'Stored ML data can be made readable by anyone on the internet (guidance 6).'],
      ['5.2.5', 'Data that anyone can reach cannot stay trusted.'],
    ],
    'encryption/customer-managed-key-missing': [
      ['5.2.2', 'Sensitive ML data is not secured with encryption the organisation controls.'],
      ['5.2.3', 'Stored data is protected only by a platform key, outside the organisation’s access control.'],
    ],
    'encryption/key-vault-purge-protection-disabled': [
      ['5.8.1', 'A purged vault makes everything encrypted with its keys unrecoverable after an incident.'],
    ],
    'encryption/kms-key-rotation-disabled': [
      ['5.2.3', 'The key protecting stored data never changes, so one exposure of it stays useful.'],
    ],
    'encryption/storage-tls-below-1-2': [
      ['5.2.2', 'Old TLS leaves ML data and tokens in transit weakly protected.'],
    ],
    'encryption/transit-encryption-not-enforced': [
      ['5.2.2', 'ML data and parameters travel unencrypted, not secured according to their sensitivity.'],
    ],
    'exposure/compute-public-ip': [
      ['5.5.2', 'Public IPs put ML compute directly on the internet.'],
    ],
    'exposure/compute-ssh-enabled': [
      ['5.5.2', 'A remote shell is a network path to ML compute outside the workspace APIs.'],
    ],
    'exposure/endpoint-public-network-access': [
      ['5.5.2', 'The endpoint accepts traffic from any network (guidance 1: block unauthorised access at the gateway).'],
    ],
    'exposure/key-vault-public-network-access': [
      ['5.5.2', 'The vault holding ML secrets and keys is reachable from any network.'],
    ],
    'exposure/notebook-direct-internet-access': [
      ['5.5.2', 'Direct internet access bypasses the customer network’s controls.'],
      ['5.2.3', 'Data on the notebook is exposed to the internet (guidance 6).'],
    ],
    'exposure/registry-anonymous-pull': [
      ['5.5.2', 'The registry serves images to anyone on the internet.'],
    ],
    'exposure/security-group-admin-ports-open': [
      ['5.5.2', 'Admin ports on ML compute are open to the internet.'],
    ],
    'exposure/storage-public-access': [
      ['5.2.3', 'Stored ML data can be read or written anonymously (guidance 6).'],
      ['5.2.5', 'Data anyone can write cannot stay trusted.'],
    ],
    'exposure/storage-public-network-access': [
      ['5.2.3', 'Stored ML data is reachable from any network (guidance 6).'],
      ['5.5.2', 'The storage firewall does not restrict networks.'],
    ],
    'exposure/workspace-public-network-access': [
      ['5.5.2', 'The workspace accepts traffic from the internet.'],
      ['5.2.3', 'The workspace data plane is exposed to the internet (guidance 6).'],
    ],
    'integrity/genai-content-filter-missing': [
      ['5.5.1', 'A model served without a guardrail or content filter is not secured against harmful prompts and completions in production.'],
    ],
    'integrity/ml-data-without-owner-or-classification': [
      ['5.2.1', 'Collected data has no owner responsible for its adherence to policy (guidance 6).'],
      ['5.2.2', 'Data lacks the classification label the control requires.'],
      ['5.2.3', 'Data cannot be stored according to a classification it does not carry.'],
    ],
    'integrity/ml-resource-without-tags': [
      ['5.8.1', 'An ML resource with no tags has no owner or criticality, so it is missing from the inventory recovery planning starts from (guidance 1).'],
    ],
    'integrity/model-artifact-storage-not-immutable': [
      ['5.4.4', 'A released model file can be replaced, so the model involved in an incident may not be the one found.'],
      ['5.5.1', 'Whoever can write the store can swap the production model after it was tested.'],
    ],
    'integrity/public-endpoint-serves-model-trained-on-exposed-data': [
      ['5.2.5', 'Training data anyone can write is not trusted throughout the lifecycle.'],
      ['5.2.3', 'The training data is exposed to the internet.'],
      ['5.3.1', 'Poisoned data flows through the pipeline into a served model.'],
      ['5.5.2', 'The model is served on a network open to anyone.'],
    ],
    'integrity/registry-image-scanning-disabled': [
      ['5.5.1', 'Images are not tested for known vulnerabilities before serving production (guidance 3: automated tools).'],
      ['5.3.1', 'Training pipelines run unscanned third-party stacks.'],
    ],
    'integrity/registry-tags-mutable': [
      ['5.5.1', 'A released tag can be overwritten, so production may run an image that was never tested.'],
      ['5.3.1', 'The next retraining can run a replaced image.'],
    ],
    'integrity/served-model-artifacts-publicly-writable': [
      ['5.5.1', 'Anyone can replace the production model file.'],
      ['5.2.3', 'The artifact store accepts writes from the internet.'],
    ],
    'logging/audit-trail-log-validation-disabled': [
      ['5.6.1', 'Logs that are not validated can be edited unnoticed, so they cannot be relied on for review.'],
    ],
    'logging/audit-trail-single-region': [
      ['5.6.1', 'ML activity in uncovered regions is not logged.'],
      ['5.7.1', 'Security logs of other regions do not reach the central trail.'],
    ],
    'logging/endpoint-data-capture-disabled': [
      ['5.6.1', 'Inference inputs and outputs are not recorded for monitoring.'],
    ],
    'logging/endpoint-logging-disabled': [
      ['5.6.1', 'Endpoint traffic and console logs are not collected.'],
    ],
    'logging/key-vault-logging-disabled': [
      ['5.6.1', 'Reads of ML secrets and keys are not logged.'],
    ],
    'logging/ml-storage-data-events-not-logged': [
      ['5.2.4', 'Without object-level events, raw access to datasets cannot be reviewed (guidance 3).'],
      ['5.2.5', 'Changes to the data cannot be audited.'],
      ['5.6.1', 'Storage, a component of the ML system, is not logged at object level.'],
    ],
    'logging/prompt-logging-disabled': [
      ['5.6.1', 'Without prompts and completions in the logs the generative model is not logged for security review.'],
    ],
    'logging/storage-access-logging-disabled': [
      ['5.2.4', 'Access to the datasets cannot be reviewed (guidance 3).'],
      ['5.6.1', 'Storage, a component of the ML system, is not logged.'],
    ],
    'logging/workspace-logging-disabled': [
      ['5.6.1', 'Workspace job, model and data events are not logged.'],
      ['5.7.1', 'The workspace’s security events are not sent to a central log destination.'],
      ['5.2.4', 'Dataset reads and changes in the workspace cannot be audited.'],
    ],
    'rbac/broad-role-at-wide-scope': [
      ['5.2.4', 'A wide-scope Owner/Contributor reaches every dataset below it, beyond role-based need.'],
    ],
    'rbac/endpoint-key-auth': [
      ['5.5.2', 'Static keys at the endpoint gateway cannot block or attribute unauthorised callers (guidance 1).'],
    ],
    'rbac/external-principal-trusted': [
      ['5.2.4', 'Principals outside the organisation get access to training data without the organisation’s control (guidance 4).'],
    ],
    'rbac/guest-broad-access': [
      ['5.2.4', 'An external account holds broad access to ML data (guidance 4).'],
    ],
    'exposure/ai-service-public-network-access': [
      ['5.5.2', 'The AI service accepts connections from any network rather than only the managed ones.'],
    ],
    'logging/ai-service-logging-disabled': [
      ['5.6.1', 'Calls to the AI service are not logged, so its use cannot be monitored for security.'],
    ],
    'azure/ai-services/public-deployment-without-content-filter': [
      ['5.5.1', 'An unfiltered model is put into production without the screening that secures its use.'],
      ['5.5.2', 'The deployment is reachable from any network.'],
    ],
    'azure/ai-services/network-acl-broad-ip-range': [
      ['5.5.2', 'The firewall in front of the AI service admits large parts of the internet.'],
    ],
    'azure/ai-services/trusted-services-bypass': [
      ['5.5.2', 'Network rules are bypassed for a whole class of Azure services.'],
    ],
    'azure/ai-services/custom-subdomain-missing': [
      ['5.5.2', 'Without its own subdomain the account cannot sit behind a private endpoint or virtual network rules.'],
    ],
    'azure/ai-services/outbound-fqdn-wildcard': [
      ['5.5.2', 'Outbound network control admits any host in a shared domain.'],
    ],
    'azure/ai-services/stored-completions-enabled': [
      ['5.2.3', 'Prompts and completions can be stored in the service outside the organisation’s storage and access policies.'],
    ],
    'azure/ai-services/managed-identity-missing': [
      ['5.3.1', 'The service reads grounding data with stored keys rather than an identity that can be scoped and audited.'],
    ],
    'azure/ai-services/deployment-auto-upgrade': [
      ['5.5.1', 'A new model version reaches production without being secured and reviewed first.'],
    ],
    'azure/ai-services/deployment-global-processing': [
      ['5.2.3', 'Prompt data is processed outside the region its storage policy names.'],
    ],
    'azure/ai-services/rai-policy-jailbreak-shield-off': [
      ['5.5.1', 'The production model is not protected against jailbreak prompts.'],
    ],
    'azure/ai-services/rai-policy-indirect-attack-shield-off': [
      ['5.5.1', 'The production model is not protected against instructions hidden in the documents it reads.'],
    ],
    'azure/ai-services/rai-policy-protected-material-off': [
      ['5.5.1', 'The production model can return protected text and code unscreened.'],
    ],
    'azure/ai-services/rai-policy-harm-category-off': [
      ['5.5.1', 'A harm category goes unscreened on the production model’s input or output.'],
    ],
    'azure/ai-services/rai-policy-harm-threshold-high': [
      ['5.5.1', 'Medium-severity harmful content passes the production model’s filter.'],
    ],
    'azure/ai-services/rai-policy-annotate-only': [
      ['5.5.1', 'Detected harmful or attacking content is passed on rather than stopped.'],
    ],
    'azure/ai-services/rai-policy-asynchronous-mode': [
      ['5.5.1', 'Completions reach the caller before the filter has judged them.'],
    ],
    'azure/ai-foundry/connection-shared-to-all-projects': [
      ['5.5.2', 'A key to the model service is shared across every project boundary of the hub.'],
    ],
    'azure/ai-foundry/private-hub-connects-to-public-ai-service': [
      ['5.5.2', 'The isolated hub’s model traffic ends at a service reachable from any network.'],
    ],
    'rbac/local-auth-enabled': [
      ['5.2.4', 'Local credentials bypass role-based access and leave no per-user audit trail.'],
      ['5.3.1', 'Shared local accounts give no separate auditable accounts for processing (guidance 2).'],
    ],
    'rbac/ml-identity-admin-privilege': [
      ['5.3.1', 'Any code running in a pipeline with an admin identity controls the account.'],
      ['5.2.4', 'An admin identity reaches every dataset, beyond role-based need.'],
    ],
    'rbac/ml-identity-wildcard-actions': [
      ['5.2.4', 'Wildcard actions let a workload alter or delete other teams’ datasets.'],
      ['5.2.3', 'Access to stored data is not limited by policy to what the workload needs.'],
    ],
    'rbac/notebook-root-access': [
      ['5.2.4', 'Root lets any notebook user read other users’ data and the instance credentials, beyond their role.'],
    ],
    'integrity/script-embeds-secret': [
      ['5.3.1', 'A credential written into the script that sets up notebook or pipeline compute lets anyone who can read the configuration act as the pipeline.'],
      ['5.2.4', 'A shared credential in a script reaches datasets outside role-based access.'],
    ],
    'integrity/tracking-artifacts-publicly-writable': [
      ['5.2.3', 'Run artifacts and logged models sit in storage outside access control: anyone can alter them.'],
      ['5.3.1', 'Anyone can replace what the training pipeline logs, and with it the model registered downstream.'],
    ],
    'aws/sagemaker/hyperpod-lifecycle-source-publicly-writable': [
      ['5.3.1', 'Anyone can change the scripts every training node runs as root, and with them the pipeline.'],
    ],
    'segmentation/compute-not-in-virtual-network': [
      ['5.5.2', 'The compute is outside any customer network.'],
      ['5.3.1', 'Pipeline compute moves data over paths the organisation does not control.'],
    ],
    'segmentation/network-isolation-disabled': [
      ['5.3.1', 'Training containers can call out, fetch code and exfiltrate data.'],
      ['5.5.2', 'The container’s network is not restricted.'],
    ],
    'segmentation/outbound-unrestricted': [
      ['5.5.2', 'Outbound traffic is not filtered.'],
      ['5.3.1', 'Pipelines can send data to, and fetch code from, any host.'],
    ],
    'segmentation/private-endpoint-missing': [
      ['5.5.2', 'ML traffic uses the internet-facing endpoint rather than a private one.'],
      ['5.2.3', 'Storage and vault data are reached over a public endpoint (guidance 6).'],
    ],
    'versioning/endpoint-serves-unregistered-model': [
      ['5.4.4', 'A served model that is not a registered version cannot be found for investigation.'],
      ['5.3.1', 'The served model cannot be traced to the data it was trained on (guidance 5).'],
    ],
    'versioning/served-model-version-not-approved': [
      ['5.4.4', 'A version never approved is serving, so pre-production and production are not told apart (guidance 1).'],
      ['5.5.1', 'The version skipped the approval gate where security review is signed off.'],
    ],
    'versioning/storage-soft-delete-disabled': [
      ['5.8.1', 'Deleted training data or models cannot be recovered after an incident.'],
    ],
    'versioning/storage-versioning-disabled': [
      ['5.2.3', 'Stored datasets are not versioned (guidance 8).'],
      ['5.2.5', 'An overwritten file replaces the original for good, so changes cannot be tracked.'],
      ['5.4.4', 'An overwritten model artifact can no longer be found as it was.'],
    ],
  },
};
