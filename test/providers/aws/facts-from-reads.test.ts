import { describe, expect, it } from 'vitest';
import type { RecordContext } from '../../../providers/aws/collector.js';
import { encryptionFacts } from '../../../providers/aws/collectors/common.js';
import { repositories } from '../../../providers/aws/collectors/ecr.js';
import { resolveKeyEncryption } from '../../../providers/aws/collectors/kms.js';
import type { AssetInput, Edge, Facts } from '../../../src/model/index.js';
import { ACCOUNT, REGION } from './support.js';

const key = (id: string, account = ACCOUNT) => `arn:aws:kms:${REGION}:${account}:key/${id}`;
const asset = (id: string, kind: AssetInput['kind'], facts: Facts): AssetInput => ({ id, kind, provider: 'aws', account: ACCOUNT, region: REGION, name: id, nativeType: `Test::${kind}`, facts });
const kmsKey = (arn: string, keyManager: 'customer' | 'provider') => asset(arn, 'kms-key', { keyManager });

describe('encryption from the keys a resource names', () => {
  it('is platform as soon as one store names no key or an alias/aws key', () => {
    expect(encryptionFacts(undefined)).toEqual({ encryption: 'platform' });
    expect(encryptionFacts('alias/aws/sagemaker')).toEqual({ encryption: 'platform', encryptionKeyId: 'alias/aws/sagemaker' });
    expect(encryptionFacts(key('a'), undefined)).toEqual({ encryption: 'platform', encryptionKeyId: key('a') });
  });

  it('waits for the key reads when every store names a key: the name does not say who manages it', () => {
    expect(encryptionFacts(key('a'), 'alias/ml')).toEqual({ encryptionKeyId: key('a') });
  });
});

describe('resolveKeyEncryption', () => {
  /** A notebook encrypted by `keys`, with the kms-key assets that were read. */
  function resolve(keys: string[], read: AssetInput[]): Facts {
    const notebook = asset('nb', 'notebook', encryptionFacts(...keys));
    const edges: Edge[] = keys.map((to) => ({ from: 'nb', to, kind: 'encrypted-by' }));
    resolveKeyEncryption({ assets: [notebook, ...read], edges, gaps: [] });
    return notebook.facts!;
  }

  it('is cmk when every key was read and is customer-managed, platform when one is AWS-managed', () => {
    expect(resolve([key('a')], [kmsKey(key('a'), 'customer')]).encryption).toBe('cmk');
    expect(resolve([key('a'), key('b')], [kmsKey(key('a'), 'customer'), kmsKey(key('b'), 'provider')]).encryption).toBe('platform');
    expect(resolve([key('a'), key('b')], [kmsKey(key('b'), 'provider')]).encryption).toBe('platform');
  });

  it('stays unknown while a key was not read (DescribeKey denied)', () => {
    expect(resolve([key('a')], []).encryption).toBeUndefined();
    expect(resolve([key('a'), key('b')], [kmsKey(key('a'), 'customer')]).encryption).toBeUndefined();
  });

  it('takes a key of another account as customer-managed: AWS-managed keys are not usable across accounts', () => {
    expect(resolve([key('a', '444455556666')], []).encryption).toBe('cmk');
  });

  it('leaves facts the resource decided alone', () => {
    const bucket = asset('b', 'storage', { encryption: 'platform' });
    resolveKeyEncryption({ assets: [bucket, kmsKey(key('a'), 'customer')], edges: [{ from: 'b', to: key('a'), kind: 'encrypted-by' }], gaps: [] });
    expect(bucket.facts!.encryption).toBe('platform');
  });
});

describe('ECR image scanning', () => {
  const repo = { repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/fraud-train`, repositoryName: 'fraud-train', imageScanningConfiguration: { scanOnPush: false } };
  const ctx = (registry: unknown): RecordContext => {
    const details: Record<string, unknown> = { policy: null, tags: [], ...(registry === undefined ? {} : { registryScanning: registry }) };
    return { partition: 'aws', account: ACCOUNT, region: REGION, details, has: (k) => k in details };
  };
  const scanning = (rules: unknown[], scanType = 'ENHANCED') => ({ scanningConfiguration: { scanType, rules } });
  const imageScanning = (registry: unknown) => repositories.normalize(repo, ctx(registry))!.facts.imageScanning;

  it('counts a registry rule only when its filter matches the repository and it scans automatically', () => {
    expect(imageScanning(scanning([{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'fraud-*', filterType: 'WILDCARD' }] }]))).toBe(true);
    expect(imageScanning(scanning([{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'fraud-train', filterType: 'WILDCARD' }] }], 'BASIC'))).toBe(true);
    expect(imageScanning(scanning([{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'payments-*', filterType: 'WILDCARD' }] }]))).toBe(false);
    expect(imageScanning(scanning([{ scanFrequency: 'MANUAL', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }]))).toBe(false);
  });

  it('is unknown when neither the repository nor the registry setting could be read', () => {
    expect(imageScanning(undefined)).toBeUndefined();
  });
});
