import type { FrameworkId } from '../model/index.js';
import { A_MLSG } from './catalogs/a-mlsg.js';
import { MITRE_ATLAS } from './catalogs/mitre-atlas.js';
import { MS_AI_RISK } from './catalogs/ms-ai-risk.js';
import type { Control, Framework } from './types.js';

/** The catalogues the gap analysis measures against, in report order. */
export const FRAMEWORKS: readonly Framework[] = [MS_AI_RISK, A_MLSG, MITRE_ATLAS];

export function findControl(framework: FrameworkId, id: string): Control | undefined {
  return FRAMEWORKS.find((f) => f.id === framework)?.controls.find((c) => c.id === id);
}

/** The framework a control id belongs to, from its shape: 5.2.3, A-MLSG-004-D007, AML.M0019. */
export function frameworkOfControlId(id: string): FrameworkId | undefined {
  if (/^A-MLSG-\d{3}-[CDN]\d{3}$/.test(id)) return 'a-mlsg';
  if (/^AML\.M\d{4}$/.test(id)) return 'mitre-atlas';
  if (/^\d+\.\d+\.\d+$/.test(id)) return 'ms-ai-risk';
  return undefined;
}
