import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { CoverageGap } from '../../src/model/index.js';
import { mergeInventories } from '../../src/scan/merge.js';
import { checkShards, derivePlanId, parseShard, shardOf, takeShard, type ShardStamp } from '../../src/scan/shard.js';
import type { Inventory } from '../../src/scan/source.js';

const accounts = Array.from({ length: 400 }, (_, i) => String(100000000000 + i * 7919));

describe('parseShard', () => {
  it('reads i/N, counting from 0', () => {
    expect(parseShard('0/4', {})).toEqual({ index: 0, count: 4 });
    expect(parseShard(' 3/4 ', {})).toEqual({ index: 3, count: 4 });
  });

  it('reads auto/N from a Kubernetes Indexed Job, then from an AWS Batch array job', () => {
    expect(parseShard('auto/8', { JOB_COMPLETION_INDEX: '5', AWS_BATCH_JOB_ARRAY_INDEX: '2' })).toEqual({ index: 5, count: 8 });
    expect(parseShard('auto/8', { AWS_BATCH_JOB_ARRAY_INDEX: '2' })).toEqual({ index: 2, count: 8 });
  });

  it.each([
    ['4/4', {}, '--shard: index 4 is not below the shard count 4 (indexes count from 0)'],
    ['1-4', {}, "--shard: '1-4' is not i/N or auto/N (e.g. 0/4: the first of four shards)"],
    ['0/0', {}, '--shard: the shard count must be 1 to 1000, not 0'],
    ['auto/4', {}, '--shard auto/N: neither JOB_COMPLETION_INDEX nor AWS_BATCH_JOB_ARRAY_INDEX is set; give the index as i/N'],
    ['auto/4', { JOB_COMPLETION_INDEX: 'x1' }, "--shard auto: JOB_COMPLETION_INDEX is 'x1', not a job index"],
    ['auto/4', { AWS_BATCH_JOB_ARRAY_INDEX: '9' }, '--shard: index 9 is not below the shard count 4 (indexes count from 0)'],
  ])('refuses %s (%o) with one line', (text, env, message) => {
    expect(() => parseShard(text, env)).toThrow(new UsageError(message));
  });
});

describe('shardOf and takeShard', () => {
  it('splits the accounts into disjoint slices that together hold every account, in list order', () => {
    const slices = [0, 1, 2, 3].map((index) => takeShard('aws', accounts, { index, count: 4 }));
    expect(slices.flat().sort()).toEqual([...accounts].sort());
    expect(new Set(slices.flat()).size).toBe(accounts.length);
    for (const slice of slices) {
      expect(slice).toEqual(accounts.filter((a) => slice.includes(a))); // order kept
      expect(slice.length).toBeGreaterThan(70); // 100 expected of 400; a hash spreads them
      expect(slice.length).toBeLessThan(130);
    }
  });

  it("depends only on the id and N: reordering or adding accounts moves no other account", () => {
    const before = new Map(accounts.map((a) => [a, shardOf('aws', a, 4)]));
    const grown = ['999999999999', ...[...accounts].reverse(), '000000000001'];
    for (const index of [0, 1, 2, 3]) {
      for (const account of takeShard('aws', grown, { index, count: 4 })) if (before.has(account)) expect(before.get(account)).toBe(index);
    }
  });

  it('is a documented recipe: first 32 bits of SHA-256("provider:id", id lowercased) mod N', () => {
    // sha256("aws:111122223333") starts with 0xd92ba509 (3643516169); 3643516169 % 4 = 1, % 7 = 6.
    expect(shardOf('aws', '111122223333', 4)).toBe(1);
    expect(shardOf('aws', '111122223333', 7)).toBe(6);
    const sub = '00000000-0000-4000-8000-00000000000A';
    expect(shardOf('azure', sub, 5)).toBe(shardOf('azure', sub.toLowerCase(), 5));
  });

  it('takes everything without a slice or with one shard', () => {
    expect(takeShard('azure', accounts, undefined)).toEqual(accounts);
    expect(takeShard('azure', accounts, { index: 0, count: 1 })).toEqual(accounts);
  });
});

describe('derivePlanId', () => {
  it('is equal for the same sources, N and UTC day, whatever the key order, and differs otherwise', () => {
    const day = new Date('2026-03-01T10:00:00Z');
    const id = derivePlanId({ providers: { aws: { org: true, role: 'R' } }, snapshots: [] }, 4, day);
    expect(id).toMatch(/^2026-03-01-[0-9a-f]{12}$/);
    expect(derivePlanId({ snapshots: [], providers: { aws: { role: 'R', org: true } } }, 4, new Date('2026-03-01T23:59:00Z'))).toBe(id);
    expect(derivePlanId({ providers: { aws: { org: true, role: 'R' } }, snapshots: [] }, 5, day)).not.toBe(id);
    expect(derivePlanId({ providers: { aws: { org: true, role: 'R' } }, snapshots: [] }, 4, new Date('2026-03-02T00:00:00Z'))).not.toBe(id);
  });
});

