import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A new framework is one pack module plus one line in src/frameworks/registry.ts. This test adds
// that line (the registry module, mocked with one more pack) and sees the pack everywhere a
// framework shows: the gap analysis of a real scan, rule selection, attestations, config and schemas.
vi.mock('../../src/frameworks/registry.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/frameworks/registry.js')>();
  const { TOY_PACK } = await import('./toy-pack.js');
  const FRAMEWORKS = [...real.FRAMEWORKS, TOY_PACK];
  return { FRAMEWORKS, FRAMEWORK_IDS: FRAMEWORKS.map((f) => f.id) };
});

const { scan, snapshotSource, rules, selectRules } = await import('../../src/index.js');
const { FRAMEWORK_IDS, checkAttestations, controlsOfRule } = await import('../../src/frameworks/index.js');
const { configSchema } = await import('../../src/config/config.js');
const { parseFrameworks } = await import('../../src/cli/parse.js');
const { scanResultSchemaText } = await import('../../src/report/schema/generate.js');

const sample = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');

describe('registering a framework pack', () => {
  it('adds it to the gap analysis of a scan, with the evidence of the rules it maps', async () => {
    const result = await scan({ sources: [snapshotSource(sample)], now: () => new Date('2026-10-01T00:00:00Z') });
    expect(result.frameworks.map((f) => f.id)).toEqual(['ms-ai-risk', 'a-mlsg', 'mitre-atlas', 'owasp-llm-2025', 'nist-ai-rmf-1-0', 'toy']);
    const toy = result.frameworks.find((f) => f.id === 'toy')!;
    expect(toy.name).toBe('Toy framework');
    const [network, playbook] = toy.controls;
    // The same rule gives the same evidence to a built-in control it is mapped to.
    const builtIn = result.frameworks.find((f) => f.id === 'ms-ai-risk')!.controls.find((c) => c.controlId === '5.5.2')!;
    expect(network).toMatchObject({ framework: 'toy', controlId: 'TOY-1', rules: ['exposure/compute-public-ip'] });
    expect(network!.assetsFailing).toBeGreaterThan(0);
    expect(network!.assetsFailing).toBeLessThanOrEqual(builtIn.assetsFailing);
    expect(playbook).toMatchObject({ controlId: 'TOY-2', status: 'not-assessed', rules: [] });
  });

  it('lets a scan choose it alone', async () => {
    const result = await scan({ sources: [snapshotSource(sample)], frameworks: ['toy'] });
    expect(result.frameworks.map((f) => f.id)).toEqual(['toy']);
  });

  it('maps and selects rules through the pack', () => {
    expect(controlsOfRule('exposure/compute-public-ip').toy).toEqual(['TOY-1']);
    expect(selectRules(rules(), { frameworks: ['toy'] }).map((r) => r.meta.id)).toEqual(['exposure/compute-public-ip']);
  });

  it('answers its controls from an attestation file, inferring the framework from the id', () => {
    const [answer] = checkAttestations('a.yaml', [{ control: 'TOY-2', status: 'met', evidence: 'PB-1', owner: 'secops', date: '2026-10-01' }]);
    expect(answer!.framework).toBe('toy');
  });

  it('is a framework id the CLI, the config file and the published report schema accept', () => {
    expect(FRAMEWORK_IDS).toContain('toy');
    expect(parseFrameworks('toy')).toEqual(['toy']);
    expect(configSchema([]).safeParse({ frameworks: ['toy'] }).success).toBe(true);
    expect(configSchema([]).safeParse({ frameworks: ['nist'] }).success).toBe(false);
    expect(JSON.parse(scanResultSchemaText()).properties.frameworks.items.properties.id.enum).toEqual(['ms-ai-risk', 'a-mlsg', 'mitre-atlas', 'owasp-llm-2025', 'nist-ai-rmf-1-0', 'toy']);
  });
});
