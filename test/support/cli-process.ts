import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { join } from 'node:path';

/** The built CLI (`npm test` builds first), run exactly as a user would. */
export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'bin.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

type ProcessOptions = Pick<SpawnOptions, 'uid' | 'gid'>;

function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', ...env };
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, options: ProcessOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: childEnv(env), timeout: 60_000, ...options });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

export interface RunningCli {
  child: ChildProcess;
  /** Resolves once stderr holds a line matching `pattern`; rejects if the process ends first. */
  stderrLine(pattern: RegExp): Promise<string>;
  finished: Promise<CliRun>;
}

const running = new Set<ChildProcess>();

/** Starts the CLI without waiting for it; stopAll() in afterEach ends whatever a failed test left running. */
export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const out = { stdout: '', stderr: '' };
  let closed = false;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (out.stderr += chunk));
  const finished = new Promise<CliRun>((done) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      closed = true;
      done({ code, signal, ...out });
    }),
  );
  const stderrLine = (pattern: RegExp) =>
    new Promise<string>((found, failed) => {
      const look = () => {
        const line = out.stderr.split('\n').find((l) => pattern.test(l));
        if (line !== undefined) return found(line);
        if (closed) return failed(new Error(`exited before printing ${pattern}: ${out.stderr}`));
        setTimeout(look, 20);
      };
      look();
    });
  return { child, stderrLine, finished };
}

export function stopAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