const stamp = (index: number, planId = 'plan-a', count = 4): ShardStamp => ({ planId, index, count, providers: ['aws', 'azure'] });
const part = (index: number, planId?: string, count?: number) => ({ shard: stamp(index, planId, count), origin: `shard-${index}-${planId ?? 'plan-a'}.json` });

describe('checkShards', () => {
  it('a whole set: everything kept, no gap', () => {
    const parts = [part(2), part(0), part(3), part(1), { origin: 'unsharded.json' }];
    expect(checkShards(parts)).toEqual({ kept: parts, gaps: [] });
  });

  it('a missing shard is a gap for each provider the shards sliced', () => {
    const { kept, gaps } = checkShards([part(0), part(1), part(3)]);
    expect(kept).toHaveLength(3);
    const message = 'shard 2 of 4 of plan plan-a is missing: the accounts and subscriptions it holds were not scanned';
    expect(gaps).toEqual<CoverageGap[]>([
      { provider: 'aws', account: 'shard 2/4', service: 'mlscan-shard', errorCode: 'ShardMissing', message },
      { provider: 'azure', account: 'shard 2/4', service: 'mlscan-shard', errorCode: 'ShardMissing', message },
    ]);
  });

  it('a shard of another plan (or of another shard count) is left out and named; its index is then missing', () => {
    const stray = part(1, 'plan-b');
    const { kept, gaps } = checkShards([part(0), stray, part(2), part(3), part(1, 'plan-a', 5)]);
    expect(kept.map((p) => p.origin)).toEqual(['shard-0-plan-a.json', 'shard-2-plan-a.json', 'shard-3-plan-a.json']);
    expect(gaps.map((g) => `${g.provider} ${g.account} ${g.errorCode}`)).toEqual([
      'aws shard 1/4 ShardForeign',
      'azure shard 1/4 ShardForeign',
      'aws shard 1/5 ShardForeign',
      'azure shard 1/5 ShardForeign',
      'aws shard 1/4 ShardMissing',
      'azure shard 1/4 ShardMissing',
    ]);
    expect(gaps[0]!.message).toBe('shard-1-plan-b.json is shard 1 of 4 of plan plan-b, not of plan plan-a (4 shards) that the other shards belong to: not merged');
  });

  it('the plan most shards carry is the run; on a tie, the first given', () => {
    expect(checkShards([part(0, 'b'), part(0, 'a'), part(1, 'a')]).kept.map((p) => p.shard.planId)).toEqual(['a', 'a']);
    expect(checkShards([part(0, 'b'), part(0, 'a')]).kept.map((p) => p.shard.planId)).toEqual(['b']);
  });
});

describe('mergeInventories with shards', () => {
  const asset = (id: string) => ({ id, kind: 'workspace' as const, provider: 'aws' as const, account: '111122223333', region: 'eu-west-1', name: id, nativeType: 'AWS::SageMaker::Domain' });
  const orgGap: CoverageGap = { provider: 'aws', account: '111122223333', service: 'organizations', errorCode: 'AccessDenied' };
  const shardInventory = (index: number, planId = 'plan-a'): Inventory => ({ assets: [asset(`ws-${index}`)], edges: [], gaps: [orgGap], shard: stamp(index, planId, 3), origin: `s${index}.json` });

  it('merges the shards of one run, keeps a gap every shard reported once', () => {
    const merged = mergeInventories([shardInventory(0), shardInventory(1), shardInventory(2)]);
    expect(merged.assets.map((a) => a.id)).toEqual(['ws-0', 'ws-1', 'ws-2']);
    expect(merged.gaps).toEqual([orgGap]);
  });

  it("leaves a foreign shard's assets out and names it and the missing index", () => {
    const merged = mergeInventories([shardInventory(0), shardInventory(1, 'plan-b'), shardInventory(2)]);
    expect(merged.assets.map((a) => a.id)).toEqual(['ws-0', 'ws-2']);
    expect(merged.gaps.map((g) => g.errorCode)).toEqual(['AccessDenied', 'ShardForeign', 'ShardForeign', 'ShardMissing', 'ShardMissing']);
  });
});
