import { describe, expect, it } from 'vitest';
import { assemblePlan, bucketSeconds, estimatedCallsByProvider, listPages, minimumSeconds, planUnit, recordCountsOf, recordsByReader, type ProviderPlan } from '../../src/scan/plan.js';

const SAGEMAKER_LIST = { ratePerSecond: 5, burst: 10 };
const ARM_READS = { ratePerSecond: 25, burst: 250 };

describe('plan estimates', () => {
  it('a listing is its pages, at least one', () => {
    expect(listPages(0, 100)).toBe(1);
    expect(listPages(100, 100)).toBe(1);
    expect(listPages(101, 100)).toBe(2);
    expect(listPages(7, undefined)).toBe(7);
  });

  it('a bucket takes (calls − burst) / refill seconds; buckets run side by side, so the slowest decides', () => {
    expect(bucketSeconds(10, SAGEMAKER_LIST)).toBe(0);
    expect(bucketSeconds(60, SAGEMAKER_LIST)).toBe(10);
    expect(
      minimumSeconds([
        { bucket: 'aws|1|eu-west-1|sagemaker:ListTags', quota: SAGEMAKER_LIST, calls: 35 },
        // the same bucket again: its calls add up (35 + 25 − 10) / 5 = 10 s
        { bucket: 'aws|1|eu-west-1|sagemaker:ListTags', quota: SAGEMAKER_LIST, calls: 25 },
        { bucket: 'azure|sub|reads', quota: ARM_READS, calls: 400 }, // (400 − 250) / 25 = 6 s
      ]),
    ).toBe(10);
  });

  it('counts the previous scan by provider, account (any case), kind and region; an account it never saw is not covered', () => {
    const asset = (account: string, kind: string, region: string) => ({ provider: 'azure', account, kind, region });
    const counts = recordCountsOf({
      inventory: { assets: [asset('SUB-A', 'workspace', 'westeurope'), asset('sub-a', 'workspace', 'eastus'), asset('sub-a', 'compute', 'eastus')] },
      coverage: { gaps: [{ provider: 'azure', account: 'sub-denied' }] },
    });
    expect(counts.count('azure', 'sub-a', 'workspace')).toBe(2);
    expect(counts.count('azure', 'sub-a', 'workspace', 'eastus')).toBe(1);
    expect(counts.count('azure', 'sub-a', 'model')).toBe(0);
    expect(counts.covers('azure', 'Sub-A')).toBe(true);
    expect(counts.covers('azure', 'sub-denied')).toBe(true);
    expect(counts.covers('azure', 'sub-new')).toBe(false);
    expect(counts.covers('aws', 'sub-a')).toBe(false);
  });

  it('gives each asset to one collector: the only one of its kind, else the one of its type (its own, or its id\'s), else none', () => {
    const keys = { ofNativeType: (t: string) => t.toLowerCase(), ofId: (id: string) => /\/types\/([^/]+)\//.exec(id)?.[1]?.toLowerCase() };
    const readers = [
      { name: 'online', kinds: ['endpoint'], nativeType: 'Online' },
      { name: 'batch', kinds: ['endpoint'], nativeType: 'Batch' },
      { name: 'workspaces', kinds: ['workspace', 'feature-store'], nativeType: 'Workspace' },
    ];
    const asset = (kind: string, more: { id?: string; nativeType?: string; region?: string }) => ({ provider: 'p', account: 'a', kind, region: 'r1', ...more });
    const counts = recordsByReader(
      [
        asset('endpoint', { nativeType: 'Batch' }),
        asset('endpoint', { id: '/types/batch/2', region: 'r2' }),
        asset('endpoint', { id: '/types/online/1' }),
        asset('endpoint', { id: '/types/serverless/1' }), // read by a collector not given: counted for none
        asset('endpoint', {}), // nothing to tell it by: the first of its kind
        asset('feature-store', { id: '/types/workspace/fs' }),
        asset('workspace', { id: '/types/workspace/ws' }),
        asset('model', { id: '/types/model/1' }), // no collector of its kind
      ],
      readers,
      keys,
    );
    expect([counts.of('online'), counts.of('batch'), counts.of('batch', 'r2'), counts.of('workspaces'), counts.of('other')]).toEqual([2, 2, 1, 2, 0]);
  });

  it('adds up the providers: units, calls, units without counts, and the least time', () => {
    const unit = (account: string, calls: number, records: number | 'unknown') =>
      planUnit({ provider: 'azure', account, service: 'Microsoft.MachineLearningServices', collectors: ['machine-learning/workspaces'], records, recordsFrom: records === 'unknown' ? 'unknown' : 'history', groups: [{ bucket: `azure|${account}|reads`, quota: ARM_READS, calls }] });
    const azure: ProviderPlan = { provider: 'azure', accounts: ['a', 'b'], units: [unit('a', 300, 280), unit('b', 1, 'unknown')], notes: [] };

    const plan = assemblePlan({ planId: 'run-1', snapshots: ['estate.json'], providers: [azure] });

    expect(plan.totals).toEqual({ units: 2, calls: 301, unknownUnits: 1, minimumSeconds: 2 });
    expect(estimatedCallsByProvider(plan)).toEqual({ azure: 301 });
  });
});
