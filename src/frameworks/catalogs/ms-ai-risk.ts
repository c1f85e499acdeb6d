import type { Control, Framework } from '../types.js';

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
 * "AI Security Risk Assessment" (Microsoft), section 5: the controls 5.2.1 to 5.8.1, paraphrased.
 * Source: seeds/000_1b2718a75eac63dc.txt.
 */
export const MS_AI_RISK: Framework = {
  id: 'ms-ai-risk',
  name: 'AI Security Risk Assessment',
  source: 'seeds/000_1b2718a75eac63dc.txt (Microsoft, AI Security Risk Assessment)',
  version: 'section 5 (controls 5.2.1–5.8.1)',
  controls: [
    {
      id: '5.2.1',
      title: 'Data sources',
      ...COLLECTION,
      statement: 'Collect training data only from trusted, listed sources; approve and document any untrusted source case by case.',
      threat: 'Data from untrusted sources brings in sensitive personal data or content that degrades the model or creates compliance risk.',
      assessment: 'attestation',
    },
    {
      id: '5.2.2',
      title: 'Sensitive data types',
      ...COLLECTION,
      statement: 'Classify and label stored AI data by sensitivity and use, with access policy, licence, source and collection date attached.',
      threat: 'Data without the attributes that say how sensitive it is gets used, stored or accessed in the wrong way.',
      assessment: 'both',
    },
    {
      id: '5.2.3',
      title: 'Data storage',
      ...COLLECTION,
      statement: 'Store AI data on managed, access-controlled systems according to its classification, never exposed to the internet, versioned under change control.',
      threat: 'Insecurely stored data is read or altered by unauthorised parties, or confidential data is disclosed.',
      assessment: 'automated',
    },
    {
      id: '5.2.4',
      title: 'Data access',
      ...COLLECTION,
      statement: 'Enforce role-based access to datasets, audit who has access regularly, and keep third parties to the access their contracts allow.',
      threat: 'Datasets are changed by people or systems that should never have had write access.',
      assessment: 'automated',
    },
    {
      id: '5.2.5',
      title: 'Data integrity',
      ...COLLECTION,
      statement: 'Identify datasets uniquely, track them and their cryptographic fingerprints centrally, and audit every change.',
      threat: 'Datasets change during the AI lifecycle without any way to notice, audit or roll back the change.',
      assessment: 'both',
    },
    {
      id: '5.3.1',
      title: 'Processing pipelines',
      ...PROCESSING,
      statement: 'Secure the data processing pipelines and their accounts, and make every model traceable to the data it was trained on.',
      threat: 'An attacker alters the processing pipeline and with it everything trained downstream.',
      assessment: 'both',
    },
    {
      id: '5.3.2',
      title: 'Dataset aperture',
      ...PROCESSING,
      statement: 'Treat subsets of data as datasets in their own right, with the same metadata, review, versioning and central tracking.',
      threat: 'Parts of the training data are reconstructed from the subsets used to build a model.',
      assessment: 'both',
    },
    {
      id: '5.4.1',
      title: 'Model design',
      ...TRAINING,
      statement: 'Have model training code reviewed by a responsible party, and design and research models outside production.',
      threat: 'Flawed or vulnerable model code creates availability, integrity or confidentiality risks.',
      assessment: 'attestation',
    },
    {
      id: '5.4.2',
      title: 'Model training',
      ...TRAINING,
      statement: 'Select models with holdout data that reflects natural drift and adversarial conditions, and track experiments.',
      threat: 'A model trained only under ideal conditions is brittle once it meets adversarial input.',
      assessment: 'attestation',
    },
    {
      id: '5.4.3',
      title: 'Model selection',
      ...TRAINING,
      statement: 'Regularise models and validate them across several holdout sets so the chosen model is not overfit.',
      threat: 'An overfit model is more exposed to failure modes and attacks.',
      assessment: 'attestation',
    },
    {
      id: '5.4.4',
      title: 'Model versioning',
      ...TRAINING,
      statement: 'Give every trained model a new version that tells production from pre-production, so any model can be found again.',
      threat: 'After an incident the model involved cannot be located for investigation.',
      assessment: 'automated',
    },
    {
      id: '5.5.1',
      title: 'Security testing',
      ...DEPLOYMENT,
      statement: 'Define acceptance criteria and test new AI systems and versions formally, with automated tools, in an environment like production.',
      threat: 'AI systems reach production without being tested for vulnerabilities.',
      assessment: 'attestation',
    },
    {
      id: '5.5.2',
      title: 'Security and compliance review',
      ...DEPLOYMENT,
      statement: 'Manage the network around ML systems: filter traffic between domains, segregate ML networks, and restrict publicly reachable systems.',
      threat: 'The ML system is compromised through an unsecured network.',
      assessment: 'automated',
    },
    {
      id: '5.6.1',
      title: 'Logs and log review',
      ...MONITORING,
      statement: 'Log and monitor every AI system component (storage, pipelines, serving) consistently, and review the logs for abnormal behaviour.',
      threat: 'During an investigation the logs of the ML system cannot be found.',
      assessment: 'both',
    },
    {
      id: '5.7.1',
      title: 'Roles and responsibilities',
      ...INCIDENTS,
      statement: 'Collect security logs centrally and follow a formal, tested incident reporting and response process for AI systems.',
      threat: 'During an investigation, analysts have no formal playbook to follow.',
      // The threat is a missing playbook: people attest to it; log rules mapped here are shown beside it.
      assessment: 'attestation',
    },
    {
      id: '5.8.1',
      title: 'Planning, review and outcomes',
      ...CONTINUITY,
      statement: 'Inventory critical AI assets, plan business continuity and recovery for attacks on them, and test the plan on a schedule.',
      threat: 'Incidents leave critical ML systems with lasting confidentiality, integrity or availability damage.',
      assessment: 'attestation',
    },
  ],
};
