import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { FRAMEWORKS } from '../../src/frameworks/index.js';
import { RULE_FAMILIES, FRAMEWORK_IDS } from '../../src/model/index.js';

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

      it('maps to at least one seed control, and every mapped control exists in its catalogue', () => {
        const seedControls = [...(meta.controls['ms-ai-risk'] ?? []), ...(meta.controls['a-mlsg'] ?? [])];
        expect(seedControls.length).toBeGreaterThan(0);
        for (const framework of FRAMEWORK_IDS) {
          const catalogue = FRAMEWORKS.find((f) => f.id === framework)!;
          const known = new Set(catalogue.controls.map((c) => c.id));
          for (const control of meta.controls[framework] ?? []) {
            expect(known.has(control), `${framework} control ${control}`).toBe(true);
          }
        }
      });
    });
  }
});
