import type { FrameworkId, RuleMeta } from '../model/index.js';
import { FRAMEWORKS } from './registry.js';
import type { Control, ControlMapping, FrameworkPack, MappedRuleMeta, RuleControls } from './types.js';

export { FRAMEWORKS, FRAMEWORK_IDS } from './registry.js';

export function findControl(framework: FrameworkId, id: string, packs: readonly FrameworkPack[] = FRAMEWORKS): Control | undefined {
  return packs.find((f) => f.id === framework)?.controls.find((c) => c.id === id);
}

/** The framework a control id belongs to, from its shape: 5.2.3, A-MLSG-004-D007, AML.M0019. */
export function frameworkOfControlId(id: string, packs: readonly FrameworkPack[] = FRAMEWORKS): FrameworkId | undefined {
  return packs.find((f) => f.controlIdPattern.test(id))?.id;
}

/** The controls of one framework a rule gives evidence for, with their justifications (empty when the pack does not map it). */
export function controlMappings(pack: FrameworkPack, ruleId: string): readonly ControlMapping[] {
  return Object.hasOwn(pack.mapping, ruleId) ? pack.mapping[ruleId]! : [];
}

/** The ids of the controls of one framework a rule gives evidence for (empty when the pack does not map it). */
export function mappedControls(pack: FrameworkPack, ruleId: string): readonly string[] {
  return controlMappings(pack, ruleId).map(([id]) => id);
}

/** What a rule gives evidence for, by framework in registry order; frameworks that do not map it are left out. */
export function controlsOfRule(ruleId: string, packs: readonly FrameworkPack[] = FRAMEWORKS): RuleControls {
  const out: Record<FrameworkId, readonly string[]> = {};
  for (const pack of packs) {
    const ids = mappedControls(pack, ruleId);
    if (ids.length > 0) out[pack.id] = ids;
  }
  return out;
}

/** A rule's metadata with its mapped controls (a computed, read-only view; rules declare none). */
export function withControls(meta: RuleMeta, packs: readonly FrameworkPack[] = FRAMEWORKS): MappedRuleMeta {
  return { ...meta, controls: controlsOfRule(meta.id, packs) };
}
