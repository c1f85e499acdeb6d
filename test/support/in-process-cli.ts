import { afterEach, beforeEach, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/**
 * For tests that run the CLI in-process (so nock sees the SDKs' traffic): each test gets an
 * environment with the variables under `prefixes` replaced by `env`, and stderr captured.
 * Returns a reader for what the CLI printed on stderr in the current test.
 */
export function inProcessCli(prefixes: readonly string[], env: Record<string, string>): () => string {
  const saved = { ...process.env };
  let stderr = '';
  beforeEach(() => {
    for (const key of Object.keys(process.env)) if (prefixes.some((p) => key.startsWith(p))) delete process.env[key];
    Object.assign(process.env, { NO_COLOR: '1', ...env });
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = 0;
  });
  return () => stderr;
}

/** Runs the CLI in-process with stdout captured (restored by `vi.restoreAllMocks`); returns its exit code and what it printed there. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const code = await main(argv);
  return { code, stdout };
}
