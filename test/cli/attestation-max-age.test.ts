// `--attestation-max-age-days`: how old an attestation may be before the gap tables flag it (issue 13).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { inProcessCli, runCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';

const SAMPLE = join(packageRoot(), 'providers', 'snapshot', 'sample');
const tempDir = useTempDirs('mlscan-attestation-age-');
const stderr = inProcessCli(['MLSCAN_'], {});

async function gapHtml(...extra: string[]): Promise<string> {
  const out = join(tempDir(), 'report');
  const args = ['scan', '--snapshot', join(SAMPLE, 'estate.json'), '--attestations', join(SAMPLE, 'attestations.yaml'), '--out', out, '--format', 'html', '--fail-on', 'none', '--allow-partial', '-q', ...extra];
  const { code } = await runCli(...args);
  expect(code).toBe(0);
  return readFileSync(join(out, 'mlscan-report.html'), 'utf8');
}

describe('mlscan scan --attestation-max-age-days', () => {
  it('flags the sample attestations (dated July to October 2026) as stale only when the limit is shorter than their age', async () => {
    expect(await gapHtml()).not.toContain('class="stale"');
    const strict = await gapHtml('--attestation-max-age-days', '1');
    expect(strict).toMatch(/<strong class="stale">Stale: \d+ days old, older than 1 days; ask the owner to confirm it\.<\/strong>/);
  });

  it('refuses a limit that is not a positive whole number, naming the flag', async () => {
    const { code } = await runCli('scan', '--snapshot', join(SAMPLE, 'estate.json'), '--attestation-max-age-days', 'soon');
    expect(code).toBe(2);
    expect(stderr()).toMatch(/--attestation-max-age-days/);
  });
});
