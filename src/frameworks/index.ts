export type { AssessmentMode, Control, Framework } from './types.js';
export { FRAMEWORKS, findControl, frameworkOfControlId } from './catalogue.js';
export { assessFrameworks, type GapInput } from './gap.js';
export { AttestationFileSchema, loadAttestations, checkAttestations } from './attestations.js';
