// Problems the user can fix, through the built CLI: one line on stderr, exit 2, nothing written.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from '../support/cli-process.js';
import { useTempDirs } from '../support/temp-dirs.js';

const ESTATE = join(ROOT, 'providers', 'snapshot', 'sample', 'estate.json');
const tempDir = useTempDirs('mlscan-user-errors-');

/** root may write anywhere, so permission cases run the CLI as `nobody` when the tests run as root. */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function expectUserError(run: ReturnType<typeof runCli>, line: string): void {
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: `mlscan: ${line}\n` });
}

const scan = (out: string) => runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', out]);
const inventory = (out: string, options = {}) => runCli(['inventory', '--snapshot', ESTATE, '--out', out], {}, options);

describe('--out problems', () => {
  it('scan: a file where the folder should be, or in its path', () => {
    const file = join(tempDir(), 'reports');
    writeFileSync(file, 'not a folder');
    expectUserError(scan(file), `${file}: exists and is not a folder`);
    expectUserError(scan(join(file, 'today')), `${join(file, 'today')}: ${file} is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('scan: a folder the user cannot write to', () => {
    const base = tempDir();
    chmodSync(base, 0o755);
    const locked = join(base, 'locked');
    mkdirSync(locked, 0o555);
    const run = (out: string) => runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', out], {}, unprivileged);
    expectUserError(run(locked), `${locked}: the folder is not writable`);
    expectUserError(run(join(locked, 'new')), `${join(locked, 'new')}: cannot create it: ${locked} is not writable`);
    expect(readdirSync(locked)).toEqual([]);
  });

  it('inventory: a folder given where the snapshot file goes', () => {
    const dir = tempDir();
    expectUserError(inventory(`${dir}/`), `${dir}/: names a folder; give the file to write, e.g. ${join(dir, 'snapshot.json')}`);
    expectUserError(inventory(dir), `${dir}: names a folder; give the file to write, e.g. ${join(dir, 'snapshot.json')}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('inventory: a missing folder, a file in the path, a folder the user cannot write to', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const missing = join(dir, 'no-such-folder', 'estate.json');
    expectUserError(inventory(missing), `${missing}: the folder ${join(dir, 'no-such-folder')} does not exist`);
    writeFileSync(join(dir, 'file'), '');
    expectUserError(inventory(join(dir, 'file', 'estate.json')), `${join(dir, 'file', 'estate.json')}: ${join(dir, 'file')} is a file, not a folder`);
    mkdirSync(join(dir, 'locked'), 0o555);
    const locked = join(dir, 'locked', 'estate.json');
    expectUserError(inventory(locked, unprivileged), `${locked}: the folder ${join(dir, 'locked')} is not writable`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});

describe('input files past the loading limits', () => {
  it('a snapshot nested 200,000 levels deep: one line naming where, nothing written', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'deep.json');
    writeFileSync(snapshot, `{"schemaVersion":"1.0","assets":[{"raw":${'['.repeat(200_000)}${']'.repeat(200_000)}}],"edges":[]}`);
    const out = join(dir, 'out');
    const run = runCli(['scan', '--snapshot', snapshot, '--format', 'html,md,json,csv', '--out', out]);
    expectUserError(run, `${snapshot}: $.assets[0].raw[0][0][0][0][0]…: nested deeper than 100 levels`);
    expect(existsSync(out)).toBe(false);
  });

  it('a string over 1 MiB in a snapshot: one line naming it', () => {
    const snapshot = join(tempDir(), 'long.json');
    writeFileSync(snapshot, JSON.stringify({ schemaVersion: '1.0', assets: [{ name: 'x'.repeat(2_000_000) }], edges: [] }));
    expectUserError(
      runCli(['inventory', '--snapshot', snapshot, '--out', join(tempDir(), 'x.json')]),
      `${snapshot}: $.assets[0].name: a string of 2000000 characters, longer than the limit of 1048576`,
    );
  });

  it('a YAML !!js/function tag in the config or attestation file: the one error line, no YAML warnings', () => {
    const dir = tempDir();
    const config = join(dir, 'mlscan.yaml');
    writeFileSync(config, 'failOn: !!js/function "function () { return \'none\' }"\n');
    expectUserError(runCli(['scan', '--config', config, '--snapshot', ESTATE]), `${config}: $: not valid YAML at line 1 (Unresolved tag: tag:yaml.org,2002:js/function)`);
    const attestations = join(dir, 'attestations.yaml');
    writeFileSync(attestations, 'attestations:\n  - control: "5.7.1"\n    evidence: !!js/function "function () {}"\n');
    expectUserError(
      runCli(['scan', '--snapshot', ESTATE, '--attestations', attestations, '--out', join(dir, 'out')]),
      `${attestations}: $: not valid YAML at line 3 (Unresolved tag: tag:yaml.org,2002:js/function)`,
    );
  });
});

describe('usage errors the issue-13 review found', () => {
  it('an unknown provider name: one line, exit 2, for scan and rules', () => {
    const out = join(tempDir(), 'out');
    expectUserError(
      runCli(['scan', '--snapshot', ESTATE, '--provider', 'gcp', '--out', out]),
      "option '--provider <list>' argument 'gcp' is invalid. unknown provider 'gcp' (expected one of: aws, azure)",
    );
    expectUserError(runCli(['rules', '--provider', 'aws,gcp']), "option '--provider <list>' argument 'aws,gcp' is invalid. unknown provider 'gcp' (expected one of: aws, azure)");
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown provider in the config file: the same one line', () => {
    const config = join(tempDir(), 'mlscan.yaml');
    writeFileSync(config, 'providers: [gcp]\n');
    expectUserError(runCli(['scan', '--snapshot', ESTATE, '--config', config, '--out', join(tempDir(), 'out')]), "scan: providers: no provider plugin for 'gcp' (expected one of: aws, azure)");
  });

  it('--out -: no folder or file named "-"', () => {
    const dir = tempDir();
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const scan = run(['scan', '--snapshot', ESTATE, '--out', '-']);
    expectUserError({ code: scan.status, stderr: scan.stderr } as ReturnType<typeof runCli>, 'scan: --out -: writing to standard output is not supported; give a folder, e.g. --out mlscan-report');
    const inventory = run(['inventory', '--snapshot', ESTATE, '--out', '-']);
    expectUserError({ code: inventory.status, stderr: inventory.stderr } as ReturnType<typeof runCli>, 'inventory: --out -: writing to standard output is not supported; give a file, e.g. --out snapshot.json');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an --out that cannot be created (/proc/x) fails at once, not after minutes of retrying', () => {
    const started = Date.now();
    const run = runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', '/proc/mlscan-x']);
    expect(Date.now() - started).toBeLessThan(20_000);
    // As root /proc passes the writable check and mkdir answers ENOENT; as a user the check refuses it.
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^mlscan: \/proc\/mlscan-x: (no such file or folder \(ENOENT\)|cannot create it: \/proc is not writable)\n$/);
  });

  it('a lock file that is a broken symbolic link: one line naming it, no endless retry', () => {
    const out = tempDir();
    symlinkSync(join(out, 'nowhere'), join(out, '.mlscan.lock'));
    const run = runCli(['scan', '--snapshot', ESTATE, '--format', 'json', '--out', out], { MLSCAN_LOCK_WAIT_SECONDS: '60' });
    expectUserError(run, `${join(out, '.mlscan.lock')}: is a broken symbolic link, not a lock mlscan wrote; delete it`);
  });

  it('a reader that closes the pipe early (`mlscan rules --json | head -1`): exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [CLI, 'rules', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('permissions aws --org', () => {
  it('without the trust principal, with a wildcard one, or an org flag without --org: one line, exit 2, nothing printed', () => {
    const run = (args: string[]) => runCli(['permissions', 'aws', ...args]);
    const missing = run(['--org']);
    expectUserError(missing, 'permissions aws --org needs --trust-principal <account-id|role-arn>: the account or role that runs the scan');
    expect(missing.stdout).toBe('');
    expectUserError(
      run(['--org', '--trust-principal', 'arn:aws:iam::111122223333:role/*']),
      "--trust-principal: 'arn:aws:iam::111122223333:role/*' is neither a 12-digit account id nor an IAM role or user ARN (no wildcards)",
    );
    expectUserError(run(['--trust-principal', '111122223333']), 'permissions: --trust-principal needs --org');
  });

  it('--json is one valid JSON document', () => {
    const run = runCli(['permissions', 'aws', '--org', '--trust-principal', '111122223333', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ trustPrincipal: 'arn:aws:iam::111122223333:root', policyKind: 'inline' });
  });
});
