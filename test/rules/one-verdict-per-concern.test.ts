import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { concernOf, runRules } from '../../src/engine/index.js';
import { AssetGraph } from '../../src/graph/index.js';
import type { Finding } from '../../src/model/index.js';
import { packageRoot } from '../../src/package-root.js';
import { loadSnapshot } from '../../providers/snapshot/index.js';
import { SAMPLE_ESTATE_PATH } from '../providers/snapshot/sample/build-estate.js';

// The (asset, concern) pairs that failed on the sample estate before duplicate rules were removed
// or made to supersede (see the fixture's `note`). No real problem may be lost.
const before = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sample-failing-concerns.json'), 'utf8')) as {
  note: string;
  pairs: Array<[assetId: string, concern: string]>;
  /** The concerns of that rule set; a concern added since (a new rule) has no pairs to compare. */
  concerns: string[];
  /** Pairs failing since, on purpose: `assetId concern` → why. */
  added: Record<string, string>;
  /** Pairs of `pairs` no longer failing, on purpose: `assetId concern` → why. */
  fixed?: Record<string, string>;
};

const concerns = new Map(rules.map((r) => [r.meta.id, concernOf(r.meta)]));
let failing: Finding[];

beforeAll(async () => {
  const inventory = await loadSnapshot(join(packageRoot(), 'providers/snapshot/sample/estate.json'));
  const graph = new AssetGraph(inventory.assets, inventory.edges, inventory.gaps);
  failing = (await runRules({ rules, graph })).findings.filter((f) => f.status === 'fail');
});

describe('sample estate: one verdict per asset and concern', () => {
  it('no two rules fail the same asset for the same concern', () => {
    const rulesBy = new Map<string, Set<string>>();
    for (const f of failing) {
      const key = `${f.assetId} ${concerns.get(f.ruleId)}`;
      rulesBy.set(key, (rulesBy.get(key) ?? new Set()).add(f.ruleId));
    }
    expect([...rulesBy].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('fails exactly the (asset, concern) pairs that failed before the duplicates were removed', () => {
    const known = new Set(before.concerns);
    const after = [...new Set(failing.filter((f) => known.has(concerns.get(f.ruleId)!)).map((f) => `${f.assetId} ${concerns.get(f.ruleId)}`))].sort();
    const fixed = new Set(Object.keys(before.fixed ?? {}));
    const expected = [...before.pairs.map(([asset, concern]) => `${asset} ${concern}`).filter((pair) => !fixed.has(pair)), ...Object.keys(before.added)].sort();
    expect(after).toEqual(expected);
  });
});
