import { describe, expect, it } from 'vitest';
import { hasNativeType, providerRule } from '../../../rules/_lib/provider-rule.js';
import { createDataTags, type RuleMeta } from '../../../src/engine/index.js';
import type { Asset } from '../../../src/model/index.js';
import { makeAsset, makeGraph } from '../../support/assets.js';

const meta = {
  id: 'azure/test/rule',
  title: 'A provider rule under test',
  family: 'exposure',
  severity: 'low',
  appliesTo: ['storage'],
  rationale: 'Only here to check the provider-rule shape.',
  remediation: { text: 'Nothing to fix.' },
  messages: { ok: '{{name}} ok' },
} as unknown as Omit<RuleMeta<'ok'>, 'providers'>;
const evaluate = () => [];
const STORAGE = 'Microsoft.Storage/storageAccounts';

function appliesTo(rule: ReturnType<typeof providerRule<'ok'>>, asset: Asset): boolean {
  const graph = makeGraph([asset]);
  return rule.applies!(asset, graph, createDataTags(graph));
}

describe('providerRule', () => {
  const azure = providerRule({ meta, provider: 'azure', nativeTypes: [STORAGE], evaluate });
  const aws = providerRule({ meta, provider: 'aws', nativeTypes: ['AWS::S3::Bucket'], evaluate });

  it('sets meta.providers from the provider and keeps the rest of meta', () => {
    expect(azure.meta.providers).toEqual(['azure']);
    expect(aws.meta.providers).toEqual(['aws']);
    expect(azure.meta.id).toBe('azure/test/rule');
    expect(azure.evaluate).toBe(evaluate);
  });

  it('matches ARM types case-insensitively, AWS types exactly', () => {
    expect(appliesTo(azure, makeAsset({ kind: 'storage', provider: 'azure', nativeType: 'microsoft.storage/STORAGEACCOUNTS' }))).toBe(true);
    expect(appliesTo(azure, makeAsset({ kind: 'storage', provider: 'azure', nativeType: 'Microsoft.Storage/storageAccounts/blobServices' }))).toBe(false);
    expect(appliesTo(aws, makeAsset({ kind: 'storage', provider: 'aws', nativeType: 'AWS::S3::Bucket' }))).toBe(true);
    expect(appliesTo(aws, makeAsset({ kind: 'storage', provider: 'aws', nativeType: 'aws::s3::bucket' }))).toBe(false);
    // providerRule matches through sets built once; hasNativeType, for one-off calls, must agree.
    expect(hasNativeType(makeAsset({ kind: 'storage', provider: 'azure', nativeType: 'microsoft.storage/STORAGEACCOUNTS' }), 'azure', [STORAGE])).toBe(true);
    expect(hasNativeType(makeAsset({ kind: 'storage', provider: 'aws', nativeType: 'aws::s3::bucket' }), 'aws', ['AWS::S3::Bucket'])).toBe(false);
  });

  it('never applies to another cloud, even with the same native type', () => {
    expect(appliesTo(aws, makeAsset({ kind: 'storage', provider: 'azure', nativeType: 'AWS::S3::Bucket' }))).toBe(false);
    expect(hasNativeType(makeAsset({ kind: 'storage', provider: 'aws', nativeType: STORAGE }), 'azure', [STORAGE])).toBe(false);
  });

  it('narrows further with applies, only after the native type matched', () => {
    const seen: string[] = [];
    const narrowed = providerRule({
      meta,
      provider: 'azure',
      nativeTypes: [STORAGE],
      applies: (asset) => (seen.push(asset.name), asset.facts.mlRelated === true),
      evaluate,
    });
    expect(appliesTo(narrowed, makeAsset({ kind: 'storage', provider: 'azure', nativeType: STORAGE, facts: { mlRelated: true } }))).toBe(true);
    expect(appliesTo(narrowed, makeAsset({ kind: 'storage', provider: 'azure', nativeType: STORAGE, facts: { mlRelated: false } }))).toBe(false);
    expect(appliesTo(narrowed, makeAsset({ kind: 'storage', provider: 'azure', name: 'other-type', nativeType: 'Test::storage' }))).toBe(false);
    expect(seen).not.toContain('other-type');
  });
});
