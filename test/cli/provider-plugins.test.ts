import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { main } from '../../src/cli/main.js';
import { providerPlugins } from '../../providers/index.js';
import { configSchemaText } from '../../src/config/schema/generate.js';
import type { ProviderPlugin } from '../../src/scan/provider-plugin.js';

/** A third cloud as its folder would declare it: nothing else in the tree knows it. */
function fakeCloud(seen: Array<Record<string, unknown>>): ProviderPlugin {
  return {
    id: 'gcp',
    title: 'Google Cloud',
    readme: 'providers/gcp/README.md',
    options: z
      .object({
        projects: z.array(z.string().regex(/^[a-z][a-z0-9-]+$/)).optional().describe('Projects to scan'),
        timeoutMs: z.number().int().positive().default(30_000).describe('Per-call timeout'),
      })
      .strict(),
    flags: [
      { flag: '--gcp', description: 'scan Google Cloud live' },
      { flag: '--gcp-projects <ids>', description: 'Vertex AI projects to scan', parse: 'list', option: 'projects' },
    ],
    callTimeoutOption: 'timeoutMs',
    async createSource(options) {
      seen.push(options);
      return {
        name: 'gcp',
        collect: async () => ({
          assets: [
            {
              id: 'projects/ml-prod/locations/europe-west4/endpoints/churn',
              kind: 'endpoint',
              provider: 'gcp',
              account: 'ml-prod',
              region: 'europe-west4',
              name: 'churn',
              nativeType: 'aiplatform.googleapis.com/Endpoint',
              tags: {},
              facts: {},
            },
          ],
          edges: [],
          gaps: [],
        }),
      };
    },
    permissions: { describe: 'a custom IAM role', document: async () => ({ includedPermissions: ['aiplatform.endpoints.list'] }) },
  };
}

describe('provider plugins: a third cloud is its folder plus one registration line', () => {
  let dir: string;
  let stdout: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlscan-plugin-'));
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows its flags in --help and its permissions under `mlscan permissions <id>`', async () => {
    const providers = [...providerPlugins, fakeCloud([])];
    expect(await main(['scan', '--help'], { providers })).toBe(0);
    expect(stdout).toContain('--gcp-projects <ids>');
    expect(stdout).toContain('--aws-regions <list>');
    stdout = '';
    expect(await main(['permissions', 'gcp'], { providers })).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ includedPermissions: ['aiplatform.endpoints.list'] });
  });

  it('describes its options in the published config schema', () => {
    const schema = JSON.parse(configSchemaText([...providerPlugins, fakeCloud([])])) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties['gcp']?.properties ?? {})).toEqual(['projects', 'timeoutMs']);
    expect(schema.properties['aws']?.properties).toHaveProperty('regions');
  });

  it('scans with its source: flags over its config section, the asset in the report', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(config, 'gcp: { projects: [ml-dev], timeoutMs: 9000 }\n');
    const out = join(dir, 'report');
    const args = ['scan', '--config', config, '--gcp-projects', 'ml-prod', '--out', out, '--format', 'json', '--fail-on', 'none'];
    expect(await main(args, { providers: [...providerPlugins, fakeCloud(seen)] })).toBe(0);
    expect(seen).toEqual([{ projects: ['ml-prod'], timeoutMs: 9000 }]);
    const report = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as { scan: { sources: string[] }; inventory: { assets: Array<{ provider: string }> } };
    expect(report.scan.sources).toEqual(['gcp']);
    expect(report.inventory.assets.map((a) => a.provider)).toEqual(['gcp']);
  });

  it('checks its config section against its schema (exit 2, file and path)', async () => {
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(config, 'gcp: { projects: [Not_A_Project] }\n');
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    expect(await main(['scan', '--config', config, '--out', join(dir, 'r')], { providers: [...providerPlugins, fakeCloud([])] })).toBe(2);
    expect(stderr).toContain(`${config}: $.gcp.projects[0]:`);
  });

  it('is unknown to the CLI when it is not registered', async () => {
    expect(await main(['scan', '--gcp', '--out', join(dir, 'r')])).toBe(2);
  });
});
