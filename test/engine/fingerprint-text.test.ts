import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_PREFIX, findingFingerprint } from '../../src/engine/index.js';

/** The documented recipe, spelled out: SHA-256 of JSON.stringify([concern, ruleId, assetId, subject?]). */
function recipe(ruleId: string, assetId: string, concern?: string, subject?: string): string {
  const parts = [concern ?? ruleId, ruleId, assetId, ...(subject === undefined ? [] : [subject])];
  return FINGERPRINT_PREFIX + hash('sha256', JSON.stringify(parts), 'hex');
}

const AWKWARD = ['plain', '', 'quote "q"', 'back\\slash', 'tab\there', 'nul\u0000', 'del\u007f', 'é ünïcode → 模型', '😀 pair', 'lone \ud800 high', 'lone \udfff low', '\u2028 separator', '/subscriptions/0/resourceGroups/rg/providers/X/y'];

describe('findingFingerprint text', () => {
  it('hashes the same JSON text as JSON.stringify for plain and awkward strings in every position', () => {
    for (const text of AWKWARD) {
      expect(findingFingerprint('rule/a', text)).toBe(recipe('rule/a', text));
      expect(findingFingerprint(text, 'asset', 'concern')).toBe(recipe(text, 'asset', 'concern'));
      expect(findingFingerprint('rule/a', 'asset', text)).toBe(recipe('rule/a', 'asset', text));
      expect(findingFingerprint('rule/a', 'asset', undefined, text)).toBe(recipe('rule/a', 'asset', undefined, text));
    }
  });

  it('keeps the published value of a known fingerprint', () => {
    const expected = FINGERPRINT_PREFIX + hash('sha256', '["c","r","a","s"]', 'hex');
    expect(findingFingerprint('r', 'a', 'c', 's')).toBe(expected);
    expect(findingFingerprint('r', 'a', 'c', 's')).not.toBe(findingFingerprint('r', 'a', 'c'));
  });
});
