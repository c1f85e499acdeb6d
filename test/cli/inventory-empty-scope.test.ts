import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureStderr, providersWithEmptyCloud as providers, resetCliAfterEach } from '../support/empty-cloud.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-inventory-empty-');
const ESTATE = join(import.meta.dirname, '..', '..', 'providers', 'snapshot', 'sample', 'estate.json');
const EMPTY_SCOPE = 'the live scan (gcp) found no asset in scope: check the accounts, regions, subscriptions or workspace given and that the credential can list them';

describe('mlscan inventory: --quiet and a live scope with no asset', () => {
  resetCliAfterEach();

  it('writes the (empty) snapshot, says why and exits 3, as scan does', async () => {
    const stderr = captureStderr();
    const out = join(tempDir(), 'inventory.json');
    expect(await main(['inventory', '--gcp', '--out', out], { providers })).toBe(3);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ assets: [], edges: [] });
    expect(stderr()).toBe(`mlscan: wrote 0 assets, 0 edges, 0 coverage gaps to ${out}\nmlscan: ${EMPTY_SCOPE}: exit 3 (--allow-partial to accept)\n`);
  });

  it('--quiet prints only the reason of a non-zero exit; --allow-partial accepts the empty scope', async () => {
    const stderr = captureStderr();
    const out = join(tempDir(), 'inventory.json');
    expect(await main(['inventory', '--gcp', '--out', out, '-q'], { providers })).toBe(3);
    expect(stderr()).toBe(`mlscan: ${EMPTY_SCOPE}: exit 3 (--allow-partial to accept)\n`);
    expect(await main(['inventory', '--gcp', '--out', out, '--quiet', '--allow-partial'], { providers })).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('a quiet inventory of a snapshot prints nothing and exits 0', async () => {
    const stderr = captureStderr();
    const out = join(tempDir(), 'copy.json');
    expect(await main(['inventory', '--snapshot', ESTATE, '--out', out, '-q'], { providers })).toBe(0);
    expect(stderr()).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).assets.length).toBeGreaterThan(10);
  });
});
