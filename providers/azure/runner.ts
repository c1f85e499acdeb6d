import type { AssetInput, AssetKind, CoverageGap, Edge } from '../../src/model/index.js';
import { MAX_RESERVE_SHARE } from '../../src/scan/pacing.js';
import type { CallKey, CallScheduler } from '../../src/scan/scheduler.js';
import { assembleAzureAsset, mergeAzureDetail } from './assemble.js';
import { idKey, type ArmResource } from './arm.js';
import type { AzureClients } from './clients.js';
import type { AssetCollector, Collector, DetailCollector, EdgeSpec, ListContext } from './collector.js';
import { toGap } from './errors.js';
import { recordsReadBefore } from '../../src/scan/paging-errors.js';
import { fetchRecords, toRecords } from './paging.js';

/** What the runner accumulates across subscriptions; linked and handed over at the end. */
export class InventoryBuilder {
  readonly assets = new Map<string, AssetInput>();
  readonly edges: Edge[] = [];
  private readonly gapsByKey = new Map<string, CoverageGap>();

  addAsset(asset: AssetInput): AssetInput {
    const key = idKey(asset.id);
    const existing = this.assets.get(key);
    if (existing) return existing;
    this.assets.set(key, asset);
    return asset;
  }

  /** One gap per (subscription, service, error, kinds, scope): two workspaces' failures are two gaps. */
  addGap(gap: CoverageGap): void {
    const key = [gap.account, gap.service, gap.errorCode, gap.scope ?? '', ...(gap.kinds ?? [])].join('|');
    if (!this.gapsByKey.has(key)) this.gapsByKey.set(key, gap);
  }

  get gaps(): CoverageGap[] {
    return [...this.gapsByKey.values()];
  }
}

export interface RunnerOptions {
  scheduler: CallScheduler;
  collectors: readonly Collector[];
  /** Reads of ARM's per-subscription bucket left to other clients: the scan paces itself to keep this many. */
  minRemainingReads: number;
  /** Pages one listing may take (default paging.ts DEFAULT_MAX_PAGES). */
  maxPages?: number;
}

/**
 * ARM's read bucket per subscription and principal: 250 requests, refilled at 25 per second
 * (Azure Resource Manager's token-bucket throttling). Every call of a subscription draws from it;
 * the remaining-reads header each answer carries keeps it in step with ARM's own count.
 */
export const ARM_READ_QUOTA = { ratePerSecond: 25, burst: 250 };

/** What a listing gave: its records, and whether it was read to the end. */
interface Read {
  records: ArmResource[];
  complete: boolean;
}

/**
 * Runs collector declarations for one subscription: root collectors once, child collectors once
 * per parent record, every call through the scheduler (key: azure / subscription / resource
 * provider), every page of a listing as its own scheduled call. A failed call becomes a coverage
 * gap naming every kind the listing would have fed (its own and its descendants'), scoped to the
 * parent record for child listings; the records read before it are kept, and the scan goes on.
 */
export class CollectorRunner {
  private readonly keysBySubscription = new Map<string, Map<string, CallKey>>();
  private readonly kindsFed = new Map<string, AssetKind[]>();

  constructor(private readonly options: RunnerOptions) {}

  async collectSubscription(
    clients: AzureClients,
    out: InventoryBuilder,
    inScope: (id: string, collector: Collector) => boolean,
    signal?: AbortSignal,
  ): Promise<void> {
    this.signal = signal;
    const roots = this.options.collectors.filter((c) => c.parent === undefined);
    await Promise.all(roots.map((c) => this.run(c, clients, out, inScope, undefined, undefined)));
  }

  /** When the scan is cancelled, calls not yet started are skipped (what was read is kept). */
  private signal: AbortSignal | undefined;

  private async run(
    collector: Collector,
    clients: AzureClients,
    out: InventoryBuilder,
    inScope: (id: string, collector: Collector) => boolean,
    parent: ArmResource | undefined,
    parentAsset: AssetInput | undefined,
  ): Promise<void> {
    if (this.signal?.aborted) return;
    const read = await this.read(collector, clients, out, parent);
    const records = read.records;

    if (collector.type === 'detail') {
      // Facts merged from part of the settings could claim what the unread part contradicts.
      if (read.complete && parent && parentAsset) mergeDetail(out, collector, records, parent, parentAsset);
      return;
    }
    const work: Promise<void>[] = [];
    for (const record of records) {
      if (!parent && !inScope(record.id, collector)) continue;
      const asset = this.addRecord(collector, clients.subscriptionId, out, record, parent, parentAsset);
      if (!asset) continue;
      for (const child of this.childrenOf(collector)) {
        if (child.when && !child.when(record)) continue;
        work.push(this.run(child, clients, out, inScope, record, asset));
      }
    }
    await Promise.all(work);
  }

  /** The collector's records; a failure is a gap, and what the listing read before it is kept. */
  private async read(collector: Collector, clients: AzureClients, out: InventoryBuilder, parent: ArmResource | undefined): Promise<Read> {
    const subscriptionId = clients.subscriptionId;
    try {
      if (collector.embedded) return { records: toRecords(parent ? collector.embedded(parent) : []), complete: true };
      return { records: await this.fetchAll(collector, { clients, subscriptionId, ...(parent ? { parent } : {}) }), complete: true };
    } catch (error) {
      out.addGap(this.gapOf(error, collector, subscriptionId, parent, parent ? `${collector.name} of ${parent.id}` : collector.name));
      return { records: recordsReadBefore<ArmResource>(error), complete: false };
    }
  }

