import type { AssessmentMode, Control, Framework } from '../types.js';

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
export const A_MLSG: Framework = {
  id: 'a-mlsg',
  name: 'AI Security Guideline (A-MLSG)',
  source: 'seeds/003_70ff689ce07674f4.txt (AI Security Guideline, A-MLSG)',
  version: 'A-MLSG-001 to A-MLSG-004',
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
    control('A-MLSG-002-D004', DATA, 'Rule out manipulation of training data', 'Prevent changes to, or injection into, training and validation data with access control, signatures or MACs.', 'automated'),
    control('A-MLSG-002-D005', DATA, 'Keep records of all training data', 'Track all data used for training and validation as part of configuration management.', 'both'),
    control('A-MLSG-003-D001', TRAINING, 'Remove unneeded features from training data', 'Train only on the features the problem needs, to limit what can be extracted from the model.', 'attestation'),
    control('A-MLSG-003-C001', TRAINING, 'Reduce information held in the model', 'Consider feature elimination, distillation or model reduction to shrink what the model reveals.', 'attestation'),
    control('A-MLSG-003-C002', TRAINING, 'Anonymise training data', 'Consider anonymisation or pseudonymisation of training data, since models can leak sensitive records.', 'attestation'),
    control('A-MLSG-003-D002', TRAINING, 'Unit-test feature computation', 'Provide unit tests for the software that derives variables and statistical features used in training.', 'attestation'),
    control('A-MLSG-003-D003', TRAINING, 'Validate third-party preprocessing software', 'Validate any preprocessing software, especially from third parties, before it prepares training data.', 'both'),
    control('A-MLSG-004-D001', OPERATION, 'Protect inference input against tampering', 'Protect the data passed to the ML system for inference against tampering and adversarial inputs.', 'both'),
    control('A-MLSG-004-D002', OPERATION, 'Protect model and configuration integrity', 'Protect the integrity and authenticity of the model (algorithm, weights, configuration) installed and distributed, e.g. with signing.', 'automated'),
    control('A-MLSG-004-D003', OPERATION, 'Monitor that the system still meets its goals', 'Continuously check the ML system for degradation, for instance against a previous generation or a classical baseline.', 'both'),
    control('A-MLSG-004-D004', OPERATION, 'Protect integrity of inference input data', 'Protect the integrity and authenticity of the input data fed to the ML system.', 'both'),
    control('A-MLSG-004-D005', OPERATION, 'Protect inference input against adversarial examples', 'Protect inference input against deliberate tampering with adversarial examples.', 'attestation'),
    control('A-MLSG-004-C001', OPERATION, 'Improve robustness to adversarial examples', 'Where the data path cannot be protected end to end, evaluate and improve the classifier’s robustness against perturbed input.', 'attestation'),
    control('A-MLSG-004-D006', OPERATION, 'Protect the operational environment', 'Protect the environment the model depends on from manipulation, and watch for dataset shift in the input distribution.', 'both'),
    control('A-MLSG-004-D007', OPERATION, 'Limit access to the ML system and its results', 'Only authorised systems and users may query the ML system; unlimited access enables model stealing, data extraction and denial of service.', 'automated'),
    control('A-MLSG-004-D008', OPERATION, 'Train the users of AI systems', 'Train users to interpret the fuzzy results of ML systems so attackers cannot exploit their uncertainty.', 'attestation'),
  ],
};
