export { createRiskAssessor, type RiskRuleInfo } from './assessor.js';
export { attackTypesOf, ATTACK_TYPE_MATRIX, LISTED_CONCERNS, type AttackTypeEntry, type AttackTypeRow } from './attack-types.js';
export { riskMatrix, effectiveSeverity, stepTable, signedStep, type RiskLevel } from './matrix.js';
export { RiskConfigSchema, DEFAULT_RISK_CONFIG, DEFAULT_MATRIX, type RiskConfig, type ResolvedRiskConfig } from './config.js';
