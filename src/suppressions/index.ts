export { applySuppressions, EXPIRING_WITHIN_DAYS, type AppliedSuppressions, type ApplyOptions } from './apply.js';
export { dayOf, daysBetween } from './dates.js';
export { globMatcher, globToRegExp, type GlobOptions } from './glob.js';
export {
  checkRuleIds,
  checkSuppressions,
  DEFAULT_SUPPRESSION_MAX_DAYS,
  loadSuppressions,
  loadSuppressionsFile,
  SuppressionsFileSchema,
  type Suppression,
  type SuppressionInputs,
  type SuppressionLimits,
  type SuppressionSet,
} from './load.js';
