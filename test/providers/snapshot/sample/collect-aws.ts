import { assembleAwsAsset } from '../../../../providers/aws/assemble.js';
import type { AnyCollector } from '../../../../providers/aws/collector.js';
import { awsCollectors, awsLinkers } from '../../../../providers/aws/collectors/index.js';
import type { AssetInput, CoverageGap, Edge } from '../../../../src/model/index.js';
import type { Inventory } from '../../../../src/scan/source.js';
import type { DescribedRecord } from './estate-builder.js';
import { sampleAwsAccounts } from './account-names.js';

/**
 * The AWS half of the sample as a live scan produces it: each described record (a List* record
 * and the answers of its detail calls, in the provider's raw layout) goes through its collector's
 * own assembly and normaliser, phase by phase; resources read by reference (roles, keys, subnets,
 * VPCs, repositories) and buckets `select` would skip are kept only when something read before
 * names them; then the provider's linkers run over each account with its denied calls as gaps,
 * as `AccountRunner` does. Kinds, tags, facts and edges all come from the provider's code.
 */
export function collectAws(described: readonly DescribedRecord[], gaps: readonly CoverageGap[]): Inventory {
  const accounts = [...new Set(described.filter((a) => a.provider === 'aws').map((a) => a.account))];
  const out: Inventory = { assets: [], edges: [], gaps: [] };
  for (const account of accounts) {
    const inventory = collectAccount(
      described.filter((a) => a.provider === 'aws' && a.account === account),
      gaps.filter((g) => g.provider === 'aws' && g.account === account),
    );
    out.assets.push(...inventory.assets);
    out.edges.push(...inventory.edges);
    out.gaps.push(...inventory.gaps);
  }
  return { ...out, accounts: sampleAwsAccounts() };
}

/** The collector that reads a described record's native type, if any does. */
export function awsCollectorOf(asset: Pick<DescribedRecord, 'nativeType'>): AnyCollector | undefined {
  return awsCollectors.find((c) => c.nativeType === asset.nativeType);
}

function collectAccount(described: readonly DescribedRecord[], gaps: readonly CoverageGap[]): Inventory {
  const account = new AccountReplay(described);
  for (const phase of [1, 2, 3] as const) {
    const referenced = account.referenced();
    for (const c of awsCollectors.filter((x) => x.phase === phase)) account.collect(c, referenced);
  }
  // Resources read by reference can reference more (a subnet its VPC): read until nothing new is named.
  while (account.collectReferenced()) {
    /* another pass */
  }
  return account.link([...gaps]);
}

class AccountReplay {
  private readonly assets = new Map<string, AssetInput>();
  private readonly edges = new Map<string, Edge>();
  private readonly aliases = new Map<string, string>();

  constructor(private readonly described: readonly DescribedRecord[]) {}

  referenced(): Set<string> {
    const out = new Set<string>();
    for (const e of this.edges.values()) out.add(e.to).add(e.from);
    return out;
  }

  /** Records `c` reads: its whole listing (filtered by `select`), or the references made so far. */
  collect(c: AnyCollector, referenced: ReadonlySet<string>): void {
    for (const asset of this.described.filter((a) => a.nativeType === c.nativeType && !this.assets.has(a.id))) {
      const { record, details } = envelopeOf(asset);
      const scope = { partition: 'aws', account: asset.account, region: asset.region };
      if (c.refs && !referenced.has(asset.id)) continue;
      if (c.select && !c.select(record, { scope, referenced })) continue;
      this.record(c, scope, asset, record, details);
    }
  }

  collectReferenced(): boolean {
    const before = this.assets.size;
    const referenced = this.referenced();
    for (const c of awsCollectors.filter((x) => x.refs)) this.collect(c, referenced);
    return this.assets.size > before;
  }

  private record(c: AnyCollector, scope: { partition: string; account: string; region: string }, described: DescribedRecord, record: unknown, details: Record<string, unknown>): void {
    const parent = c.parent ? this.parentOf(c, record, described) : undefined;
    if (c.parent && !parent) return;
    const assembled = assembleAwsAsset(c, scope, record, details, parent ? envelopeOf(parent).record : undefined);
    if (!assembled) return;
    const { asset, normalized } = assembled;
    if (asset.id !== described.id) throw new Error(`sample estate: ${c.name} names ${described.id} ${asset.id}`);
    this.assets.set(asset.id, asset);
    for (const e of normalized.edges ?? []) this.edge('to' in e ? { from: asset.id, to: e.to, kind: e.kind } : { from: e.from, to: asset.id, kind: e.kind });
    for (const alias of normalized.aliases ?? []) if (alias !== asset.id) this.aliases.set(alias, asset.id);
    if (parent && c.parentEdge) {
      this.edge(c.parentEdge.reverse ? { from: asset.id, to: parent.id, kind: c.parentEdge.kind } : { from: parent.id, to: asset.id, kind: c.parentEdge.kind });
    }
  }

  /**
   * The collected parent a child record was listed under: a model package under the group it
   * names; a Bedrock action group or data source under the agent or knowledge base whose ARN
   * starts its id (their summaries do not name the agent).
   */
  private parentOf(c: AnyCollector, record: unknown, child: DescribedRecord): DescribedRecord | undefined {
    const parentCollector = awsCollectors.find((x) => x.name === c.parent)!;
    const groupName = (record as { ModelPackageGroupName?: string }).ModelPackageGroupName;
    const listedUnder = (d: DescribedRecord) => (groupName !== undefined ? d.name === groupName : child.id.startsWith(`${d.id}/`));
    return this.described.find((d) => d.nativeType === parentCollector.nativeType && listedUnder(d) && this.assets.has(d.id));
  }

  private edge(e: Edge): void {
    this.edges.set(`${e.from}\n${e.kind}\n${e.to}`, e);
  }

  link(gaps: CoverageGap[]): Inventory {
    const edges = dedupe([...this.edges.values()].map((e) => ({ ...e, from: this.aliases.get(e.from) ?? e.from, to: this.aliases.get(e.to) ?? e.to })));
    // The described order is the file's order, so a changed record diffs line by line.
    const order = new Map(this.described.map((a, i) => [a.id, i]));
    const assets = [...this.assets.values()].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const inventory = { assets, edges, gaps };
    for (const linker of awsLinkers) linker(inventory);
    return { assets: inventory.assets, edges: dedupe(inventory.edges), gaps };
  }
}

function dedupe(edges: readonly Edge[]): Edge[] {
  const seen = new Map<string, Edge>();
  for (const e of edges) if (e.from !== e.to) seen.set(`${e.from}\n${e.kind}\n${e.to}`, e);
  return [...seen.values()];
}

/** The record and detail answers a described record stands for (a copy: assembly must not change the description). */
export function envelopeOf(described: Pick<DescribedRecord, 'raw'>): { record: unknown; details: Record<string, unknown> } {
  return { record: described.raw.record, details: { ...described.raw.details } };
}
