import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, findControl, frameworkOfControlId } from '../../src/frameworks/index.js';

const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seedText = (prefix: string): string | undefined => {
  try {
    const file = readdirSync(seeds).find((f) => f.startsWith(prefix));
    return file ? readFileSync(join(seeds, file), 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

describe('framework catalogues', () => {
  const aira = FRAMEWORKS.find((f) => f.id === 'ms-ai-risk')!;
  const amlsg = FRAMEWORKS.find((f) => f.id === 'a-mlsg')!;

  it('holds the 16 AI Security Risk Assessment controls 5.2.1 to 5.8.1, in order', () => {
    expect(aira.controls.map((c) => c.id)).toEqual([
      '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.2.5', '5.3.1', '5.3.2', '5.4.1',
      '5.4.2', '5.4.3', '5.4.4', '5.5.1', '5.5.2', '5.6.1', '5.7.1', '5.8.1',
    ]);
    for (const c of aira.controls) {
      expect(c.statement.length, c.id).toBeGreaterThan(30);
      expect(c.threat?.length, c.id).toBeGreaterThan(20);
    }
  });

  it('matches the control ids of the seed documents when they are at hand', () => {
    const text000 = seedText('000_');
    if (text000) {
      const sections = new Set([...text000.matchAll(/^(5\.[2-8]\.\d) /gm)].map((m) => m[1]));
      expect(new Set(aira.controls.map((c) => c.id))).toEqual(sections);
    }
    const text003 = seedText('003_');
    if (text003) {
      const ids = new Set(text003.match(/A-MLSG-\d{3}-[CDN]\d{3}/g));
      expect(new Set(amlsg.controls.map((c) => c.id))).toEqual(ids);
    }
    expect(amlsg.controls).toHaveLength(26);
  });

  it('has unique ids and an assessment mode for every control', () => {
    for (const fw of FRAMEWORKS) {
      const ids = fw.controls.map((c) => c.id);
      expect(new Set(ids).size, fw.id).toBe(ids.length);
      for (const c of fw.controls) expect(['automated', 'attestation', 'both']).toContain(c.assessment);
    }
    // Procedures only people can attest to.
    expect(findControl('ms-ai-risk', '5.7.1')?.assessment).toBe('attestation');
    expect(findControl('a-mlsg', 'A-MLSG-004-D008')?.assessment).toBe('attestation');
    expect(findControl('ms-ai-risk', '5.5.2')?.assessment).toBe('automated');
  });

  it('infers the framework of a control id from its shape', () => {
    expect(frameworkOfControlId('5.2.3')).toBe('ms-ai-risk');
    expect(frameworkOfControlId('A-MLSG-004-D007')).toBe('a-mlsg');
    expect(frameworkOfControlId('AML.M0019')).toBe('mitre-atlas');
    expect(frameworkOfControlId('NS-2')).toBeUndefined();
  });
});
