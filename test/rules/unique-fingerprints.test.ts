import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { runRules } from '../../src/engine/index.js';
import { AssetGraph } from '../../src/graph/index.js';
import { packageRoot } from '../../src/package-root.js';
import { loadSnapshot } from '../../providers/snapshot/index.js';

// History, diff, suppressions and SARIF's partialFingerprints key findings by fingerprint: two
// findings sharing one would fold into one there. Rules that give several verdicts for one asset
// name each verdict's subject; the engine's numbering fallback must not be what keeps them apart.
describe('sample estate: finding fingerprints', () => {
  it('are unique, and no rule leans on the numbering fallback', async () => {
    const inventory = await loadSnapshot(join(packageRoot(), 'providers/snapshot/sample/estate.json'));
    const { findings } = await runRules({ rules, graph: new AssetGraph(inventory.assets, inventory.edges, inventory.gaps) });
    const seen = new Map<string, string>();
    const clashes = findings.filter((f) => seen.has(f.fingerprint) || !seen.set(f.fingerprint, f.ruleId));
    expect(clashes.map((f) => `${f.ruleId} ${f.assetId}`)).toEqual([]);
    expect(findings.filter((f) => f.subject?.includes('#')).map((f) => `${f.ruleId} ${f.subject}`)).toEqual([]);
    // The rules that give several verdicts per asset do run on the sample: the test is not vacuous.
    expect(findings.filter((f) => f.subject !== undefined).length).toBeGreaterThan(10);
  });
});
