import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { providerPlugins } from '../../../providers/index.js';
import { loadSnapshot } from '../../../providers/snapshot/index.js';
import { recordOf, type Asset } from '../../../src/model/index.js';
import type { ArmResource } from '../../../providers/azure/arm.js';
import { kindOfRecord } from '../../../providers/azure/assemble.js';
import { packageRoot } from '../../../src/package-root.js';
import { factCarriersOf } from '../../../src/scan/provider-plugin.js';
import { undeclaredFacts } from '../../support/fact-carriers.js';
import { azureCollectors } from '../../../providers/azure/collectors/index.js';
import { awsCollectorOf, collectAws } from './sample/collect-aws.js';
import { collectAzure, azureCollectorOf } from './sample/collect-azure.js';
import { SAMPLE_ESTATE_PATH, describeEstate } from './sample/build-estate.js';

// Issue 11: every fact of the bundled sample is one a live scan can produce. The sample is made
// by the collectors (build-estate.ts); these checks walk what it holds against what the
// collectors and linkers declare, so a hand-set fact or a kind no collector emits cannot creep in.
const carriers = factCarriersOf(providerPlugins);
let assets: Asset[];

beforeAll(async () => {
  assets = (await loadSnapshot(join(packageRoot(), SAMPLE_ESTATE_PATH))).assets;
});

/** The detail listings Azure merges into a record of this native type (`diagnosticSettings`, `blobContainers`, …). */
function azureDetailKeys(r: Pick<Asset, 'nativeType'>): string[] {
  const parent = azureCollectorOf(r);
  return azureCollectors.flatMap((c) => (c.type === 'detail' && parent && c.parent === parent.name ? [c.detailKey] : []));
}

/** The kind the asset's collector gives its record: an Azure collector's `recordKinds` can refine it by the ARM `kind` (a FeatureStore workspace). */
function kindFromCollector(a: Asset): { name: string; kind: string } | undefined {
  if (a.provider === 'aws') return awsCollectorOf(a);
  const c = azureCollectorOf(a);
  return c && { name: c.name, kind: kindOfRecord(c, recordOf<ArmResource>(a)!) };
}

describe('every fact of the bundled sample has a collector', () => {
  it('holds only native types a collector builds, with the kind that collector gives them', () => {
    const wrong = assets.flatMap((a) => {
      const c = kindFromCollector(a);
      if (!c) return [`${a.id}: no ${a.provider} collector builds ${a.nativeType}`];
      return c.kind === a.kind ? [] : [`${a.id}: kind ${a.kind}, but ${c.name} emits ${c.kind}`];
    });
    expect(wrong).toEqual([]);
  });

  it('sets on each asset only facts that a collector or linker of its provider declares for its native type', () => {
    const undeclared = assets.flatMap((a) => undeclaredFacts(`${a.nativeType} ${a.name}`, a.facts, carriers[a.provider]?.[a.nativeType]));
    expect(undeclared).toEqual([]);
  });

  it('describes nothing the collectors would not read: every described record is in the sample or not referenced by it', () => {
    // Resources read by reference (roles, keys, subnets) and buckets no ML resource names are
    // dropped by the collectors as a live scan drops them; a described record with no collector
    // at all would be a hand-made asset that the sample silently loses.
    const uncollectable = describeEstate()
      .records.filter((r) => !(r.provider === 'aws' ? awsCollectorOf(r) : azureCollectorOf(r)))
      .map((r) => `${r.nativeType} ${r.name}`);
    expect(uncollectable).toEqual([]);
  });

  it('describes only detail answers the collector asks for: no record carries a call no collector makes', () => {
    const unasked = describeEstate().records.flatMap((r) => {
      const asked = r.provider === 'aws' ? (awsCollectorOf(r)?.details ?? []).map((d) => d.key) : azureDetailKeys(r);
      return Object.keys(r.raw.details ?? {})
        .filter((key) => !asked.includes(key))
        .map((key) => `${r.nativeType} ${r.name}: ${key}`);
    });
    expect(unasked).toEqual([]);
  });

  it('keeps a resource read by reference only when a record the scan read names it', () => {
    const { records, gaps } = describeEstate();
    const withOrphan = [...records, { ...records.find((r) => r.nativeType === 'AWS::IAM::Role')!, id: 'arn:aws:iam::418273645091:role/nobody-uses-me', name: 'nobody-uses-me' }];
    const ids = collectAws(withOrphan, gaps).assets.map((a) => a.id);
    expect(ids).not.toContain('arn:aws:iam::418273645091:role/nobody-uses-me');
    expect(ids).toContain('arn:aws:iam::418273645091:role/MLPlatformAdmin');
  });

  it('reads Azure subnets from their virtual network body, as ARM returns them', () => {
    const inventory = collectAzure(describeEstate().records, []);
    const subnets = inventory.assets.filter((a) => a.nativeType === 'Microsoft.Network/virtualNetworks/subnets');
    expect(subnets.map((s) => s.name).sort()).toEqual(['snet-ml-compute', 'snet-private-endpoints']);
  });
});
