// What an engineer sees in CI (issue 13): the log names the findings behind exit 1, --quiet,
// --format summary, `mlscan demo` from another folder, credential errors that end with the fix,
// and no third-party warning on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/index.js';
import { CLI, ROOT, runCli } from '../support/cli-process.js';
import { useTempDirs } from '../support/temp-dirs.js';

const ESTATE = join(ROOT, 'providers', 'snapshot', 'sample', 'estate.json');
const tempDir = useTempDirs('mlscan-ci-output-');

/** The built CLI in `cwd` with only `env` (plus PATH to node alone: no az, aws or pwsh is found). */
function isolated(args: readonly string[], env: NodeJS.ProcessEnv, cwd = tempDir()) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: dirname(process.execPath), HOME: cwd, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the scan log', () => {
  it('names the first 20 findings that set exit 1 (most severe first), then how many more', () => {
    const out = tempDir();
    const run = runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', out]);
    expect(run.code).toBe(1);
    const result = JSON.parse(readFileSync(join(out, 'mlscan-report.json'), 'utf8')) as ScanResult;
    const gating = result.findings.filter((f) => (f.status === 'fail' || f.status === 'error') && ['critical', 'high'].includes(f.severity));
    expect(gating.length).toBeGreaterThan(20);
    const lines = run.stderr.trimEnd().split('\n');
    const at = lines.indexOf(`  ${gating.length} finding(s) at or above high: exit 1`);
    expect(at).toBeGreaterThan(0);
    const named = lines.slice(at + 1, at + 21);
    expect(named.every((line) => /^ {4}(critical|high) +\S+ {2}.+ \((aws|azure) \S+/.test(line)), named.join('\n')).toBe(true);
    const ranks = named.map((line) => (line.trim().startsWith('critical') ? 0 : 1));
    expect(ranks).toEqual([...ranks].sort());
    for (const line of named) {
      const [, severity, ruleId] = /^ +(\S+) +(\S+) {2}/.exec(line)!;
      expect(gating.some((f) => f.severity === severity && f.ruleId === ruleId && line.includes(f.assetName))).toBe(true);
    }
    expect(lines[at + 21]).toBe(`    … and ${gating.length - 20} more (see the report)`);
    expect(lines.length).toBe(at + 22);
  });

  it('--quiet: only the exit reason when the exit code is not 0, nothing when it is', () => {
    const failing = runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', tempDir(), '--quiet']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^mlscan: \d+ finding\(s\) at or above high: exit 1\n$/);
    const partial = runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', tempDir(), '--fail-on', 'none', '-q']);
    expect({ code: partial.code, stderr: partial.stderr }).toEqual({ code: 3, stderr: 'mlscan: --fail-on none: findings ignored, but the scan was partial: exit 3 (--allow-partial to accept)\n' });
    const clean = runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', tempDir(), '--fail-on', 'none', '--allow-partial', '-q']);
    expect({ code: clean.code, stderr: clean.stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('--format summary', () => {
  it('writes mlscan-summary.md next to the reports it links to', () => {
    const out = tempDir();
    const run = runCli(['scan', '--snapshot', ESTATE, '--format', 'html,json,summary', '--out', out, '--quiet']);
    expect(run.code).toBe(1);
    const md = readFileSync(join(out, 'mlscan-summary.md'), 'utf8');
    expect(md).toMatch(/^## mlscan: ❌ \d+ finding\(s\) at or above high \(exit 1\)\n/);
    expect(md).toContain('### Fix these first');
    expect(md.match(/^\d+\. \*\*critical\*\* /gm)).toHaveLength(10);
    expect(md).toContain('Full report: [mlscan-report.html](mlscan-report.html) · [mlscan-report.json](mlscan-report.json)');
    for (const [, link] of md.matchAll(/\]\(([^)]+)\)/g)) expect(existsSync(join(out, link!))).toBe(true);
  });
});

describe('mlscan demo', () => {
  it('scans the bundled sample from any folder into ./mlscan-demo-report, the four reports of npm start, exit 0', () => {
    const cwd = tempDir();
    const run = isolated(['demo'], {}, cwd);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'mlscan-demo-report')).sort()).toEqual(['mlscan-inventory.csv', 'mlscan-report.html', 'mlscan-report.json', 'mlscan-report.md']);
    expect(run.stderr).toContain('171 assets in 4 accounts');
    const other = join(tempDir(), 'elsewhere');
    expect(isolated(['demo', '--out', other, '--format', 'summary', '-q'], {}, cwd).code).toBe(0);
    expect(readdirSync(other)).toEqual(['mlscan-summary.md']);
  });

  it('finds its sample in the published package: the files are in package.json "files"', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    for (const file of ['providers/snapshot/sample/estate.json', 'providers/snapshot/sample/attestations.yaml', 'dist/src/cli/commands/demo.js', 'templates/report.html.hbs']) {
      expect(files).toContain(file);
    }
  });
});

describe('live scans without credentials', () => {
  const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

  it('AWS: the error ends with the commands that fix it, and stderr holds no AWS SDK Node version warning', () => {
    const env = { AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: '/nonexistent/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials' };
    const run = isolated(['scan', '--aws', '--aws-regions', 'us-east-1', '--out', 'out'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^mlscan: aws: cannot identify the caller \(sts:GetCallerIdentity, CredentialsProviderError\): .+ \(to fix: run aws sso login \(IAM Identity Center\) or aws configure \(access keys\), or set AWS_PROFILE \(or --aws-profile\) to a profile that has credentials\)\n$/);
    expect(run.stderr).not.toMatch(/NodeVersionSupportWarning|\(node:\d+\)|Warning:/);
  });

  it.runIf(NODE_MAJOR < 22)('(control) the AWS SDK does print that warning on this Node version outside mlscan', () => {
    const script = "import('@aws-sdk/client-sts').then(({ STSClient }) => new STSClient({ region: 'us-east-1' }))";
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: dirname(process.execPath) } });
    expect(run.stderr).toContain('NodeVersionSupportWarning');
  });

  it('Azure: the whole credential chain message, then az login and the tenant flag', () => {
    const run = isolated(['scan', '--azure', '--out', 'out'], { AZURE_TOKEN_CREDENTIALS: 'dev' });
    expect(run.code).toBe(2);
    const line = run.stderr;
    expect(line.split('\n')).toHaveLength(2);
    expect(line).toMatch(/^mlscan: azure: cannot sign in to https:\/\/management\.azure\.com: /);
    // Each credential the chain tried is still named: nothing is cut off at 300 characters.
    expect(line).toContain('Azure CLI could not be found');
    expect(line).toContain('Azure Developer CLI');
    expect(line.length).toBeGreaterThan(400);
    expect(line).toMatch(/\(to fix: run az login, or az login --tenant <tenant-id> .+\)\n$/);
  });
});
