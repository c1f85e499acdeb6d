export type { AssessmentMode, Control, Framework } from './types.js';
export { FRAMEWORKS, findControl, frameworkOfControlId } from './catalogue.js';
export { assessFrameworks, type GapInput } from './gap.js';
export { AttestationFileSchema, loadAttestations, checkAttestations } from './attestations.js';
export { createRiskAssessor } from './risk.js';
export { riskMatrix, effectiveSeverity, type RiskLevel } from './risk-matrix.js';
export { RiskConfigSchema, DEFAULT_RISK_CONFIG, type RiskConfig, type ResolvedRiskConfig } from './risk-config.js';
