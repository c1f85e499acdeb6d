import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { concernOf, type AnyRule } from '../../src/engine/index.js';
import { controlsOfRule } from '../../src/frameworks/index.js';
import { RULE_FAMILIES } from '../../src/model/index.js';

const root = join(import.meta.dirname, '..', '..');
const rulesDir = join(root, 'rules');

/** Rule files: every .ts under rules/ except index files and helpers (`_lib/`, `_*.ts`). */
function ruleFilesOnDisk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('_')) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...ruleFilesOnDisk(full));
    else if (entry.endsWith('.ts') && entry !== 'index.ts') out.push(relative(rulesDir, full).split(sep).join('/').replace(/\.ts$/, ''));
  }
  return out.sort();
}

describe('rule registry', () => {
  const onDisk = ruleFilesOnDisk(rulesDir);
  const ids = rules.map((r) => r.meta.id);

  it('lists exactly the rule files on disk, once each', () => {
    expect([...ids].sort()).toEqual(onDisk);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 25 cross-cloud rules covering all seven families', () => {
    const core = rules.filter((r) => !r.meta.providers);
    expect(core.length).toBeGreaterThanOrEqual(25);
    expect(new Set(core.map((r) => r.meta.family))).toEqual(new Set(RULE_FAMILIES));
  });

  for (const rule of rules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('id equals its path and the folder names its family or provider', () => {
        expect(existsSync(join(rulesDir, `${meta.id}.ts`))).toBe(true);
        const top = meta.id.split('/')[0]!;
        if (top === 'aws' || top === 'azure') expect(meta.providers).toEqual([top]);
        else {
          expect(meta.family).toBe(top);
          expect(meta.providers).toBeUndefined();
        }
      });

      it('has a test beside the mirror path', () => {
        expect(existsSync(join(root, 'test', 'rules', `${meta.id}.test.ts`))).toBe(true);
      });

      it('says what, why and how to fix, with named messages', () => {
        expect(meta.title.length).toBeGreaterThan(10);
        expect(meta.rationale.length).toBeGreaterThan(30);
        expect(meta.remediation.text.length).toBeGreaterThan(20);
        expect(meta.appliesTo.length).toBeGreaterThan(0);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      });
    });
  }
});

/**
 * Normalised facts a rule judges on the asset itself: those it requires (`requireFacts`, or a
 * fact helper that requires them). Found in its source, so there is no list to keep in step.
 */
function factsJudged(id: string): Set<string> {
  const source = readFileSync(join(rulesDir, `${id}.ts`), 'utf8');
  const facts = new Set<string>();
  for (const [, args] of source.matchAll(/requireFacts\(([^)]*)\)/g)) for (const [, f] of args!.matchAll(/'(\w+)'/g)) facts.add(f!);
  for (const [, f] of source.matchAll(/\bjudgeFact\(asset, ctx, '(\w+)'/g)) facts.add(f!);
  for (const [, f] of source.matchAll(/\bjudge\(ctx, asset\.facts\.(\w+)/g)) facts.add(f!);
  return facts;
}

const overlaps = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined) => !a || !b || a.some((x) => b.includes(x));
const supersedes = (a: AnyRule, b: AnyRule) => a.meta.supersedes?.includes(b.meta.id) ?? false;

describe('one verdict per concern', () => {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));

  it('only a provider rule supersedes, and only existing rules of its concern, kinds and cloud', () => {
    for (const rule of rules) {
      for (const id of rule.meta.supersedes ?? []) {
        const other = byId.get(id);
        expect(other, `${rule.meta.id} supersedes unknown ${id}`).toBeDefined();
        expect(rule.meta.providers, `${rule.meta.id} supersedes but is cross-cloud`).toBeDefined();
        expect(overlaps(rule.meta.providers, other!.meta.providers), `${rule.meta.id} supersedes ${id} of another cloud`).toBe(true);
        expect(concernOf(rule.meta), `${rule.meta.id} supersedes ${id}`).toBe(concernOf(other!.meta));
        expect(overlaps(rule.meta.appliesTo, other!.meta.appliesTo), `${rule.meta.id} supersedes ${id} on no common kind`).toBe(true);
        // The gap analysis must not lose evidence on the assets where the superseded rule is skipped.
        const own = controlsOfRule(rule.meta.id);
        for (const [framework, controls] of Object.entries(controlsOfRule(id))) {
          expect(own[framework], `${rule.meta.id} controls of ${id}`).toEqual(expect.arrayContaining([...controls!]));
        }
      }
    }
  });

  it('no two rules share a concern on overlapping kinds and providers unless one supersedes the other', () => {
    const clashes: string[] = [];
    for (const [i, a] of rules.entries()) {
      for (const b of rules.slice(i + 1)) {
        if (concernOf(a.meta) !== concernOf(b.meta)) continue;
        if (!overlaps(a.meta.appliesTo, b.meta.appliesTo) || !overlaps(a.meta.providers, b.meta.providers)) continue;
        if (!supersedes(a, b) && !supersedes(b, a)) clashes.push(`${a.meta.id} + ${b.meta.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('a provider rule re-judges no fact a cross-cloud rule judges on the same kind, unless it supersedes that rule', () => {
    const core = rules.filter((r) => !r.meta.providers).map((r) => ({ rule: r, facts: factsJudged(r.meta.id) }));
    const rejudged: string[] = [];
    for (const rule of rules.filter((r) => r.meta.providers)) {
      const facts = factsJudged(rule.meta.id);
      for (const c of core) {
        if (supersedes(rule, c.rule) || !c.facts.size) continue;
        const kinds = rule.meta.appliesTo.filter((k) => c.rule.meta.appliesTo.includes(k));
        // It re-judges when it requires every fact the cross-cloud verdict rests on.
        if (kinds.length && [...c.facts].every((f) => facts.has(f))) {
          rejudged.push(`${rule.meta.id} re-judges ${[...c.facts].join(', ')} on ${kinds.join(', ')} (judged by ${c.rule.meta.id})`);
        }
      }
    }
    expect(rejudged).toEqual([]);
  });
});
