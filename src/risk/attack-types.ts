import type { AttackType, RuleFamily, RuleMeta } from '../model/index.js';

type Level = 'high' | 'medium' | 'low';

/** One row of the severity matrix in seeds/000 section 3.4, with what the attack does (seeds/002). */
export interface AttackTypeRow {
  attackType: AttackType;
  likelihood: Level;
  impact: Level;
  exploitability: Level;
  meaning: string;
}

/** seeds/000 section 3.4, row by row; the meanings follow seeds/002 ("AI/ML-specific threats"). */
export const ATTACK_TYPE_MATRIX: readonly AttackTypeRow[] = [
  { attackType: 'extraction', likelihood: 'high', impact: 'low', exploitability: 'high', meaning: 'model stealing: the model (or its weights) copied, by query or by reading where it is stored' },
  { attackType: 'evasion', likelihood: 'high', impact: 'medium', exploitability: 'high', meaning: 'adversarial inputs crafted against the live model so it answers wrongly' },
  { attackType: 'inference', likelihood: 'medium', impact: 'medium', exploitability: 'medium', meaning: 'membership inference: whether a record was in the training data, learnt from the answers' },
  { attackType: 'inversion', likelihood: 'medium', impact: 'high', exploitability: 'medium', meaning: 'model inversion: training data reconstructed from the answers' },
  { attackType: 'poisoning', likelihood: 'low', impact: 'high', exploitability: 'low', meaning: 'training data, model artifacts or images tampered with, so the model learns or serves a backdoor' },
];

/** What a rule's concern enables, and why (the seed text it rests on). */
export interface AttackTypeEntry {
  attackTypes: readonly AttackType[];
  why: string;
}

const QUERY: readonly AttackType[] = ['extraction', 'evasion', 'inference', 'inversion'];
const DATA_AND_MODEL: readonly AttackType[] = ['poisoning', 'extraction'];
const NONE: readonly AttackType[] = [];

const QUERY_SURFACE: AttackTypeEntry = {
  attackTypes: QUERY,
  why: 'Anyone who can query the model can steal it, craft evasions and infer or invert its training data (seeds/002: "for each way to interact with or query your model … can that method be interrogated to disclose training data or model functionality?"; seeds/000 3.2: likelihood rises with the availability of the model).',
};
const DATA_STORE: AttackTypeEntry = {
  attackTypes: DATA_AND_MODEL,
  why: 'Write access to training data or model artifacts is poisoning, read access is model theft (seeds/002: "assume compromise/poisoning of the data you train from"; "duplication of the model itself").',
};
const FOOTHOLD: AttackTypeEntry = {
  attackTypes: DATA_AND_MODEL,
  why: 'A foothold in the ML environment or its identities reaches the training data and models behind it (seeds/000 3.2: "an attacker compromising an external facing endpoint and working backwards through a pipeline").',
};
const NETWORK: AttackTypeEntry = {
  attackTypes: DATA_AND_MODEL,
  why: 'An open network path to or out of the ML environment lets data and models be tampered with or carried off (seeds/000 3.2 names network segmentation as a control that removes attack surface).',
};
const SUPPLY_CHAIN: AttackTypeEntry = {
  attackTypes: ['poisoning'],
  why: 'An unverified model, image or artifact can carry a backdoor into serving (seeds/002: supply chain and backdoored models, "assume compromise/poisoning").',
};
const RECOVERY: AttackTypeEntry = {
  attackTypes: ['poisoning'],
  why: 'Without versions a poisoned or overwritten dataset cannot be told from or rolled back to a clean one (seeds/002: "how do you recover from adversarial contamination of your training data?").',
};
const IN_TRANSIT: AttackTypeEntry = {
  attackTypes: DATA_AND_MODEL,
  why: 'Data and models readable or alterable in transit or by anyone allowed to use the key (seeds/000 5.2.3: data storage protected; seeds/002 model stealing and poisoning).',
};
const DETECTION: AttackTypeEntry = {
  attackTypes: NONE,
  why: 'A detection control: it enables no attack, it lets attacks go unseen (seeds/000 3.2: "ensure logging and alerting are working"), so it raises no attack type.',
};
const HYGIENE: AttackTypeEntry = {
  attackTypes: NONE,
  why: 'Resilience or hygiene (availability, key lifecycle, patching, governance): no attack type of seeds/000 3.4 directly.',
};

