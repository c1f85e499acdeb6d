import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, findControl, frameworkOfControlId } from '../../src/frameworks/index.js';

// The source documents live next to the repository (/work/shared); outside that tree the
// comparisons with them are skipped visibly rather than passed.
const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
function sharedText(dir: string, prefix: string): string | undefined {
  const folder = join(shared, dir);
  const file = existsSync(folder) ? readdirSync(folder).find((f) => f.startsWith(prefix)) : undefined;
  return file ? readFileSync(join(folder, file), 'utf8') : undefined;
}
const seed000 = sharedText('seeds', '000_');
const seed003 = sharedText('seeds', '003_');
const controlCatalog = sharedText('research', 'control-catalog.json');

const catalogue = (id: string) => FRAMEWORKS.find((f) => f.id === id)!;

describe('framework catalogues', () => {
  const aira = catalogue('ms-ai-risk');
  const amlsg = catalogue('a-mlsg');
  const atlas = catalogue('mitre-atlas');

  it('holds the 16 AI Security Risk Assessment controls 5.2.1 to 5.8.1, in order, each with a section, threat and statement', () => {
    expect(aira.controls.map((c) => c.id)).toEqual([
      '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.2.5', '5.3.1', '5.3.2', '5.4.1',
      '5.4.2', '5.4.3', '5.4.4', '5.5.1', '5.5.2', '5.6.1', '5.7.1', '5.8.1',
    ]);
    for (const c of aira.controls) {
      expect(c.section, c.id).toBe(c.id.split('.').slice(0, 2).join('.'));
      expect(c.statement.length, c.id).toBeGreaterThan(30);
      expect(c.threat?.length, c.id).toBeGreaterThan(20);
      expect(c.objective?.length, c.id).toBeGreaterThan(20);
    }
    expect(findControl('ms-ai-risk', '5.2.1')?.objective).toMatch(/trustworthy/);
  });

  it.skipIf(!seed000)('has the control ids and titles of seeds/000 section 5', () => {
    const headings = [...seed000!.matchAll(/^(5\.[2-8]\.\d) (.+)$/gm)].map((m) => [m[1], m[2]!.trim()]);
    expect(aira.controls.map((c) => [c.id, c.title])).toEqual(headings);
  });

  it.skipIf(!seed003)('has every A-MLSG identifier of seeds/003, D, N and C alike', () => {
    const ids = new Set(seed003!.match(/A-MLSG-\d{3}-[A-Z]\d{3}/g));
    expect(new Set(amlsg.controls.map((c) => c.id))).toEqual(ids);
    expect(ids.size).toBe(26);
  });

  it.skipIf(!controlCatalog)('has every ATLAS mitigation the research control catalogue references, with its name', () => {
    const entries = JSON.parse(controlCatalog!) as Array<{ mitreAtlasMitigations?: Array<{ id: string; name: string }> }>;
    const referenced = new Map(entries.flatMap((e) => e.mitreAtlasMitigations ?? []).map((m) => [m.id, m.name]));
    expect(new Map(atlas.controls.map((c) => [c.id, c.title]))).toEqual(referenced);
  });

  it('has unique ids, and groups A-MLSG controls by their id', () => {
    for (const fw of FRAMEWORKS) {
      const ids = fw.controls.map((c) => c.id);
      expect(new Set(ids).size, fw.id).toBe(ids.length);
      for (const id of ids) expect(frameworkOfControlId(id), id).toBe(fw.id);
    }
    for (const c of amlsg.controls) {
      expect(c.section, c.id).toBe(c.id.slice(0, 'A-MLSG-00x'.length));
      expect(c.area.startsWith(c.section!), c.id).toBe(true);
    }
  });

  it('says how each control can be assessed: procedures by attestation, cloud configuration automatically, both where the control has both halves', () => {
    // Read against each control's sentence in seeds/000: a control with a procedural half (a documented
    // process, a plan, a review, a hash check) takes an attestation; one with no cloud evidence at all is attestation only.
    expect(Object.fromEntries(aira.controls.map((c) => [c.id, c.assessment]))).toEqual({
      '5.2.1': 'attestation', '5.2.2': 'both', '5.2.3': 'both', '5.2.4': 'both', '5.2.5': 'both',
      '5.3.1': 'both', '5.3.2': 'attestation', '5.4.1': 'attestation', '5.4.2': 'attestation', '5.4.3': 'attestation',
      '5.4.4': 'both', '5.5.1': 'both', '5.5.2': 'both', '5.6.1': 'both', '5.7.1': 'both', '5.8.1': 'both',
    });
    expect(findControl('a-mlsg', 'A-MLSG-004-D008')?.assessment).toBe('attestation');
    expect(findControl('a-mlsg', 'A-MLSG-002-D004')?.assessment).toBe('both'); // signatures or MACs on training data
    expect(findControl('a-mlsg', 'A-MLSG-004-D002')?.assessment).toBe('both'); // signing of models and their distribution
    expect(findControl('a-mlsg', 'A-MLSG-004-D007')?.assessment).toBe('automated');
  });

  it('states each seed-000 control by its own sentence, not by its guidance', () => {
    expect(findControl('ms-ai-risk', '5.2.4')?.statement).toMatch(/cryptographic hash before it is used/);
    expect(findControl('ms-ai-risk', '5.2.4')?.statement).not.toMatch(/role-based/i);
    expect(findControl('ms-ai-risk', '5.4.4')?.statement).toMatch(/Retrain models continuously/);
    expect(findControl('ms-ai-risk', '5.4.4')?.statement).not.toMatch(/version/i);
    expect(findControl('ms-ai-risk', '5.4.3')?.statement).toMatch(/regularisation/);
    expect(findControl('ms-ai-risk', '5.7.1')?.statement).toMatch(/central location/);
    expect(findControl('ms-ai-risk', '5.8.1')?.statement).toMatch(/remediated and recovered/);
  });

  it('finds controls only in their own framework', () => {
    expect(findControl('ms-ai-risk', '5.4.4')?.title).toBe('Model versioning');
    expect(findControl('a-mlsg', '5.4.4')).toBeUndefined();
    expect(findControl('ms-ai-risk', '5.9.1')).toBeUndefined();
  });

  it('infers the framework of a control id from its shape', () => {
    expect(frameworkOfControlId('5.2.3')).toBe('ms-ai-risk');
    expect(frameworkOfControlId('A-MLSG-004-D007')).toBe('a-mlsg');
    expect(frameworkOfControlId('A-MLSG-001-N002')).toBe('a-mlsg');
    expect(frameworkOfControlId('AML.M0019')).toBe('mitre-atlas');
    expect(frameworkOfControlId('NS-2')).toBeUndefined();
    expect(frameworkOfControlId('5.2')).toBeUndefined();
  });
});
