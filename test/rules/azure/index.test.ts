import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { azureRules } from '../../../rules/azure/index.js';
import { RULE_FAMILIES } from '../../../src/model/index.js';
import { controlsOfRule } from '../../../src/frameworks/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = join(root, 'rules', 'azure');

function onDisk(d: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(d)) {
    if (entry.startsWith('_')) continue;
    const full = join(d, entry);
    if (statSync(full).isDirectory()) out.push(...onDisk(full));
    else if (entry.endsWith('.ts') && entry !== 'index.ts') out.push(relative(join(root, 'rules'), full).split(sep).join('/').replace(/\.ts$/, ''));
  }
  return out.sort();
}

// Seed catalogue ids (seeds/000 section 5, seeds/003) the Azure rules may map to.
const MS_AI_RISK = new Set(['5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.2.5', '5.3.1', '5.3.2', '5.4.1', '5.4.2', '5.4.3', '5.4.4', '5.5.1', '5.5.2', '5.6.1', '5.7.1', '5.8.1']);
// Superseding rules also carry the controls of the cross-cloud rule they replace (A-MLSG-001-C001).
const A_MLSG = /^A-MLSG-00[1234]-[CD]00[1-8]$/;

describe('azure rule index', () => {
  // Azure rules judge only what the normalised facts cannot carry (issue 7): 27 once the
  // duplicates of cross-cloud rules were removed.
  it('lists exactly the rule files under rules/azure, at least 25', () => {
    expect(azureRules.map((r) => r.meta.id).sort()).toEqual(onDisk(dir));
    expect(azureRules.length).toBeGreaterThanOrEqual(25);
  });

  for (const rule of azureRules) {
    it(`${rule.meta.id}: azure-only, a family, seed controls, references, a test`, () => {
      const { meta } = rule;
      expect(meta.providers).toEqual(['azure']);
      expect(RULE_FAMILIES).toContain(meta.family);
      const controls = controlsOfRule(meta.id);
      const seeds = [...(controls['ms-ai-risk'] ?? []), ...(controls['a-mlsg'] ?? [])];
      expect(seeds.length).toBeGreaterThan(0);
      for (const id of controls['ms-ai-risk'] ?? []) expect(MS_AI_RISK.has(id), id).toBe(true);
      for (const id of controls['a-mlsg'] ?? []) expect(id).toMatch(A_MLSG);
      for (const id of controls['mitre-atlas'] ?? []) expect(id).toMatch(/^AML\.M\d{4}$/);
      for (const guid of meta.references?.['azure-policy'] ?? []) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(existsSync(join(root, 'test', 'rules', `${meta.id}.test.ts`))).toBe(true);
    });
  }
});
