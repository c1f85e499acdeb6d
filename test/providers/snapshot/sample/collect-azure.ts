import type { ArmResource } from '../../../../providers/azure/arm.js';
import { assembleAzureAsset, mergeAzureDetail } from '../../../../providers/azure/assemble.js';
import type { AssetCollector, Collector, EdgeSpec } from '../../../../providers/azure/collector.js';
import { azureCollectors } from '../../../../providers/azure/collectors/index.js';
import { linkInventory } from '../../../../providers/azure/link.js';
import { InventoryBuilder } from '../../../../providers/azure/runner.js';
import type { AssetInput, CoverageGap } from '../../../../src/model/index.js';
import type { Inventory } from '../../../../src/scan/source.js';
import { envelopeOf } from './collect-aws.js';
import type { DescribedRecord } from './estate-builder.js';
import { sampleAzureAccounts } from './account-names.js';

/**
 * The Azure half of the sample as a live scan produces it: root collectors read the described
 * ARM records of their type, child collectors the records under each parent (or embedded in its
 * body), detail collectors merge the parent's described sub-resource listings (none described:
 * ARM answered an empty list), all through the provider's own assembly; then `linkInventory`
 * runs over every subscription, as `CollectorRunner` and the Azure source do.
 */
export function collectAzure(described: readonly DescribedRecord[], gaps: readonly CoverageGap[]): Inventory {
  const azure = described.filter((a) => a.provider === 'azure');
  const builder = new InventoryBuilder();
  for (const gap of gaps.filter((g) => g.provider === 'azure')) builder.addGap(gap);
  const replay = new SubscriptionReplay(azure, builder);
  for (const c of azureCollectors) if (c.parent === undefined && c.type === 'asset') replay.run(c, undefined, undefined);
  const subscriptions = new Set(azure.map((a) => a.account));
  const inventory = linkInventory(builder, { mlVisible: subscriptions });
  const order = new Map(azure.map((a, i) => [a.id, i]));
  return { ...inventory, assets: [...inventory.assets].sort((a, b) => order.get(a.id)! - order.get(b.id)!), accounts: sampleAzureAccounts() };
}

/** The collector that reads a described record's native type, if any does. */
export function azureCollectorOf(asset: Pick<DescribedRecord, 'nativeType'>): AssetCollector | undefined {
  return azureCollectors.find((c): c is AssetCollector => c.type === 'asset' && c.nativeType === asset.nativeType);
}

class SubscriptionReplay {
  constructor(
    private readonly described: readonly DescribedRecord[],
    private readonly out: InventoryBuilder,
  ) {}

  run(c: AssetCollector, parent: ArmResource | undefined, parentAsset: AssetInput | undefined): void {
    for (const record of this.recordsOf(c, parent)) {
      const subscription = /^\/subscriptions\/([^/]+)/i.exec(record.id)![1]!;
      const assembled = assembleAzureAsset(c, subscription, record, parent);
      const asset = this.out.addAsset(assembled.asset);
      if (parentAsset && c.parentEdge !== null) this.out.edges.push({ from: parentAsset.id, to: asset.id, kind: c.parentEdge ?? 'contains' });
      this.addEdges(asset.id, assembled.normalized.edges);
      for (const child of azureCollectors.filter((x) => x.parent === c.name)) {
        if (child.when && !child.when(record)) continue;
        if (child.type === 'asset') this.run(child, record, asset);
        else this.addEdges(asset.id, mergeAzureDetail(asset, child, this.detailRecords(asset, child.detailKey), record));
      }
    }
  }

  private recordsOf(c: AssetCollector, parent: ArmResource | undefined): ArmResource[] {
    if (c.embedded) return parent ? (c.embedded(parent) as ArmResource[]) : [];
    return this.described
      .filter((a) => a.nativeType === c.nativeType && (!parent || listedUnder(c, a, parent)))
      .map((a) => envelopeOf(a).record as ArmResource);
  }

  /** A detail listing's records as described on the asset; none described: an empty listing. */
  private detailRecords(asset: AssetInput, key: string): ArmResource[] {
    const described = this.described.find((a) => a.id === asset.id);
    const records = described ? envelopeOf(described).details[key] : undefined;
    return Array.isArray(records) ? (records as ArmResource[]) : [];
  }

  private addEdges(id: string, edges: EdgeSpec[] | undefined): void {
    for (const e of edges ?? []) this.out.edges.push('to' in e ? { from: id, to: e.to, kind: e.kind } : { from: e.from, to: id, kind: e.kind });
  }
}

/**
 * Whether a child listing under `parent` returns the described asset: ARM lists children under
 * their parent's id; a job is read by the name its model version records (`properties.jobName`).
 */
function listedUnder(c: Collector, child: DescribedRecord, parent: ArmResource): boolean {
  const id = child.id.toLowerCase();
  if (id.startsWith(`${parent.id.toLowerCase()}/`)) return true;
  const jobName = (parent.properties as { jobName?: unknown } | undefined)?.jobName;
  const workspace = parent.id.toLowerCase().split('/models/')[0]!;
  return c.name === 'machine-learning/jobs' && typeof jobName === 'string' && id === `${workspace}/jobs/${jobName.toLowerCase()}`;
}
