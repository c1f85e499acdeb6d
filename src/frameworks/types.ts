import type { FrameworkId, RuleMeta } from '../model/index.js';

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

/**
 * One mapped control and why the rule gives evidence for it: a one-line justification written
 * against the control's own sentence in the source document (not its guidance alone), so a
 * reviewer can check the pair without reading the rule. `src/frameworks/MAPPINGS.md` lists them all.
 */
export type ControlMapping = readonly [controlId: string, justification: string];

/** Rule id → the controls of one framework the rule gives evidence for, each with its justification. */
export type RuleControlMap = Readonly<Record<string, readonly ControlMapping[]>>;

/** Framework id → control ids: what one rule gives evidence for, across the registered packs. */
export type RuleControls = Partial<Record<FrameworkId, readonly string[]>>;

/** A rule's metadata with the controls the packs map it to: what `mlscan rules --json`, the library and the reports show. */
export type MappedRuleMeta = RuleMeta & { readonly controls: RuleControls };

/**
 * A framework pack: one module under `packs/` holding a catalogue, the shape of its control ids and
 * its rule → control mapping, registered by one line in `registry.ts`. Rules name no framework.
 */
export interface FrameworkPack extends Framework {
  /** Matches this framework's control ids and no other pack's (no `g` flag), so an attestation may omit its framework. */
  controlIdPattern: RegExp;
  /** Rule id → the controls of this framework the rule gives evidence for, each as [control id, justification]. */
  mapping: RuleControlMap;
}
