import { describe, expect, it } from 'vitest';
import { AZURE_CANARIES, canaryRoutes } from '../../fixtures/azure/canary-estate.js';
import * as f from '../../fixtures/azure/estate.js';
import { REPORT_FILE_NAMES } from '../../../src/report/index.js';
import { azureCliEnv } from '../../support/cli-env.js';
import { mockEntraId } from '../../support/entra-id.js';
import { everyOutput, leaks } from '../../support/every-output.js';
import { inProcessCli } from '../../support/in-process-cli.js';
import { mockArm, useNock } from './support.js';

const CLIENT_SECRET = 'client-secret-canary-5d1e0b';

// Secrets planted in what ARM returns, through the real SDKs (nock on the wire), the runner, and
// every output the CLI writes or prints.
describe('Azure canaries reach no output', () => {
  useNock();
  const cli = azureCliEnv(f.TENANT, CLIENT_SECRET);
  const stderr = inProcessCli(cli.prefixes, cli.env);

  it('inventory --out, every report format (live and from the snapshot), stdout and stderr', async () => {
    mockEntraId(f.TENANT, CLIENT_SECRET);
    const outputs = await everyOutput(['--azure', '--azure-subscriptions', f.SUB], () => mockArm(canaryRoutes()), stderr);

    expect(leaks(outputs, [...Object.values(AZURE_CANARIES), ...f.CANARIES, CLIENT_SECRET])).toEqual([]);
    expect(outputs.codes).toEqual([0, 0, 0]);
    expect(outputs.texts).toHaveLength(3 + 2 * Object.keys(REPORT_FILE_NAMES).length);

    // What is kept instead: the script's shape, hash and secret kinds; environment keys; the rest of the text.
    const raw = (id: string) => outputs.snapshot.assets.find((a) => a.id === id)!.raw!.record as { properties: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const scripts = raw(f.ids.ciAlice).properties.properties.setupScripts.scripts;
    // The script body is never kept; the normaliser scanned it: where a secret is and its kind.
    expect(scripts.creationScript).toEqual({
      scriptSource: 'inline',
      scriptArguments: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/), length: expect.any(Number), secrets: [{ kind: 'secret-flag', line: 1 }] },
      timeout: '15m',
    });
    const alice = outputs.snapshot.assets.find((a) => a.id === f.ids.ciAlice) as { facts?: Record<string, unknown> };
    // The arguments are scanned too (a secret passed on the command line), whatever the body's source.
    expect(alice.facts?.scriptSecrets).toEqual([
      'creationScript line 3: secret passed as a command-line option',
      'creationScript arguments line 1: secret passed as a command-line option',
      'startupScript arguments line 1: secret passed as a command-line option',
    ]);
    expect(raw(f.ids.job).properties.command.secrets).toEqual([{ kind: 'secret-flag', line: 1 }]);
    expect(raw(f.ids.job).properties.computeId).toBe(f.ids.clusterGpu);
    expect(raw(f.ids.deployment).properties.environmentVariables).toEqual({ OPENAI_API_KEY: '[redacted]' });
    const feeds = raw(f.ids.wsProd).properties.managedNetwork.outboundRules.feeds.destination;
    expect(feeds.settings.proxy.environmentVariables).toEqual({ PROXY_PASSWORD: '[redacted]' });
    expect(JSON.stringify(feeds.deep)).toContain('[dropped: nested deeper than 64 levels]');
    expect(raw(f.ids.dsTraining).properties.description).toMatch(/AccountKey=\[redacted\]; copy of https:\/\/\S+&sig=\[redacted\]$/);
  });
});
