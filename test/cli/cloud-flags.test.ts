import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSources } from '../../src/cli/cloud-flags.js';
import { loadConfig } from '../../src/config/config.js';
import { providerPlugins } from '../../providers/index.js';

describe('provider settings from the config file and the flags', () => {
  it('keeps every config-file setting a flag does not give, and lets the flags given win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlscan-config-'));
    try {
      const file = join(dir, 'mlscan.yaml');
      writeFileSync(
        file,
        [
          'aws: { regions: [eu-west-1, us-east-1], timeoutMs: 20000 }',
          'azure: { subscriptions: [6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34], armEndpoint: "https://arm.example.test", cloud: AzureUSGovernment }',
        ].join('\n'),
      );
      const sources = resolveSources({ awsRegions: ['eu-central-1'], callTimeout: 5000 }, loadConfig(file, providerPlugins), providerPlugins);
      expect(sources.providers['aws']).toEqual({ regions: ['eu-central-1'], timeoutMs: 5000 });
      expect(sources.providers['azure']).toEqual({ subscriptions: ['6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34'], armEndpoint: 'https://arm.example.test', cloud: 'AzureUSGovernment', timeoutMs: 5000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
