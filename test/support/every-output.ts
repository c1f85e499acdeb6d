import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RawEnvelope } from '../../src/model/index.js';
import { REPORT_FORMATS } from '../../src/report/index.js';

export interface Outputs {
  /** Exit codes of `inventory`, the live `scan` and the offline `scan --snapshot`. */
  codes: number[];
  /** Every file written and what the CLI printed, by name. */
  texts: Array<[name: string, text: string]>;
  /** The snapshot `inventory --out` wrote, parsed. */
  snapshot: { assets: Array<{ id: string; raw?: RawEnvelope; tags?: Record<string, string> }> };
}

/**
 * Runs the CLI in-process the three ways a secret could leave: `mlscan inventory <source> --out`,
 * `mlscan scan <source>` in every report format, and `mlscan scan --snapshot` of that inventory.
 * `answer` registers the cloud's answers once per live run. Needs `inProcessCli` (env, stderr).
 */
export async function everyOutput(source: readonly string[], answer: () => void, stderr: () => string): Promise<Outputs> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const dir = mkdtempSync(join(tmpdir(), 'mlscan-canary-'));
  try {
    const snapshot = join(dir, 'estate.json');
    const reports = ['--format', REPORT_FORMATS.join(','), '--fail-on', 'none', '--allow-partial'];
    const codes: number[] = [];
    answer();
    codes.push(await main(['inventory', ...source, '--out', snapshot]));
    answer();
    codes.push(await main(['scan', ...source, '--out', join(dir, 'live'), ...reports]));
    codes.push(await main(['scan', '--snapshot', snapshot, '--out', join(dir, 'offline'), ...reports]));
    const written = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((file) => join(dir, sub, file)) : []);
    const files = [snapshot, ...written('live'), ...written('offline')].filter((file) => existsSync(file) && statSync(file).isFile());
    return {
      codes,
      texts: [...files.map((file): [string, string] => [file.slice(dir.length + 1), readFileSync(file, 'utf8')]), ['stdout', stdout], ['stderr', stderr()]],
      snapshot: JSON.parse(readFileSync(snapshot, 'utf8')) as Outputs['snapshot'],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The canaries found in any output, as `output: canary` (empty when none leaked). */
export function leaks(outputs: Outputs, canaries: readonly string[]): string[] {
  return outputs.texts.flatMap(([name, text]) => canaries.filter((canary) => text.includes(canary)).map((canary) => `${name}: ${canary}`));
}
