import type { AssessmentMode, Control, Framework } from '../types.js';

function mitigation(id: string, title: string, statement: string, assessment: AssessmentMode): Control {
  return { id, title, statement, area: 'Mitigation', assessment };
}

/**
 * The MITRE ATLAS mitigations our rules map to: the unique ids and names collected from
 * research/control-catalog.json (ATLAS data v5.6.0), each with a one-line description in our words.
 * Mitigations that are mostly practice (sanitising data, validating models) need an attestation.
 */
export const MITRE_ATLAS: Framework = {
  id: 'mitre-atlas',
  name: 'MITRE ATLAS mitigations',
  source: 'research/control-catalog.json (mitreAtlasMitigations; MITRE ATLAS data v5.6.0, atlas.mitre.org)',
  version: '5.6.0',
  controls: [
    mitigation('AML.M0004', 'Restrict Number of AI Model Queries', 'Limit who can query a model and how often, to slow extraction and inference attacks.', 'automated'),
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
};
