import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureStderr, providersWithEmptyCloud as providers, resetCliAfterEach } from '../support/empty-cloud.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-empty-scope-');
const ESTATE = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');

describe('a live scan that finds no asset in scope', () => {
  resetCliAfterEach();

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