  private addRecord(
    collector: AssetCollector,
    subscriptionId: string,
    out: InventoryBuilder,
    record: ArmResource,
    parent: ArmResource | undefined,
    parentAsset: AssetInput | undefined,
  ): AssetInput | undefined {
    let assembled: ReturnType<typeof assembleAzureAsset>;
    try {
      assembled = assembleAzureAsset(collector, subscriptionId, record, parent);
    } catch (error) {
      out.addGap(this.gapOf(error, collector, subscriptionId, parent, `normalising ${record.id}`));
      return undefined;
    }
    const asset = out.addAsset(assembled.asset);
    if (parentAsset && collector.parentEdge !== null) {
      out.edges.push({ from: parentAsset.id, to: asset.id, kind: collector.parentEdge ?? 'contains' });
    }
    addEdges(out, asset.id, assembled.normalized.edges);
    return asset;
  }

  private gapOf(error: unknown, collector: Collector, subscriptionId: string, parent: ArmResource | undefined, context: string): CoverageGap {
    return toGap(error, {
      subscriptionId,
      service: collector.service,
      kinds: this.kindsOf(collector),
      context,
      ...(parent ? { scope: parent.id } : {}),
    });
  }

  /** The kinds a listing feeds: its own, and those of every collector below it (computes, versions, diagnostics...). */
  private kindsOf(collector: Collector): AssetKind[] {
    let kinds = this.kindsFed.get(collector.name);
    if (!kinds) {
      const found = new Set<AssetKind>([collector.kind, ...(collector.type === 'asset' ? Object.values(collector.recordKinds ?? {}) : [])]);
      for (const child of this.childrenOf(collector)) for (const kind of this.kindsOf(child)) found.add(kind);
      kinds = [...found];
      this.kindsFed.set(collector.name, kinds);
    }
    return kinds;
  }

  private childrenOf(collector: Collector): Collector[] {
    return this.options.collectors.filter((c) => c.parent === collector.name);
  }

  private fetchAll(collector: Collector, ctx: ListContext): Promise<ArmResource[]> {
    if (!collector.list) return Promise.resolve([]);
    const key = this.keyOf(ctx.subscriptionId, collector.service);
    const operation = `${collector.name}${ctx.parent ? ` ${ctx.parent.name ?? ''}` : ''}`;
    return fetchRecords(this.options.scheduler, key, operation, () => collector.list!(ctx), {
      onRemainingReads: (n) => this.pace(key, n),
      signal: this.signal,
      ...(this.options.maxPages ? { maxPages: this.options.maxPages } : {}),
    });
  }

  private keyOf(subscriptionId: string, service: string): CallKey {
    let keys = this.keysBySubscription.get(subscriptionId);
    if (!keys) {
      keys = new Map();
      this.keysBySubscription.set(subscriptionId, keys);
    }
    let key = keys.get(service);
    if (!key) {
      key = { provider: 'azure', account: subscriptionId, service, pace: { bucket: `azure|${subscriptionId}|reads`, quota: ARM_READ_QUOTA } };
      keys.set(service, key);
    }
    return key;
  }

  /**
   * What to tell the user once when the reserve asked for (`minRemainingReads`) was more than the
   * scan kept: more than a share of what ARM showed a subscription's read bucket holds (pacing.ts
   * MAX_RESERVE_SHARE); undefined when no subscription's reserve was capped.
   */
  reserveNote(): string | undefined {
    const caps = [...this.options.scheduler.reserveCaps].filter(([bucket]) => bucket.startsWith('azure|')).map(([, cap]) => cap);
    if (caps.length === 0) return undefined;
    const kept = Math.min(...caps.map((c) => c.kept));
    const burst = Math.min(...caps.map((c) => c.burst));
    return (
      `minRemainingReads ${this.options.minRemainingReads} is more than ${MAX_RESERVE_SHARE * 100}% of the ${burst} reads ARM showed a subscription's read bucket holds: ` +
      `kept ${kept} in reserve instead (${caps.length} subscription(s)), as a larger reserve holds back nearly every call`
    );
  }

  /** The read quota is per subscription, across resource providers: one bucket, capped at what ARM says is left (less the reserve). */
  private pace(key: CallKey, remaining: number): void {
    this.options.scheduler.observeRemaining(key, remaining, this.options.minRemainingReads);
  }
}

/** A detail listing's records enrich the parent asset: facts, edges and `raw.details[detailKey]`. */
function mergeDetail(out: InventoryBuilder, collector: DetailCollector, records: ArmResource[], parent: ArmResource, parentAsset: AssetInput): void {
  addEdges(out, parentAsset.id, mergeAzureDetail(parentAsset, collector, records, parent));
}

function addEdges(out: InventoryBuilder, id: string, edges: EdgeSpec[] | undefined): void {
  for (const e of edges ?? []) {
    if ('to' in e) out.edges.push({ from: id, to: e.to, kind: e.kind });
    else out.edges.push({ from: e.from, to: id, kind: e.kind });
  }
}
