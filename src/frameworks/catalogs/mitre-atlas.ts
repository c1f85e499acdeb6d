import type { Framework } from '../types.js';

/**
 * The MITRE ATLAS mitigations the rules map to (ATLAS data v5.6.0 ids and names, one-line
 * descriptions in our words). Evidence for these is informational: they are assessed like the
 * other frameworks but have no attestation-only controls.
 */
export const MITRE_ATLAS: Framework = {
  id: 'mitre-atlas',
  name: 'MITRE ATLAS mitigations',
  source: 'MITRE ATLAS (atlas.mitre.org), data v5.6.0',
  version: '5.6.0',
  controls: [
    ['AML.M0004', 'Restrict Number of AI Model Queries', 'Limit who can query a model and how often, to slow extraction and inference attacks.'],
    ['AML.M0005', 'Control Access to AI Models and Data at Rest', 'Restrict access to stored models, datasets and artifacts.'],
    ['AML.M0007', 'Sanitize Training Data', 'Detect and remove poisoned or unwanted records before training.'],
    ['AML.M0008', 'Validate AI Model', 'Check models for backdoors, drift and unexpected behaviour before and after deployment.'],
    ['AML.M0011', 'Restrict Library Loading', 'Stop untrusted code and libraries from loading in ML environments.'],
    ['AML.M0012', 'Encrypt Sensitive Information', 'Encrypt models, data and traffic so copies are useless to an attacker.'],
    ['AML.M0013', 'Code Signing', 'Sign and verify the code and artifacts that build and run models.'],
    ['AML.M0014', 'Verify AI Artifacts', 'Check the integrity and origin of models, datasets and images before use.'],
    ['AML.M0016', 'Vulnerability Scanning', 'Scan ML software, images and dependencies for known vulnerabilities.'],
    ['AML.M0017', 'AI Model Distribution Methods', 'Serve models so their weights are not handed to the people who query them.'],
    ['AML.M0019', 'Control Access to AI Models and Data in Production', 'Authenticate and authorise access to deployed models and their data.'],
    ['AML.M0023', 'AI Bill of Materials', 'Record the components, data and models an AI system is made of.'],
    ['AML.M0024', 'AI Telemetry Logging', 'Log model queries, access and changes so attacks can be detected and investigated.'],
    ['AML.M0025', 'Maintain AI Dataset Provenance', 'Keep the history of where datasets came from and how they changed.'],
  ].map(([id, title, statement]) => ({ id: id!, title: title!, statement: statement!, area: 'Mitigation', assessment: 'automated' as const })),
};
