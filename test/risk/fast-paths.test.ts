import { describe, expect, it } from 'vitest';
import { createRiskAssessor, type RiskRuleInfo } from '../../src/risk/index.js';
import { findTag, findTagKey, matchingTags, type Finding } from '../../src/model/index.js';
import { createDataTags } from '../../src/engine/data-tags.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const RBAC: RiskRuleInfo = { id: 'rbac/test', family: 'rbac' };

describe('tag lookups: the key-only fast path answers as the tag list does', () => {
  it('findTagKey and findTag agree with matchingTags, blank values and key casing included', () => {
    const keys = ['data-classification', 'classification'];
    const cases: Record<string, string>[] = [{}, { Classification: ' ', 'Data-Classification': 'PII', classification: 'public' }, { owner: 'x', classification: 'Secret' }];
    for (const tags of cases) {
      const all = matchingTags(tags, keys);
      expect(findTag(tags, keys)).toEqual(all[0]);
      expect(findTagKey(tags, keys)).toBe(all[0]?.key);
      const sensitive = new Set(['secret', 'pii']);
      expect(findTagKey(tags, keys, sensitive)).toBe(all.find((t) => sensitive.has(t.value.toLowerCase()))?.key);
    }
  });

  it('holders and sensitive labels are answered once per asset object, afresh for a replacement of the same id', () => {
    const storage = makeAsset({ kind: 'storage', tags: { classification: 'pii' } });
    const tags = createDataTags(makeGraph([storage]));
    expect(tags.sensitive(storage)).toBe(tags.sensitive(storage));
    expect(tags.holders(storage)).toEqual([storage]);
    const replaced = { ...storage, tags: {} };
    expect(tags.sensitive(replaced)).toBeUndefined();
    expect(tags.holders(replaced)).toEqual([replaced]);
  });
});

describe('risk: per-asset memos give the answers a fresh assessor gives', () => {
  it('likelihood per counted exposure, and the critical label found past a first sensitive one', () => {
    const workspace = makeAsset({ kind: 'workspace', name: 'ws', tags: { classification: 'pii' }, facts: { publicNetworkAccess: true } });
    const storage = makeAsset({ kind: 'storage', tags: { classification: 'confidential' }, facts: { publicRead: true } });
    const edges = [{ from: workspace.id, to: storage.id, kind: 'contains' as const }];
    const findings = [{ evidence: {} }, { evidence: { publicRead: true } }, { evidence: { publicRead: true, publicNetworkAccess: true } }, {}] as unknown as Finding[];
    const shared = createRiskAssessor(makeGraph([workspace, storage], edges));
    for (const f of [...findings, ...findings]) {
      const fresh = createRiskAssessor(makeGraph([workspace, storage], edges)).assess('medium', storage, f, RBAC);
      expect(shared.assess('medium', storage, f, RBAC)).toEqual(fresh);
    }
    // The own "confidential" label is sensitive but not critical: the container's PII decides.
    expect(shared.assess('medium', storage, findings[0]!, RBAC).adjustment.reasons.slice(0, 3)).toEqual([
      'workspace ws: tag classification=pii (critical data) → tier critical',
      'publicRead=true → likelihood high',
      'result: medium → high',
    ]);
    expect(shared.assess('medium', storage, findings[2]!, RBAC).adjustment.reasons[1]).toBe(
      "publicRead=true is already counted by this finding's evidence → not counted again, likelihood medium",
    );
  });
});
