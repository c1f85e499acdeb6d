import { existsSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../src/history/index.js';
import type { ScanPlan } from '../../src/scan/plan.js';
import { derivePlanId, shardOf } from '../../src/scan/shard.js';
import { AWS_CLI_ENV } from '../support/cli-env.js';
import { inProcessCli, runCli } from '../support/in-process-cli.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { historyAvailable } from '../support/node-sqlite.js';
import { sampleResult } from '../report/sample-result.js';
import { ACCOUNT, REGION, stsCallerIdentity, useNock } from '../providers/aws/support.js';

useNock();
const stderr = inProcessCli(AWS_CLI_ENV.prefixes, AWS_CLI_ENV.env);
const tempDir = useTempDirs('mlscan-plan-');

const run = runCli;

/** A history whose newest scan saw three SageMaker domains in the account. */
function historyWithDomains(): string {
  const file = join(tempDir(), 'history.sqlite');
  const result = sampleResult();
  const [template] = result.inventory.assets;
  const domain = (i: number) => ({ ...template!, id: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:domain/d-${i}`, provider: 'aws' as const, account: ACCOUNT, region: REGION, kind: 'workspace' as const });
  const store = openHistory(file, { create: true });
  store.record({ ...result, inventory: { ...result.inventory, assets: [domain(1), domain(2), domain(3)] }, findings: [] });
  store.close();
  return file;
}

describe('mlscan plan', () => {
  it.skipIf(!historyAvailable)('--json: the units, their calls from the history, the totals and the plan id; only GetCallerIdentity is called', async () => {
    stsCallerIdentity();
    const history = historyWithDomains();
    const unmatched: string[] = [];
    nock.emitter.on('no match', (req: { method?: string; href?: string }) => unmatched.push(`${req.method} ${req.href}`));

    const { code, stdout } = await run('plan', '--aws', '--aws-regions', REGION, '--history', history, '--json');

    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as ScanPlan;
    expect(plan.planId).toBe(derivePlanId({ snapshots: [], providers: { aws: { regions: [REGION] } } }, 1, new Date()));
    expect(plan.history).toBe(history);
    expect(plan.providers.map((p) => [p.provider, p.accounts, p.regions])).toEqual([['aws', [ACCOUNT], [REGION]]]);
    const sagemaker = plan.providers[0]!.units.find((u) => u.service === 'sagemaker' && u.region === REGION)!;
    expect(sagemaker.recordsFrom).toBe('history');
    expect(sagemaker.groups.find((g) => g.bucket.endsWith('sagemaker:DescribeDomain'))?.calls).toBe(3);
    // Account-wide services (IAM, the S3 listing) have no region.
    expect(plan.providers[0]!.units.filter((u) => u.region === undefined).map((u) => u.service)).toContain('iam');
    const units = plan.providers[0]!.units;
    expect(plan.totals).toEqual({
      units: units.length,
      calls: units.reduce((n, u) => n + u.calls, 0),
      unknownUnits: 0,
      minimumSeconds: expect.any(Number),
    });
    expect(unmatched).toEqual([]);
    expect(stderr()).not.toMatch(/^mlscan:/m);
  });

  it('--shard: the slice of the accounts, and the plan id the shards derive', async () => {
    stsCallerIdentity();
    const other = '444455556666';
    const index = shardOf('aws', ACCOUNT, 2);

    const { code, stdout } = await run('plan', '--aws', '--aws-accounts', `${ACCOUNT},${other}`, '--aws-role', 'Reader', '--aws-regions', REGION, '--shard', `${index}/2`);

    expect(code).toBe(0);
    const planId = derivePlanId({ snapshots: [], providers: { aws: { accounts: [ACCOUNT, other], role: 'Reader', regions: [REGION] } } }, 2, new Date());
    expect(stdout).toContain(`plan ${planId} (shard ${index} of 2)`);
    const inSlice = [ACCOUNT, other].filter((a) => shardOf('aws', a, 2) === index);
    expect(stdout).toContain(`aws: ${inSlice.length} account(s), 1 region(s)`);
    for (const account of [ACCOUNT, other]) expect(stdout.includes(account)).toBe(inSlice.includes(account));
    // Without a history, every unit's calls are a floor, and the text says so.
    expect(stdout).toMatch(/total: \d+ unit\(s\), about \d+ call\(s\) \(\d+ unit\(s\) without a record count: their calls are a floor/);
    expect(stdout).toContain("minimum time at the clouds' request quotas: 0 s");
  });

  it('with nothing to plan: one usage line, exit 2', async () => {
    const { code, stdout } = await run('plan');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr()).toMatch(/^mlscan: plan: nothing to plan: give --snapshot FILE, --aws or --azure/);
  });
});

describe('mlscan scan --plan-only', () => {
  it('prints the plan and stops: exit 0, no report written, no history created', async () => {
    stsCallerIdentity();
    const dir = tempDir();

    const { code, stdout } = await run('scan', '--aws', '--aws-regions', REGION, '--plan-only', '--out', join(dir, 'reports'), '--history', join(dir, 'h.sqlite'));

    expect(code).toBe(0);
    expect(stdout).toMatch(/^plan \d{4}-\d{2}-\d{2}-[0-9a-f]{12}\n/);
    expect(stdout).toContain(`aws: 1 account(s), 1 region(s)`);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
    expect(existsSync(join(dir, 'h.sqlite'))).toBe(false);
  });
});
