import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startArmEmulator } from '../../support/emulator/azure/emulator.js';
import { scanInProcess } from '../../support/emulator/run-cli.js';

// A reserve (`minRemainingReads`) at or above what ARM's read bucket really holds: uncapped, the
// pacer keeps every call back but what ARM refills, and the scan crawls (this one ran over 300 s
// uncapped); capped at a quarter of the burst the headers showed (src/scan/pacing.ts), it takes
// some 6 s, and says once that it kept less than it was asked to.

describe('an Azure scan asked to keep more reads in reserve than its subscription bucket holds', () => {
  it('keeps a quarter of the burst ARM showed instead, says so once, and loses nothing', async () => {
    // 40 reads at once, then 10 a second, and a reserve of 250 asked for.
    const emulated = await startArmEmulator({ workspaces: 1, rateLimits: { armQuota: { burst: 40, ratePerSecond: 10 } } });
    try {
      const file = emulated.args[1]!;
      const config = JSON.parse(readFileSync(file, 'utf8')) as { azure: Record<string, unknown> };
      writeFileSync(file, JSON.stringify({ azure: { ...config.azure, minRemainingReads: 250 } }));

      const outcome = await scanInProcess([...emulated.args, '--call-timeout', '10000', '--fail-on', 'none'], emulated.env);

      // About 94 calls: 40 at once, the rest at 10 a second, less the capped reserve: some 6 s. Uncapped: minutes.
      expect(outcome.ms).toBeLessThan(40_000);
      expect(emulated.calls.filter((c) => c.fault === 'rate-limit')).toEqual([]);
      expect(outcome.result?.coverage.gaps).toEqual([]);
      const found = new Set(outcome.result?.inventory.assets.map((a) => a.id));
      expect(emulated.expected.filter((id) => !found.has(id))).toEqual([]);
      // Said once: the most ARM said was left (at most its 40, less the calls in flight), and a quarter of it kept.
      const notes = outcome.stderr.split('\n').filter((line) => line.includes('minRemainingReads'));
      expect(notes).toHaveLength(1);
      const said = /^mlscan: azure: minRemainingReads 250 is more than 25% of the (\d+) reads ARM showed a subscription's read bucket holds: kept (\d+) in reserve instead \(1 subscription\(s\)\)/.exec(notes[0]!);
      const [burst, kept] = [Number(said?.[1]), Number(said?.[2])];
      expect(burst).toBeGreaterThan(30);
      expect(burst).toBeLessThanOrEqual(40);
      expect(kept).toBe(Math.floor(burst / 4));
    } finally {
      await emulated.close();
    }
  }, 120_000);
});
