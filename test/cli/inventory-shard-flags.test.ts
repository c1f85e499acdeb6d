import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { inProcessCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';

const tempDir = useTempDirs('mlscan-inventory-shard-');

// Bad --shard and --plan-id input: one line naming the flag, exit 2, before any cloud call or file.
describe('mlscan inventory --shard', () => {
  const stderr = inProcessCli(['JOB_COMPLETION_INDEX', 'AWS_BATCH_', 'MLSCAN_PLAN_ID'], {});

  it.each([
    [['--aws', '--shard', '4/4'], 'mlscan: --shard: index 4 is not below the shard count 4 (indexes count from 0)'],
    [['--aws', '--shard', 'half'], "mlscan: --shard: 'half' is not i/N or auto/N (e.g. 0/4: the first of four shards)"],
    [['--aws', '--shard', 'auto/3'], 'mlscan: --shard auto/N: neither JOB_COMPLETION_INDEX nor AWS_BATCH_JOB_ARRAY_INDEX is set; give the index as i/N'],
    [['--aws', '--plan-id', 'x'], 'mlscan: inventory: --plan-id is for sharded runs: give --shard i/N as well'],
  ])('%j', async (flags, line) => {
    const out = `${tempDir()}/snapshot.json`;
    const code = await main(['inventory', ...flags, '--out', out]);
    expect(code).toBe(2);
    expect(stderr().trim()).toBe(line);
  });

  it('refuses --shard when no live provider is enabled', async () => {
    const dir = tempDir();
    const code = await main(['inventory', '--snapshot', 'providers/snapshot/sample/estate.json', '--shard', '0/2', '--out', `${dir}/s.json`]);
    expect(code).toBe(2);
    expect(stderr().trim()).toMatch(/^mlscan: inventory: --shard slices the accounts and subscriptions of live providers: give --aws.* or --azure$/);
  });
});
