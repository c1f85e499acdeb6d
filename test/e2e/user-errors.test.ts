// Problems the user can fix, through the built CLI: one line on stderr, exit 2, nothing written.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli-process.js';
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
