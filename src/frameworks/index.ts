export type { AssessmentMode, Control, ControlMapping, Framework, FrameworkPack, MappedRuleMeta, RuleControlMap, RuleControls } from './types.js';
export { FRAMEWORKS, FRAMEWORK_IDS, controlMappings, controlsOfRule, findControl, frameworkOfControlId, mappedControls, withControls } from './catalogue.js';
export { assessFrameworks, type GapInput } from './gap.js';
export { AttestationFileSchema, loadAttestations, checkAttestations } from './attestations.js';
