import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanResultSchema, type Finding, type ScanResult } from '../../src/model/index.js';
import { SAMPLE } from '../providers/snapshot/sample-notable.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-e2e-');

// Runs the built CLI (`npm test` builds first) exactly as a user would.
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'bin.js');
const estate = join(root, 'providers', 'snapshot', 'sample', 'estate.json');
const attestations = join(root, 'providers', 'snapshot', 'sample', 'attestations.yaml');

function mlscan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function finding(result: ScanResult, ruleId: string, assetId: string, status: Finding['status'] = 'fail'): Finding | undefined {
  return result.findings.find((f) => f.ruleId === ruleId && f.assetId === assetId && f.status === status);
}

describe('mlscan scan on the bundled sample estate', () => {
  let sampleDir: string;
  let out: string;
  let run: ReturnType<typeof mlscan>;
  afterAll(() => rmSync(sampleDir, { recursive: true, force: true }));
  let result: ScanResult;

  beforeAll(() => {
    sampleDir = mkdtempSync(join(tmpdir(), 'mlscan-e2e-'));
    out = join(sampleDir, 'report');
    run = mlscan(['scan', '--snapshot', estate, '--attestations', attestations, '--format', 'html,md,json,csv', '--out', out]);
    result = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult;
  });

  it('exits 1 because findings fail at or above the default threshold (high), and says so on stderr', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\d+ finding\(s\) at or above high: exit 1/);
    expect(run.stderr).toMatch(/coverage: PARTIAL, 2 gap\(s\)/);
    expect(run.stderr).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('writes every requested format', () => {
    expect(readdirSync(out).sort()).toEqual(['mlscan-inventory.csv', 'mlscan-report.html', 'mlscan-report.json', 'mlscan-report.md']);
  });

  it('writes a JSON report that matches its published schema, row by row', () => {
    const parsed = ScanResultSchema.safeParse(result);
    expect(parsed.success ? 'valid' : parsed.error.issues[0]).toBe('valid');
  });

  it('inventories both clouds', () => {
    expect(result.inventory.assets.length).toBeGreaterThanOrEqual(80);
    expect(new Set(result.inventory.assets.map((a) => a.account))).toEqual(
      new Set([SAMPLE.awsProdAccount, SAMPLE.awsDevAccount, SAMPLE.azureProdSubscription, SAMPLE.azureDevSubscription]),
    );
    expect(result.scan.partial).toBe(true);
    expect(result.coverage.gaps.map((g) => g.service).sort()).toEqual(['cloudtrail', 's3']);
  });

  it('finds the lineage paths only the graph reveals, in both clouds', () => {
    const rule = 'integrity/public-endpoint-serves-model-trained-on-exposed-data';
    const aws = finding(result, rule, SAMPLE.awsLineage.endpoint);
    expect(aws?.severity).toBe('critical');
    expect(aws?.path?.[0]).toBe(SAMPLE.awsLineage.endpoint);
    expect(aws?.path?.at(-1)).toBe(SAMPLE.awsLineage.storage);
    expect(aws?.path).toContain(SAMPLE.awsLineage.trainingJob);
    const azure = finding(result, rule, SAMPLE.azureLineage.endpoint);
    expect(azure?.path?.[0]).toBe(SAMPLE.azureLineage.endpoint);
    expect(azure?.path?.at(-1)).toBe(SAMPLE.azureLineage.storage);
    expect(azure?.path).toContain(SAMPLE.azureLineage.dataset);
    // The same shape with private training data passes.
    expect(finding(result, rule, SAMPLE.cleanServing.awsEndpoint, 'pass')).toBeDefined();
  });

  it('reports named rules on named assets', () => {
    expect(finding(result, 'versioning/endpoint-serves-unregistered-model', SAMPLE.unregistered.endpoint)).toBeDefined();
    expect(finding(result, 'rbac/notebook-root-access', SAMPLE.prodMistakes.rootNotebook)).toBeDefined();
    expect(finding(result, 'rbac/ml-identity-admin-privilege', SAMPLE.prodMistakes.vendorAdminRole)).toBeDefined();
    // A bucket whose public-access calls were denied is unknown, never pass.
    expect(finding(result, 'exposure/storage-public-access', SAMPLE.partlyUnknown, 'unknown')).toBeDefined();
    expect(finding(result, 'exposure/storage-public-access', SAMPLE.partlyUnknown, 'pass')).toBeUndefined();
    expect(result.findings.filter((f) => f.status === 'error')).toEqual([]);
  });

  it('explains each failing severity from the asset criticality and likelihood', () => {
    const failing = result.findings.filter((f) => f.status === 'fail');
    expect(failing.length).toBeGreaterThan(20);
    for (const f of failing) expect(f.adjustment?.reasons.length, f.ruleId).toBeGreaterThan(0);
  });

  it('produces the framework gap analysis with attested and unassessed controls', () => {
    const aira = result.frameworks.find((f) => f.id === 'ms-ai-risk')!;
    const control = (id: string) => aira.controls.find((c) => c.controlId === id)!;
    expect(aira.controls).toHaveLength(16);
    // 5.7.1 has a cloud half (security logs collected centrally) and a procedural one (the attested
    // playbook): a sample log source outside the central trail holds the attested 'met' to partly met.
    expect(control('5.7.1').status).toBe('partly-met');
    expect(control('5.7.1').attestation?.status).toBe('met');
    expect(control('5.5.1').status).toBe('not-met');
    expect(control('5.4.1').status).toBe('not-assessed');
    expect(['not-met', 'partly-met']).toContain(control('5.5.2').status);
    expect(control('5.5.2').assetsFailing).toBeGreaterThan(0);
    const amlsg = result.frameworks.find((f) => f.id === 'a-mlsg')!;
    expect(amlsg.controls.find((c) => c.controlId === 'A-MLSG-004-D008')?.status).toBe('met');
  });

  it('keeps hostile cloud strings inert in HTML and CSV', () => {
    const html = readFileSync(join(out, 'mlscan-report.html'), 'utf8');
    expect(html).not.toContain(SAMPLE.hostile.markupTag.value);
    expect(html).not.toContain('<script>alert("tag")</script>');
    const csv = readFileSync(join(out, 'mlscan-inventory.csv'), 'utf8');
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe('mlscan exit codes and input errors', () => {
  it('exits 3 for a partial scan with nothing failing, 0 with --allow-partial, 1 when findings fail', () => {
    const dir = tempDir();
    const partial = mlscan(['scan', '--snapshot', estate, '--out', dir, '--format', 'json', '--fail-on', 'none']);
    expect(partial.code).toBe(3);
    expect(partial.stderr).toMatch(/but the scan was partial: exit 3/);
    expect(mlscan(['scan', '--snapshot', estate, '--out', dir, '--format', 'json', '--fail-on', 'none', '--allow-partial']).code).toBe(0);
    expect(mlscan(['scan', '--snapshot', estate, '--out', dir, '--format', 'json', '--fail-on', 'critical']).code).toBe(1);
  });

  it('a broken snapshot: exit 2, one line naming the file and JSON path, nothing written', () => {
    const dir = join(tempDir(), 'out');
    const broken = join(root, 'test', 'fixtures', 'broken-snapshot.json');
    const run = mlscan(['scan', '--snapshot', broken, '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^mlscan: .*broken-snapshot\.json: \$\.assets\[1\]\.kind: /);
    expect(existsSync(dir)).toBe(false);
  });

  it('a broken attestation file: exit 2, one line naming the file and JSON path, nothing written', () => {
    const dir = join(tempDir(), 'out');
    const broken = join(root, 'test', 'fixtures', 'broken-attestations.yaml');
    const run = mlscan(['scan', '--snapshot', estate, '--attestations', broken, '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^mlscan: .*broken-attestations\.yaml: \$\.attestations\[1\]\.status: /);
    expect(existsSync(dir)).toBe(false);
  });

  it('usage errors exit 2 with one line; help and version exit 0', () => {
    const bad = mlscan(['scan', '--snapshot', estate, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format 'pdf'/);
    expect(mlscan(['scan']).code).toBe(2);
    expect(mlscan(['scan', '--snapshot', estate, '--rules', 'no/such-rule']).stderr).toMatch(/no rule matches 'no\/such-rule'/);
    expect(mlscan([]).code).toBe(2);
    expect(mlscan(['frobnicate']).stderr).toBe("mlscan: unknown command 'frobnicate'\n");
    const version = mlscan(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const command of ['scan', 'inventory', 'rules', 'frameworks', 'permissions']) {
      const help = mlscan([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: mlscan ${command}`);
    }
  });

  it('lists rules and frameworks, and prints read-only permissions', () => {
    const rules = JSON.parse(mlscan(['rules', '--json']).stdout) as Array<{ id: string }>;
    expect(rules.map((r) => r.id)).toContain('integrity/public-endpoint-serves-model-trained-on-exposed-data');
    const frameworks = JSON.parse(mlscan(['frameworks', '--json']).stdout) as Array<{ id: string; controls: unknown[] }>;
    expect(frameworks.find((f) => f.id === 'ms-ai-risk')?.controls).toHaveLength(16);
    const policy = JSON.parse(mlscan(['permissions', 'aws']).stdout) as { Statement: Array<{ Action: string[] }> };
    for (const action of policy.Statement.flatMap((s) => s.Action)) expect(action).toMatch(/^[a-z0-9-]+:(List|Describe|Get)/);
    const role = JSON.parse(mlscan(['permissions', 'azure']).stdout) as { permissions?: Array<{ actions: string[] }>; properties?: unknown };
    expect(JSON.stringify(role)).toContain('Microsoft.MachineLearningServices/workspaces/read');
    expect(JSON.stringify(role)).not.toMatch(/listKeys|listSecrets/i);
  });

  it('reads settings from a config file (paths relative to it); flags win; --framework narrows the gap analysis', () => {
    const dir = tempDir();
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(
      config,
      [`snapshot: [${JSON.stringify(estate)}]`, 'formats: [json]', 'out: reports', 'failOn: none', 'frameworks: [a-mlsg]'].join('\n'),
    );
    expect(mlscan(['scan', '--config', config]).code).toBe(3); // the sample estate has coverage gaps
    const result = JSON.parse(readFileSync(join(dir, 'reports', 'mlscan-report.json'), 'utf8')) as ScanResult;
    expect(result.frameworks.map((f) => f.id)).toEqual(['a-mlsg']);
    expect(mlscan(['scan', '--config', config, '--fail-on', 'critical', '--out', join(dir, 'r2')]).code).toBe(1);
    writeFileSync(config, 'azure: { subscriptions: [not-a-guid] }\n');
    const bad = mlscan(['scan', '--config', config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`mlscan: ${config}: $.azure.subscriptions[0]: a subscription id (GUID)`);
  });

  it('inventory writes a snapshot that scan rescans to the same inventory', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'snapshot.json');
    expect(mlscan(['inventory', '--snapshot', estate, '--out', snapshot]).code).toBe(0);
    const rescan = mlscan(['scan', '--snapshot', snapshot, '--out', join(dir, 'r'), '--format', 'json', '--fail-on', 'none', '--allow-partial']);
    expect(rescan.code).toBe(0);
    const original = JSON.parse(readFileSync(estate, 'utf8')) as { assets: unknown[]; edges: unknown[] };
    const again = JSON.parse(readFileSync(join(dir, 'r', 'mlscan-report.json'), 'utf8')) as ScanResult;
    expect(again.inventory.assets).toHaveLength(original.assets.length);
    expect(again.inventory.edges).toHaveLength(original.edges.length);
  });
});
