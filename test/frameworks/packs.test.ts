import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { FRAMEWORKS, FRAMEWORK_IDS, controlsOfRule, frameworkOfControlId } from '../../src/frameworks/index.js';
import { FrameworkIdSchema } from '../../src/model/index.js';

// The framework packs own the rule → control mappings (rules declare none): every mapping must
// point at rules that exist and controls that exist, and no rule may lose a framework it had.
const ruleIds = new Set(rules.map((r) => r.meta.id));
const before = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'frameworks-per-rule-before-packs.json'), 'utf8')) as {
  frameworks: Record<string, string[]>;
};

describe('framework packs', () => {
  it('are registered once each, under ids the model accepts', () => {
    expect(FRAMEWORK_IDS).toEqual(['ms-ai-risk', 'a-mlsg', 'mitre-atlas']);
    expect(new Set(FRAMEWORK_IDS).size).toBe(FRAMEWORKS.length);
    for (const id of FRAMEWORK_IDS) expect(FrameworkIdSchema.safeParse(id).success, id).toBe(true);
  });

  for (const pack of FRAMEWORKS) {
    describe(pack.id, () => {
      it('has a control-id pattern that matches its own controls and no other pack’s', () => {
        expect(pack.controlIdPattern.global || pack.controlIdPattern.sticky).toBe(false);
        for (const other of FRAMEWORKS) {
          for (const c of other.controls) expect(pack.controlIdPattern.test(c.id), `${pack.id} pattern on ${other.id} ${c.id}`).toBe(other === pack);
        }
      });

      it('maps only rules that exist, to controls of its catalogue, each once', () => {
        const known = new Set(pack.controls.map((c) => c.id));
        for (const [ruleId, ids] of Object.entries(pack.mapping)) {
          expect(ruleIds.has(ruleId), `${pack.id} maps unknown rule ${ruleId}`).toBe(true);
          expect(ids.length, `${pack.id} maps ${ruleId} to nothing`).toBeGreaterThan(0);
          expect(new Set(ids).size, `${pack.id} repeats a control of ${ruleId}`).toBe(ids.length);
          for (const id of ids) expect(known.has(id), `${pack.id} control ${id} of ${ruleId}`).toBe(true);
        }
      });
    });
  }

  it('map every rule to at least one seed control (seeds 000 and 003)', () => {
    const unmapped = rules.map((r) => r.meta.id).filter((id) => {
      const c = controlsOfRule(id);
      return (c['ms-ai-risk']?.length ?? 0) + (c['a-mlsg']?.length ?? 0) === 0;
    });
    expect(unmapped).toEqual([]);
  });

  it('map every rule by at least the frameworks it was mapped by when rules carried meta.controls', () => {
    const lost: string[] = [];
    for (const [ruleId, frameworks] of Object.entries(before.frameworks)) {
      if (!ruleIds.has(ruleId)) continue; // a rule removed since: nothing to keep
      const now = controlsOfRule(ruleId);
      for (const f of frameworks) if (!now[f]?.length) lost.push(`${ruleId} ${f}`);
    }
    expect(lost).toEqual([]);
  });

  it('give each rule its controls by framework, in registry order', () => {
    expect(controlsOfRule('exposure/compute-public-ip')).toEqual({
      'ms-ai-risk': ['5.5.2'],
      'a-mlsg': ['A-MLSG-004-D006'],
      'mitre-atlas': ['AML.M0005'],
    });
    expect(controlsOfRule('no/such-rule')).toEqual({});
    expect(controlsOfRule('constructor')).toEqual({});
    expect(frameworkOfControlId('AML.M0005')).toBe('mitre-atlas');
  });
});
