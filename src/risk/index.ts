export { createRiskAssessor } from './assessor.js';
export { riskMatrix, effectiveSeverity, type RiskLevel } from './matrix.js';
export { RiskConfigSchema, DEFAULT_RISK_CONFIG, type RiskConfig, type ResolvedRiskConfig } from './config.js';
