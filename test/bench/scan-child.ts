// One `mlscan scan` in a process of its own, for bench:scan (scan.ts): the emulators stay in the
// parent, so this process's peak RSS is the scan's alone. The parent sets the environment (the
// emulator's endpoints and keys) and passes the scan flags as arguments; this runs the CLI's
// `main` with `--format json --out <temp>`, takes `process.resourceUsage().maxRSS` as soon as it
// returns (before the report is read back for the parent), and writes one JSON line on stdout:
// what the parent compares (asset ids, gap count, finding keys), the wall time and the peak RSS.
// Not a test.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { ScanResult } from '../../src/model/index.js';
import { trustLocalhostNames } from '../support/emulator/loopback-trust.js';

/** What the parent reads back (scan.ts). */
export interface ChildScan {
  code: number;
  ms: number;
  /** Peak resident set of this process while scanning and writing the report, in kilobytes. */
  maxRssKb: number;
  assetIds: string[];
  gaps: number;
  /** `rule asset status` of every finding. */
  findingKeys: string[];
}

function summary(result: ScanResult | undefined): Pick<ChildScan, 'assetIds' | 'gaps' | 'findingKeys'> {
  return {
    assetIds: result?.inventory.assets.map((a) => a.id) ?? [],
    gaps: result?.coverage.gaps.length ?? -1,
    findingKeys: (result?.findings ?? []).map((f) => `${f.ruleId} ${f.assetId} ${f.status}`),
  };
}

async function scanOnce(args: readonly string[]): Promise<ChildScan> {
  const out = mkdtempSync(join(tmpdir(), 'mlscan-bench-child-'));
  // The S3 Control client calls `<account>.localhost`: resolved here as in the parent.
  const untrust = trustLocalhostNames();
  try {
    const started = performance.now();
    const code = await main(['scan', ...args, '--format', 'json', '--out', out]);
    const ms = performance.now() - started;
    const maxRssKb = process.resourceUsage().maxRSS;
    const file = join(out, 'mlscan-report.json');
    const result = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScanResult) : undefined;
    return { code, ms, maxRssKb, ...summary(result) };
  } finally {
    untrust();
    rmSync(out, { recursive: true, force: true });
  }
}

process.stdout.write(`${JSON.stringify(await scanOnce(process.argv.slice(2)))}\n`);
process.exitCode = 0;
