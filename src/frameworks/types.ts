import type { FrameworkId } from '../model/index.js';

/** How a control's status can be known: from cloud APIs, only from people, or from both. */
export type AssessmentMode = 'automated' | 'attestation' | 'both';

export interface Control {
  id: string;
  title: string;
  /** Section or group the control sits in (e.g. "Data collection", "A-MLSG-004 Operation"). */
  area: string;
  /** Number of that section in the source document, where it has one (e.g. "5.2"). */
  section?: string;
  /** What the control asks for, in our words. */
  statement: string;
  /** What goes wrong without it, in our words. */
  threat?: string;
  /** The goal of the section the control belongs to. */
  objective?: string;
  assessment: AssessmentMode;
}

export interface Framework {
  id: FrameworkId;
  name: string;
  /** Source document (file name under the project's seeds) or publisher. */
  source: string;
  version: string;
  controls: readonly Control[];
}
