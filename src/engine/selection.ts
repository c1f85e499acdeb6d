import type { FrameworkId, Provider, RuleFamily } from '../model/index.js';
import { FRAMEWORKS, controlsOfRule } from '../frameworks/catalogue.js';
import type { FrameworkPack } from '../frameworks/types.js';
import type { AnyRule } from './define-rule.js';

export interface RuleSelection {
  /** Exact ids, or prefixes ending in `/` (e.g. `aws/` or `exposure/`). */
  ids?: readonly string[];
  families?: readonly RuleFamily[];
  /** Keeps cross-cloud rules and rules specific to these providers. */
  providers?: readonly Provider[];
  /** Keeps rules that map to at least one control of these frameworks. */
  frameworks?: readonly FrameworkId[];
}

/** `packs`: the framework packs `frameworks` names (the registered ones unless a test passes others). */
export function selectRules(rules: readonly AnyRule[], selection: RuleSelection, packs: readonly FrameworkPack[] = FRAMEWORKS): AnyRule[] {
  return rules.filter((rule) => {
    const { id, family, providers } = rule.meta;
    if (selection.ids?.length && !selection.ids.some((s) => (s.endsWith('/') ? id.startsWith(s) : id === s))) {
      return false;
    }
    if (selection.families?.length && !selection.families.includes(family)) return false;
    if (selection.providers?.length && providers && !providers.some((p) => selection.providers!.includes(p))) {
      return false;
    }
    if (selection.frameworks?.length && !mapsToAny(id, selection.frameworks, packs)) {
      return false;
    }
    return true;
  });
}

/** Whether a framework pack of these ids maps the rule to at least one control. */
function mapsToAny(ruleId: string, frameworks: readonly FrameworkId[], packs: readonly FrameworkPack[]): boolean {
  const controls = controlsOfRule(ruleId, packs);
  return frameworks.some((f) => (controls[f]?.length ?? 0) > 0);
}

/** Selector values that match no rule: the CLI reports them as a usage error. */
export function unmatchedIds(rules: readonly AnyRule[], ids: readonly string[]): string[] {
  return ids.filter((s) => !rules.some((r) => (s.endsWith('/') ? r.meta.id.startsWith(s) : r.meta.id === s)));
}
