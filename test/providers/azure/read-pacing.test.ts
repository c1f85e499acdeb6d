import { describe, expect, it } from 'vitest';
import { startArmEmulator } from '../../support/emulator/azure/emulator.js';
import { scanInProcess } from '../../support/emulator/run-cli.js';

// ARM's read bucket per subscription and principal, smaller than the scanner is seeded with (ARM's
// documented 250 burst, 25/s): the scan learns it from `x-ms-ratelimit-remaining-subscription-reads`
// alone (providers/azure/runner.ts, src/scan/pacing.ts) and is never refused.

describe('an Azure scan against a read bucket smaller than the one it is seeded with', () => {
  it('paces itself from the remaining-reads header: every asset, no gap, not one 429', async () => {
    // 40 reads at once, then 10 a second: about 100 calls take some 6 s, whatever the machine's speed.
    const emulated = await startArmEmulator({ workspaces: 1, rateLimits: { armQuota: { burst: 40, ratePerSecond: 10 } } });
    try {
      const outcome = await scanInProcess([...emulated.args, '--call-timeout', '10000', '--fail-on', 'none'], emulated.env);
      const refused = emulated.calls.filter((c) => c.fault === 'rate-limit');
      const reads = emulated.calls.filter((c) => c.limit?.bucket.startsWith('subscription 0')).length;
      expect(reads).toBeGreaterThan(80);
      expect(refused).toEqual([]);
      expect(outcome.result?.coverage.gaps).toEqual([]);
      const found = new Set(outcome.result?.inventory.assets.map((a) => a.id));
      expect(emulated.expected.filter((id) => !found.has(id))).toEqual([]);
    } finally {
      await emulated.close();
    }
  }, 120_000);
});