/** Concerns whose attack types differ from their family's. */
const BY_CONCERN: Readonly<Record<string, AttackTypeEntry>> = {
  'endpoint-public-network-access': QUERY_SURFACE,
  'endpoint-key-auth': QUERY_SURFACE,
  'workspace-public-network-access': FOOTHOLD,
  'azure/machine-learning/workspace-legacy-public-access': FOOTHOLD,
  'azure/machine-learning/registry-private-access': { attackTypes: ['extraction', 'poisoning'], why: DATA_STORE.why },
  'registry-anonymous-pull': {
    attackTypes: ['extraction'],
    why: 'Anonymous pull copies serving images and any model baked into them (seeds/002: "duplication of the model itself").',
  },
  'storage-public-access': DATA_STORE,
  'storage-public-network-access': DATA_STORE,
  'key-vault-public-network-access': FOOTHOLD,
  'aws/s3/ml-bucket-public-access-block-off': DATA_STORE,
  'azure/machine-learning/compute-idle-shutdown': HYGIENE,
  'public-endpoint-serves-model-trained-on-exposed-data': {
    attackTypes: ['poisoning', 'evasion', 'inversion'],
    why: 'Public training data and a public model form one path: data written by anyone is served to anyone (poisoning), and readable data helps craft evasions and check inversions (seeds/000 3.2: "working backwards through a pipeline").',
  },
  'served-model-artifacts-publicly-writable': SUPPLY_CHAIN,
  'integrity/ml-data-without-owner-or-classification': HYGIENE,
  'ml-resource-untagged': HYGIENE,
  'aws/sagemaker/endpoint-config-single-instance': HYGIENE,
  'aws/sagemaker/notebook-unsupported-platform': HYGIENE,
  'azure/machine-learning/compute-latest-os-image': HYGIENE,
  'aws/ecr/repository-cross-account-access': { attackTypes: ['poisoning', 'extraction'], why: DATA_STORE.why },
  'aws/kms/ml-key-policy-public': IN_TRANSIT,
  'transit-encryption-not-enforced': IN_TRANSIT,
  'storage-tls-below-1-2': IN_TRANSIT,
  'aws/sagemaker/monitoring-job-inter-container-encryption-disabled': IN_TRANSIT,
  'aws/s3/ml-bucket-cross-account-write': DATA_STORE,
  'azure/authorization/training-data-write-breadth': DATA_STORE,
  'external-principal-trusted': DATA_STORE,
  'local-auth-enabled': DATA_STORE,
  'aws/s3/ml-bucket-acls-enabled': DATA_STORE,
  'azure/machine-learning/datastore-credential-auth': DATA_STORE,
  'azure/machine-learning/workspace-datastore-identity-auth': DATA_STORE,
  'azure/machine-learning/connection-shared-secret': DATA_STORE,
  // Versioning rules about what is served are supply-chain controls, not recovery ones.
  'endpoint-serves-unregistered-model': SUPPLY_CHAIN,
  'served-model-version-not-approved': SUPPLY_CHAIN,
  'aws/sagemaker/model-package-without-lineage': SUPPLY_CHAIN,
  'azure/machine-learning/deployed-model-lineage': SUPPLY_CHAIN,
};

/** Each family's default, for concerns not listed above. */
const BY_FAMILY: Readonly<Record<RuleFamily, AttackTypeEntry>> = {
  exposure: FOOTHOLD,
  rbac: FOOTHOLD,
  segmentation: NETWORK,
  integrity: SUPPLY_CHAIN,
  versioning: RECOVERY,
  logging: DETECTION,
  encryption: HYGIENE,
};

/** The concerns listed one by one (a test checks each names a registered rule's concern). */
export const LISTED_CONCERNS: readonly string[] = Object.keys(BY_CONCERN);

/** The §3.4 attack types a rule's concern enables, and the seed text that says so. */
export function attackTypesOf(meta: Pick<RuleMeta, 'id' | 'concern' | 'family'>): AttackTypeEntry {
  return BY_CONCERN[meta.concern ?? meta.id] ?? BY_FAMILY[meta.family];
}

