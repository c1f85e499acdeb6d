import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import type { ScanResult } from '../../../src/model/index.js';

export interface ScanOutcome {
  code: number;
  /** The JSON report, when one was written. */
  result?: ScanResult;
  stderr: string;
  ms: number;
}

/** Environment variables of the clouds' credential chains and endpoints, cleared before each run. */
const CLOUD_ENV = /^(AWS_|AZURE_|MSI_|IDENTITY_|IMDS_)/;

/** Runs `work` with the cloud environment replaced by `env` (endpoints, keys), as a user's shell would set it; restored afterwards. */
export async function withCloudEnv<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const savedEnv = { ...process.env };
  for (const key of Object.keys(process.env)) if (CLOUD_ENV.test(key)) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
  }
}

/**
 * Runs `mlscan scan <args> --format json --out <temp>` in this process, as a user would run it,
 * with the cloud environment replaced by `env` (endpoints, keys), and returns the exit code, the
 * JSON report and what was printed on stderr. The environment, stderr and the temp folder are
 * restored or removed afterwards.
 */
export async function scanInProcess(args: readonly string[], env: Record<string, string>): Promise<ScanOutcome> {
  const out = mkdtempSync(join(tmpdir(), 'mlscan-emulated-scan-'));
  const savedWrite = process.stderr.write;
  let stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  const started = performance.now();
  try {
    return await withCloudEnv({ NO_COLOR: '1', ...env }, async () => {
      const code = await main(['scan', ...args, '--format', 'json', '--out', out]);
      const ms = performance.now() - started;
      const file = join(out, 'mlscan-report.json');
      const outcome: ScanOutcome = { code, stderr, ms };
      if (existsSync(file)) outcome.result = JSON.parse(readFileSync(file, 'utf8')) as ScanResult;
      return outcome;
    });
  } finally {
    process.stderr.write = savedWrite;
    process.exitCode = 0;
    rmSync(out, { recursive: true, force: true });
  }
}
