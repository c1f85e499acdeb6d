import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/index.js';
import { shardOf } from '../../src/scan/shard.js';
import { startCli, stopAll } from '../support/cli-process.js';
import { startAwsEmulator, type AwsEmulator } from '../support/emulator/aws/emulator.js';
import { startArmEmulator, type ArmEmulator } from '../support/emulator/azure/emulator.js';
import { scanInProcess } from '../support/emulator/run-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';

// Issue 10, "Shards on the job engines teams already run": four `mlscan inventory --shard auto/4`
// processes (the built CLI, each with its JOB_COMPLETION_INDEX as a Kubernetes Indexed Job sets
// it) against the loopback AWS and ARM emulators, merged by `mlscan scan --snapshot 'dir/*.json'`,
// give what one process scanning everything gives.

const SHARDS = 4;
const tempDir = useTempDirs('mlscan-shards-e2e-');

/** What two results must share: the same assets, and per fingerprint the same status, severity and rule. */
function essence(result: ScanResult | undefined) {
  return {
    assets: (result?.inventory.assets ?? []).map((a) => a.id).sort(),
    findings: (result?.findings ?? []).map((f) => `${f.fingerprint} ${f.status} ${f.severity} ${f.ruleId}`).sort(),
    gaps: (result?.coverage.gaps ?? []).map((g) => JSON.stringify(g)).sort(),
  };
}

describe('sharded inventory against the emulators', () => {
  let aws: AwsEmulator;
  let arm: ArmEmulator;
  /** `mlscan scan` live in this process, and `mlscan scan` of one unsharded `mlscan inventory` process. */
  let live: ScanResult | undefined;
  let single: ScanResult | undefined;
  let singleFile: string;
  let shardDir: string;
  const stderrs: string[] = [];

  const args = () => [...aws.args, ...arm.args];
  const env = () => ({ ...aws.env, ...arm.env });

  beforeAll(async () => {
    aws = await startAwsEmulator({ scale: 0.5 });
    arm = await startArmEmulator({ subscriptions: 6, workspaces: 1 });
    live = (await scanInProcess([...args(), '--fail-on', 'none'], env())).result;
    shardDir = mkdtempSync(join(tmpdir(), 'mlscan-shards-e2e-run-'));
    singleFile = join(mkdtempSync(join(tmpdir(), 'mlscan-shards-e2e-single-')), 'single.json');
    // One unsharded process and the four shards at once, all the built CLI run as a user runs it.
    const runs = [
      startCli(['inventory', ...args(), '--out', singleFile], env()).finished,
      ...Array.from({ length: SHARDS }, (_, index) =>
        startCli(['inventory', ...args(), '--shard', `auto/${SHARDS}`, '--out', join(shardDir, `shard-${index}.json`)], { ...env(), JOB_COMPLETION_INDEX: String(index) }).finished,
      ),
    ];
    for (const run of await Promise.all(runs)) {
      stderrs.push(run.stderr);
      expect(run.code, run.stderr).toBe(0);
    }
    single = (await scanInProcess(['--snapshot', singleFile, '--fail-on', 'none', '--allow-partial'], {})).result;
  }, 240_000);

  afterAll(async () => {
    stopAll();
    await aws?.close();
    await arm?.close();
    for (const dir of [shardDir, singleFile && dirname(singleFile)]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => stopAll());

  it('one process sees the whole estate of both clouds, as the live scan does', () => {
    const assets = essence(single).assets;
    expect([...aws.expected, ...arm.expected].filter((id) => !assets.includes(id))).toEqual([]);
    expect(assets).toEqual(essence(live).assets);
  });

  it('each shard holds the subscriptions and the account of its slice only, stamped with one plan', () => {
    const snapshots = readdirSync(shardDir).sort().map((name) => JSON.parse(readFileSync(join(shardDir, name), 'utf8')) as {
      shard: { planId: string; index: number; count: number; providers: string[] };
      assets: { account: string; provider: string }[];
    });
    expect(snapshots.map((s) => s.shard.index)).toEqual([0, 1, 2, 3]);
    expect(new Set(snapshots.map((s) => s.shard.planId)).size).toBe(1);
    expect(snapshots[0]!.shard).toMatchObject({ count: SHARDS, providers: ['aws', 'azure'] });
    for (const snapshot of snapshots) {
      for (const asset of snapshot.assets) expect(shardOf(asset.provider, asset.account, SHARDS), asset.account).toBe(snapshot.shard.index);
    }
    // Every subscription was scanned by exactly one shard: the estate's six spread over the four.
    const scannedBy = arm.estate.subscriptions.map((sub) => snapshots.filter((s) => s.assets.some((a) => a.account === sub)).length);
    expect(scannedBy).toEqual([1, 1, 1, 1, 1, 1]);
    expect(stderrs.join('')).toMatch(/\(shard 0 of 4, plan \d{4}-\d\d-\d\d-[0-9a-f]{12}\)/);
  });

  it("merged with --snapshot 'dir/*.json': the same assets, gaps, fingerprints, statuses and severities as one process", async () => {
    const merged = await scanInProcess(['--snapshot', join(shardDir, '*.json'), '--fail-on', 'none', '--allow-partial'], {});
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.result?.scan.sources).toHaveLength(SHARDS);
    const [got, want] = [essence(merged.result), essence(single)];
    expect(got.assets.length).toBeGreaterThan(100);
    expect(got.assets).toEqual(want.assets);
    const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));
    const differences = { onlyMerged: only(got.findings, want.findings), onlySingle: only(want.findings, got.findings) };
    expect(differences, JSON.stringify(differences, null, 1)).toEqual({ onlyMerged: [], onlySingle: [] });
    expect(got.findings).toEqual(want.findings);
    expect(got.gaps).toEqual(want.gaps);
    expect(got.gaps.filter((g) => g.includes('mlscan-shard'))).toEqual([]);
  });

  it('a missing shard and a foreign one are coverage gaps, and the scan is partial', async () => {
    const dir = tempDir();
    for (const index of [0, 1, 3]) writeFileSync(join(dir, `shard-${index}.json`), readFileSync(join(shardDir, `shard-${index}.json`)));
    const foreign = JSON.parse(readFileSync(join(shardDir, 'shard-2.json'), 'utf8')) as { shard: { planId: string } };
    foreign.shard.planId = 'last-week';
    writeFileSync(join(dir, 'shard-2.json'), JSON.stringify(foreign));
    const run = await scanInProcess(['--snapshot', join(dir, 'shard-*.json'), '--fail-on', 'none', '--allow-partial'], {});
    const gaps = (run.result?.coverage.gaps ?? []).filter((g) => g.service === 'mlscan-shard');
    expect(gaps.map((g) => `${g.provider} ${g.account} ${g.errorCode}`).sort()).toEqual([
      'aws shard 2/4 ShardForeign',
      'aws shard 2/4 ShardMissing',
      'azure shard 2/4 ShardForeign',
      'azure shard 2/4 ShardMissing',
    ]);
    expect(gaps.find((g) => g.errorCode === 'ShardForeign')?.message).toContain(`${join(dir, 'shard-2.json')} is shard 2 of 4 of plan last-week, not of plan`);
    expect(run.result?.scan.partial).toBe(true);
    const lost = essence(single).assets.filter((id) => !essence(run.result).assets.includes(id));
    expect(lost.length).toBeGreaterThan(0); // shard 2's subscriptions: named by the gaps, not silently absent
  });
});
