import { describe, expect, it, vi, afterEach } from 'vitest';
import { z } from 'zod';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { providerPlugins } from '../../providers/index.js';
import type { ProviderPlugin } from '../../src/scan/provider-plugin.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-empty-scope-');
const ESTATE = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');

/** A live provider whose scope holds nothing (a wrong region, an empty subscription). */
const emptyCloud: ProviderPlugin = {
  id: 'gcp',
  title: 'Google Cloud',
  readme: 'providers/gcp/README.md',
  options: z.object({}).strict(),
  flags: [{ flag: '--gcp', description: 'scan Google Cloud live' }],
  createSource: async () => ({ name: 'gcp', collect: async () => ({ assets: [], edges: [], gaps: [] }) }),
};
const providers = [...providerPlugins, emptyCloud];

function captureStderr(): () => string {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  return () => stderr;
}

describe('a live scan that finds no asset in scope', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });

  it('says so and exits 3 (not 0: nothing failing in an empty scope is no clean result)', async () => {
    const stderr = captureStderr();
    expect(await main(['scan', '--gcp', '--out', tempDir(), '--format', 'json'], { providers })).toBe(3);
    expect(stderr()).toContain('the live scan (gcp) found no asset in scope: check the accounts, regions, subscriptions or workspace given');
    expect(stderr()).toContain('nothing failing at or above high, but no asset was found in scope: exit 3 (--allow-partial to accept)');
  });

  it('--quiet still says why; --allow-partial accepts it', async () => {
    const stderr = captureStderr();
    expect(await main(['scan', '--gcp', '--out', tempDir(), '--format', 'json', '-q'], { providers })).toBe(3);
    expect(stderr()).toBe(
      'mlscan: the live scan (gcp) found no asset in scope: check the accounts, regions, subscriptions or workspace given and that the credential can list them\n' +
        'mlscan: nothing failing at or above high, but no asset was found in scope: exit 3 (--allow-partial to accept)\n',
    );
    expect(await main(['scan', '--gcp', '--out', tempDir(), '--format', 'json', '-q', '--allow-partial'], { providers })).toBe(0);
  });

  it('a snapshot is not a live scope: an empty live source next to it still counts, the snapshot alone does not', async () => {
    captureStderr();
    expect(await main(['scan', '--snapshot', ESTATE, '--gcp', '--out', tempDir(), '--format', 'json', '--fail-on', 'none', '--allow-partial'], { providers })).toBe(0);
    expect(await main(['scan', '--snapshot', ESTATE, '--out', tempDir(), '--format', 'json', '--fail-on', 'none', '--allow-partial'], { providers })).toBe(0);
  });
});
