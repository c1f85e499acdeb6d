// The framework registration list: a new framework is one pack module under packs/ (catalogue,
// control-id pattern, rule → control mapping) plus one line here. The gap analysis, attestation
// files, rule selection, `mlscan rules` and `mlscan frameworks`, the config file and the published
// JSON Schemas all read this list.
import { A_MLSG } from './packs/a-mlsg.js';
import { MITRE_ATLAS } from './packs/mitre-atlas.js';
import { MS_AI_RISK } from './packs/ms-ai-risk.js';
import { NIST_AI_RMF } from './packs/nist-ai-rmf.js';
import { OWASP_LLM } from './packs/owasp-llm.js';
import type { FrameworkPack } from './types.js';

/** The registered packs, in report order. */
export const FRAMEWORKS: readonly FrameworkPack[] = [MS_AI_RISK, A_MLSG, MITRE_ATLAS, OWASP_LLM, NIST_AI_RMF];

/** Every registered framework id, in registry order (a non-empty tuple, so `z.enum` takes it). */
export const FRAMEWORK_IDS = FRAMEWORKS.map((f) => f.id) as [string, ...string[]];
