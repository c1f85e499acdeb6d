import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerPlugins } from '../../src/cli/compose.js';
import type { ScanResult } from '../../src/model/index.js';
import { estimatedCallsByProvider, recordCountsOf, type CountedScan, type ProviderPlan } from '../../src/scan/plan.js';
import { startAwsEmulator } from '../support/emulator/aws/emulator.js';
import { startArmEmulator } from '../support/emulator/azure/emulator.js';
import type { EmulatedCloud } from '../support/emulator/cloud.js';
import { scanInProcess, withCloudEnv } from '../support/emulator/run-cli.js';

// `mlscan plan` estimates a scan's calls from the previous scan's records. Here the previous scan
// is a real one: `mlscan scan` against the loopback emulators, its calls counted by the emulator;
// then each provider plans the same estate from that scan's records, as a report keeps them
// (with native types) and as a history keeps them (ids, no native types), and the plan's calls
// must come within TOLERANCE of the calls the scan made. What the plan cannot know from records
// (listing page sizes, details a condition skips, identical requests the runner makes once, such
// as route tables per VPC) is what the tolerance allows; a kind counted once per collector that
// shares it (the bug this guards against) was 2x.

/** The most the plan's calls may differ from the scan's, as a share of the scan's. */
const TOLERANCE = 0.1;

/** What the history keeps of a scan's assets (src/history/record.ts): no native type, so the plan tells collectors apart by id. */
function asHistoryKeepsIt(result: ScanResult): CountedScan {
  return { inventory: { assets: result.inventory.assets.map(({ id, kind, provider, account, region }) => ({ id, kind, provider, account, region })) }, coverage: result.coverage };
}

interface Compared {
  /** Calls the scan made (first tries: a retry is no call the plan counts). */
  made: number;
  fromReport: number;
  fromHistory: number;
}

/** Scans the emulated estate, then plans it from the scan's records; the calls on both sides. */
async function scanThenPlan(provider: 'aws' | 'azure', emulated: EmulatedCloud, options: Record<string, unknown>): Promise<Compared> {
  try {
    const outcome = await scanInProcess([...emulated.args, '--call-timeout', '10000', '--fail-on', 'none'], emulated.env);
    expect(outcome.result?.coverage.gaps).toEqual([]);
    const made = emulated.calls.filter((c) => !c.repeat).length;
    const plugin = providerPlugins.find((p) => p.id === provider)!;
    const plan = (scan: CountedScan) => withCloudEnv(emulated.env, () => plugin.plan!(options, { providerId: provider, records: recordCountsOf(scan) }));
    const calls = (p: ProviderPlan) => estimatedCallsByProvider({ providers: [p] })[provider]!;
    return { made, fromReport: calls(await plan(outcome.result!)), fromHistory: calls(await plan(asHistoryKeepsIt(outcome.result!))) };
  } finally {
    await emulated.close();
  }
}

describe('mlscan plan against the calls a scan of the same estate made', () => {
  it('AWS: one account in two regions (planned 357 calls, made 347 when written)', async () => {
    const emulated = await startAwsEmulator({ scale: 0.5, regions: ['eu-west-1', 'us-east-1'] });
    const { made, fromReport, fromHistory } = await scanThenPlan('aws', emulated, { regions: ['eu-west-1', 'us-east-1'] });
    expect(fromHistory).toBe(fromReport);
    expect(Math.abs(fromReport - made), `planned ${fromReport} calls, the scan made ${made}`).toBeLessThanOrEqual(made * TOLERANCE);
  }, 120_000);

  it('Azure: two subscriptions given explicitly, their names and group paths read too (planned 330, made 334 when written)', async () => {
    const emulated = await startArmEmulator({ subscriptions: 2, workspaces: 2 });
    const config = JSON.parse(readFileSync(emulated.args[1]!, 'utf8')) as { azure: Record<string, unknown> };
    const { made, fromReport, fromHistory } = await scanThenPlan('azure', emulated, config.azure);
    expect(fromHistory).toBe(fromReport);
    expect(Math.abs(fromReport - made), `planned ${fromReport} calls, the scan made ${made}`).toBeLessThanOrEqual(made * TOLERANCE);
  }, 120_000);
});
