import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ScanResultSchema, type ScanResult } from '../../src/model/index.js';
import * as f from '../fixtures/azure/estate.js';
import { estateRoutes, mockArm, useNock } from '../providers/azure/support.js';
import { inProcessCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-azure-e2e-');

const LOGIN = 'https://login.microsoftonline.com';
const CLIENT_SECRET = 'client-secret-canary-7f3a9c';

/** Entra ID's token endpoint (MSAL knows the public cloud's metadata, so this is all it asks). */
function mockEntraId(): void {
  nock(LOGIN)
    .persist()
    .post(`/${f.TENANT}/oauth2/v2.0/token`, (body: Record<string, string>) => body.grant_type === 'client_credentials' && body.client_secret === CLIENT_SECRET)
    .query(true)
    .reply(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'eyJ0eXAiOiJKV1QifQ.e30.test-access-token' });
}

// `mlscan scan --azure` run in-process as a user runs it: DefaultAzureCredential fed by the
// environment, the real ARM endpoint, and nock answering every call (unused answers fail the test).
describe('mlscan scan --azure', () => {
  useNock();
  const stderr = inProcessCli(['AZURE_', 'MSI_', 'IDENTITY_'], {
    AZURE_TENANT_ID: f.TENANT,
    AZURE_CLIENT_ID: '00000000-1111-2222-3333-444444444444',
    AZURE_CLIENT_SECRET: CLIENT_SECRET,
    AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential',
  });

  it('scans the subscription through the real SDKs and reports named findings, the lineage path, and no secret', async () => {
    mockEntraId();
    mockArm(estateRoutes());
    const out = tempDir();
    const code = await main(['scan', '--azure', '--azure-subscriptions', f.SUB, '--out', out, '--format', 'json,md,csv,html', '--fail-on', 'critical']);

    const result = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult;
    expect(result.coverage.gaps).toEqual([]);
    expect(code).toBe(1);
    expect(ScanResultSchema.safeParse(result).success).toBe(true);
    expect(result.scan.sources).toEqual(['azure']);
    const fail = (ruleId: string, assetId: string) => result.findings.find((x) => x.ruleId === ruleId && x.assetId === assetId && x.status === 'fail');

    const lineage = fail('integrity/public-endpoint-serves-model-trained-on-exposed-data', f.ids.endpoint);
    expect(lineage?.severity).toBe('critical');
    expect(lineage?.path?.[0]).toBe(f.ids.endpoint);
    expect(lineage?.path?.at(-1)).toBe(f.ids.stTraining);
    expect(lineage?.path).toContain(f.ids.modelChurn3);
    expect(fail('rbac/local-auth-enabled', f.ids.ciAlice)).toBeDefined();
    expect(fail('rbac/endpoint-key-auth', f.ids.endpoint)).toBeDefined();
    expect(fail('azure/machine-learning/workspace-managed-network', f.ids.wsProd)).toBeDefined();
    expect(fail('azure/storage/blob-anonymous-access', f.ids.stTraining)).toBeDefined(); // supersedes exposure/storage-public-access

    // Planted account keys, SAS signatures, passwords and connection strings, and the client
    // secret of the credential, reach no report file and no log line.
    const written = readdirSync(out).map((file) => readFileSync(join(out, file), 'utf8'));
    for (const text of [...written, stderr()]) {
      for (const canary of f.CANARIES) expect(text).not.toContain(canary);
      expect(text).not.toContain(CLIENT_SECRET);
    }
    expect(stderr()).toMatch(/finding\(s\) at or above critical: exit 1/);
  });

  it('a nextLink that repeats ends the scan: the workspaces read are kept, the gap is in the JSON report, exit 3', async () => {
    mockEntraId();
    // the second page of workspaces links to itself: a listing that would never end
    const loop = `${f.ARM}/subscriptions/${f.SUB}/providers/Microsoft.MachineLearningServices/workspaces?api-version=${f.API.ml}&$skipToken=page2`;
    const routes = estateRoutes().map((r) => (r.query?.$skipToken === 'page2' ? { ...r, body: { ...(r.body as object), nextLink: loop } } : r));
    const { requests } = mockArm(routes);
    const out = tempDir();
    const code = await main(['scan', '--azure', '--azure-subscriptions', f.SUB, '--out', out, '--format', 'json', '--fail-on', 'none']);

    expect(code).toBe(3);
    expect(requests.filter((r) => r.url.includes('skipToken=page2'))).toHaveLength(1);
    const result = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult;
    expect(result.scan.partial).toBe(true);
    expect(result.coverage.gaps).toEqual([
      expect.objectContaining({ provider: 'azure', account: f.SUB, errorCode: 'RepeatedPageToken', kinds: expect.arrayContaining(['workspace', 'compute', 'endpoint', 'deployment']) }),
    ]);
    expect(result.inventory.assets.filter((a) => a.kind === 'workspace').map((a) => a.id).sort()).toEqual([f.ids.wsProd, f.ids.wsSecure].sort());
  });

  it('without a usable credential: one line naming the cause, exit 2, nothing written, no ARM call', async () => {
    nock(LOGIN)
      .post(`/${f.TENANT}/oauth2/v2.0/token`)
      .query(true)
      .reply(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
    const out = join(tempDir(), 'report');
    const code = await main(['scan', '--azure', '--azure-subscriptions', f.SUB, '--out', out]);
    expect(code).toBe(2);
    expect(stderr().split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr()).toMatch(/^mlscan: azure: cannot sign in to https:\/\/management\.azure\.com: .*Invalid client secret/);
    expect(stderr()).not.toContain(CLIENT_SECRET);
    expect(() => readdirSync(out)).toThrow();
  });
});
